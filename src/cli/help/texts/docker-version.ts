// Help text of `docker version --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker version [OPTIONS]\n\nShow the Docker version information\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -f, --format string",
        "usage": "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
