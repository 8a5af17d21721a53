// Help text of `docker network ls --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker network ls [OPTIONS]\n\nList networks\n\nAliases:\n  docker network ls, docker network list\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -f, --filter filter",
        "usage": "Provide filter values (e.g. \"driver=bridge\")"
      },
      {
        "prefix": "      --format string",
        "usage": "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates"
      },
      {
        "prefix": "      --no-trunc",
        "usage": "Do not truncate the output"
      },
      {
        "prefix": "  -q, --quiet",
        "usage": "Only display network IDs"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
