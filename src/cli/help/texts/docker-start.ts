// Help text of `docker start --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker start [OPTIONS] CONTAINER [CONTAINER...]\n\nStart one or more stopped containers\n\nAliases:\n  docker container start, docker start\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -a, --attach",
        "usage": "Attach STDOUT/STDERR and forward signals"
      },
      {
        "prefix": "      --checkpoint string",
        "usage": "Restore from this checkpoint"
      },
      {
        "prefix": "      --checkpoint-dir string",
        "usage": "Use a custom checkpoint storage directory"
      },
      {
        "prefix": "      --detach-keys string",
        "usage": "Override the key sequence for detaching a container"
      },
      {
        "prefix": "  -i, --interactive",
        "usage": "Attach container's STDIN"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
