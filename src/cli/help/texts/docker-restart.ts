// Help text of `docker restart --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker restart [OPTIONS] CONTAINER [CONTAINER...]\n\nRestart one or more containers\n\nAliases:\n  docker container restart, docker restart\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -s, --signal string",
        "usage": "Signal to send to the container"
      },
      {
        "prefix": "  -t, --timeout int",
        "usage": "Seconds to wait before killing the container"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
