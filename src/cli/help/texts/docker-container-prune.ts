// Help text of `docker container prune --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker container prune [OPTIONS]\n\nRemove all stopped containers\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "      --filter filter",
        "usage": "Provide filter values (e.g. \"until=<timestamp>\")"
      },
      {
        "prefix": "  -f, --force",
        "usage": "Do not prompt for confirmation"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
