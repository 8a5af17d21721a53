// Help text of `docker stats --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker stats [OPTIONS] [CONTAINER...]\n\nDisplay a live stream of container(s) resource usage statistics\n\nAliases:\n  docker container stats, docker stats\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -a, --all",
        "usage": "Show all containers (default shows just running)"
      },
      {
        "prefix": "      --format string",
        "usage": "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates"
      },
      {
        "prefix": "      --no-stream",
        "usage": "Disable streaming stats and only pull the first result"
      },
      {
        "prefix": "      --no-trunc",
        "usage": "Do not truncate output"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
