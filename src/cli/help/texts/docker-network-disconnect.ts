// Help text of `docker network disconnect --help`, rebuilt from docker/cli 28.x sources (not in the records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker network disconnect [OPTIONS] NETWORK CONTAINER\n\nDisconnect a container from a network\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -f, --force",
        "usage": "Force the container to disconnect from a network"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
