// Help text of `docker network inspect --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker network inspect [OPTIONS] NETWORK [NETWORK...]\n\nDisplay detailed information on one or more networks\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -f, --format string",
        "usage": "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates"
      },
      {
        "prefix": "  -v, --verbose",
        "usage": "Verbose output for diagnostics"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
