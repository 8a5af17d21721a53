// Help text of `docker ps --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker ps [OPTIONS]\n\nList containers\n\nAliases:\n  docker container ls, docker container list, docker container ps, docker ps\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -a, --all",
        "usage": "Show all containers (default shows just running)"
      },
      {
        "prefix": "  -f, --filter filter",
        "usage": "Filter output based on conditions provided"
      },
      {
        "prefix": "      --format string",
        "usage": "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates"
      },
      {
        "prefix": "  -n, --last int",
        "usage": "Show n last created containers (includes all states) (default -1)"
      },
      {
        "prefix": "  -l, --latest",
        "usage": "Show the latest created container (includes all states)"
      },
      {
        "prefix": "      --no-trunc",
        "usage": "Don't truncate output"
      },
      {
        "prefix": "  -q, --quiet",
        "usage": "Only display container IDs"
      },
      {
        "prefix": "  -s, --size",
        "usage": "Display total file sizes"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
