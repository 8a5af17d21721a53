// Help text of `docker network prune --help`, rebuilt from docker/cli 28.x sources (not in the records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker network prune [OPTIONS]\n\nRemove all unused networks\n\nOptions:\n"
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
