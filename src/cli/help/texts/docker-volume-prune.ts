// Help text of `docker volume prune --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker volume prune [OPTIONS]\n\nRemove unused local volumes\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -a, --all",
        "usage": "Remove all unused volumes, not just anonymous ones"
      },
      {
        "prefix": "      --filter filter",
        "usage": "Provide filter values (e.g. \"label=<label>\")"
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
