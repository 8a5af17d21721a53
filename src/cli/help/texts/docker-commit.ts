// Help text of `docker commit --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]\n\nCreate a new image from a container's changes\n\nAliases:\n  docker container commit, docker commit\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -a, --author string",
        "usage": "Author (e.g., \"John Hannibal Smith <hannibal@a-team.com>\")"
      },
      {
        "prefix": "  -c, --change list",
        "usage": "Apply Dockerfile instruction to the created image"
      },
      {
        "prefix": "  -m, --message string",
        "usage": "Commit message"
      },
      {
        "prefix": "  -p, --pause",
        "usage": "Pause container during commit (default true)"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
