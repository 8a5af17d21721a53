// Help text of `docker export --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker export [OPTIONS] CONTAINER\n\nExport a container's filesystem as a tar archive\n\nAliases:\n  docker container export, docker export\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -o, --output string",
        "usage": "Write to a file, instead of STDOUT"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
