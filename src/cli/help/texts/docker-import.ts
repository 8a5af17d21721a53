// Help text of `docker import --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker import [OPTIONS] file|URL|- [REPOSITORY[:TAG]]\n\nImport the contents from a tarball to create a filesystem image\n\nAliases:\n  docker image import, docker import\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -c, --change list",
        "usage": "Apply Dockerfile instruction to the created image"
      },
      {
        "prefix": "  -m, --message string",
        "usage": "Set commit message for imported image"
      },
      {
        "prefix": "      --platform string",
        "usage": "Set platform if server is multi-platform capable"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
