// Help text of `docker image rm --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker image rm [OPTIONS] IMAGE [IMAGE...]\n\nRemove one or more images\n\nAliases:\n  docker image rm, docker image remove, docker rmi\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -f, --force",
        "usage": "Force removal of the image"
      },
      {
        "prefix": "      --no-prune",
        "usage": "Do not delete untagged parents"
      },
      {
        "prefix": "      --platform strings",
        "usage": "Remove only the given platform variant. Formatted as \"os[/arch[/variant]]\" (e.g., \"linux/amd64\")"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
