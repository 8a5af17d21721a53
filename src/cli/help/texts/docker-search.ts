// Help text of `docker search --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker search [OPTIONS] TERM\n\nSearch Docker Hub for images\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -f, --filter filter",
        "usage": "Filter output based on conditions provided"
      },
      {
        "prefix": "      --format string",
        "usage": "Pretty-print search using a Go template"
      },
      {
        "prefix": "      --limit int",
        "usage": "Max number of search results"
      },
      {
        "prefix": "      --no-trunc",
        "usage": "Don't truncate output"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
