// Help text of `docker inspect --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker inspect [OPTIONS] NAME|ID [NAME|ID...]\n\nReturn low-level information on Docker objects\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -f, --format string",
        "usage": "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates"
      },
      {
        "prefix": "  -s, --size",
        "usage": "Display total file sizes if the type is container"
      },
      {
        "prefix": "      --type string",
        "usage": "Only inspect objects of the given type"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
