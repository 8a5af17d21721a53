// Help text of `docker network rm --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker network rm NETWORK [NETWORK...]\n\nRemove one or more networks\n\nAliases:\n  docker network rm, docker network remove\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -f, --force",
        "usage": "Do not error if the network does not exist"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
