// Help text of `docker rm --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]\n\nRemove one or more containers\n\nAliases:\n  docker container rm, docker container remove, docker rm\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -f, --force",
        "usage": "Force the removal of a running container (uses SIGKILL)"
      },
      {
        "prefix": "  -l, --link",
        "usage": "Remove the specified link"
      },
      {
        "prefix": "  -v, --volumes",
        "usage": "Remove anonymous volumes associated with the container"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
