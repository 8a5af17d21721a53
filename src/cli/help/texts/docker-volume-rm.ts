// Help text of `docker volume rm --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker volume rm [OPTIONS] VOLUME [VOLUME...]\n\nRemove one or more volumes. You cannot remove a volume that is in use by a container.\n\nAliases:\n  docker volume rm, docker volume remove\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -f, --force",
        "usage": "Force the removal of one or more volumes"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
