// Help text of `docker events --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker events [OPTIONS]\n\nGet real time events from the server\n\nAliases:\n  docker system events, docker events\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -f, --filter filter",
        "usage": "Filter output based on conditions provided"
      },
      {
        "prefix": "      --format string",
        "usage": "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates"
      },
      {
        "prefix": "      --since string",
        "usage": "Show all events created since timestamp"
      },
      {
        "prefix": "      --until string",
        "usage": "Stream events until this timestamp"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
