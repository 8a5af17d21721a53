// Help text of `docker volume ls --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker volume ls [OPTIONS]\n\nList volumes\n\nAliases:\n  docker volume ls, docker volume list\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "      --cluster",
        "usage": "Display only cluster volumes, and use cluster volume list formatting"
      },
      {
        "prefix": "  -f, --filter filter",
        "usage": "Provide filter values (e.g. \"dangling=true\")"
      },
      {
        "prefix": "      --format string",
        "usage": "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates"
      },
      {
        "prefix": "  -q, --quiet",
        "usage": "Only display volume names"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
