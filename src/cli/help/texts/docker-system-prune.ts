// Help text of `docker system prune --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker system prune [OPTIONS]\n\nRemove unused data\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -a, --all",
        "usage": "Remove all unused images not just dangling ones"
      },
      {
        "prefix": "      --filter filter",
        "usage": "Provide filter values (e.g. \"label=<key>=<value>\")"
      },
      {
        "prefix": "  -f, --force",
        "usage": "Do not prompt for confirmation"
      },
      {
        "prefix": "      --volumes",
        "usage": "Prune anonymous volumes"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
