// Help text of `docker update --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker update [OPTIONS] CONTAINER [CONTAINER...]\n\nUpdate configuration of one or more containers\n\nAliases:\n  docker container update, docker update\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "      --blkio-weight uint16",
        "usage": "Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)"
      },
      {
        "prefix": "      --cpu-period int",
        "usage": "Limit CPU CFS (Completely Fair Scheduler) period"
      },
      {
        "prefix": "      --cpu-quota int",
        "usage": "Limit CPU CFS (Completely Fair Scheduler) quota"
      },
      {
        "prefix": "      --cpu-rt-period int",
        "usage": "Limit the CPU real-time period in microseconds"
      },
      {
        "prefix": "      --cpu-rt-runtime int",
        "usage": "Limit the CPU real-time runtime in microseconds"
      },
      {
        "prefix": "  -c, --cpu-shares int",
        "usage": "CPU shares (relative weight)"
      },
      {
        "prefix": "      --cpus decimal",
        "usage": "Number of CPUs"
      },
      {
        "prefix": "      --cpuset-cpus string",
        "usage": "CPUs in which to allow execution (0-3, 0,1)"
      },
      {
        "prefix": "      --cpuset-mems string",
        "usage": "MEMs in which to allow execution (0-3, 0,1)"
      },
      {
        "prefix": "  -m, --memory bytes",
        "usage": "Memory limit"
      },
      {
        "prefix": "      --memory-reservation bytes",
        "usage": "Memory soft limit"
      },
      {
        "prefix": "      --memory-swap bytes",
        "usage": "Swap limit equal to memory plus swap: -1 to enable unlimited swap"
      },
      {
        "prefix": "      --pids-limit int",
        "usage": "Tune container pids limit (set -1 for unlimited)"
      },
      {
        "prefix": "      --restart string",
        "usage": "Restart policy to apply when a container exits"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
