// Help text of `docker system df --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker system df [OPTIONS]\n\nShow docker disk usage\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "      --format string",
        "usage": "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates"
      },
      {
        "prefix": "  -v, --verbose",
        "usage": "Show detailed information on space usage"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
