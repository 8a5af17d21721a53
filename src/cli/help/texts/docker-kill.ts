// Help text of `docker kill --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker kill [OPTIONS] CONTAINER [CONTAINER...]\n\nKill one or more running containers\n\nAliases:\n  docker container kill, docker kill\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -s, --signal string",
        "usage": "Signal to send to the container"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
