// Help text of `docker history --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker history [OPTIONS] IMAGE\n\nShow the history of an image\n\nAliases:\n  docker image history, docker history\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "      --format string",
        "usage": "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates"
      },
      {
        "prefix": "  -H, --human",
        "usage": "Print sizes and dates in human readable format (default true)"
      },
      {
        "prefix": "      --no-trunc",
        "usage": "Don't truncate output"
      },
      {
        "prefix": "      --platform string",
        "usage": "Show history for the given platform. Formatted as \"os[/arch[/variant]]\" (e.g., \"linux/amd64\")"
      },
      {
        "prefix": "  -q, --quiet",
        "usage": "Only show image IDs"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
