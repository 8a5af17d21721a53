// Help text of `docker cp --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH\n\nCopy files/folders between a container and the local filesystem\n\nUse '-' as the source to read a tar archive from stdin\nand extract it to a directory destination in a container.\nUse '-' as the destination to stream a tar archive of a\ncontainer source to stdout.\n\nAliases:\n  docker container cp, docker cp\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -a, --archive",
        "usage": "Archive mode (copy all uid/gid information)"
      },
      {
        "prefix": "  -L, --follow-link",
        "usage": "Always follow symbol link in SRC_PATH"
      },
      {
        "prefix": "  -q, --quiet",
        "usage": "Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
