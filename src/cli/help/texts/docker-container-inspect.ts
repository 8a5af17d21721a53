// Help text of `docker container inspect --help`, rebuilt from docker/cli 28.x sources (not in the records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker container inspect [OPTIONS] CONTAINER [CONTAINER...]\n\nDisplay detailed information on one or more containers\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -f, --format string",
        "usage": "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates"
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
