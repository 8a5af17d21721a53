// Help text of `docker image prune --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker image prune [OPTIONS]\n\nRemove unused images\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -a, --all",
        "usage": "Remove all unused images, not just dangling ones"
      },
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
