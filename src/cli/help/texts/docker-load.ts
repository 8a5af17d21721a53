// Help text of `docker load --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker load [OPTIONS]\n\nLoad an image from a tar archive or STDIN\n\nAliases:\n  docker image load, docker load\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -i, --input string",
        "usage": "Read from tar archive file, instead of STDIN"
      },
      {
        "prefix": "      --platform string",
        "usage": "Load only the given platform variant. Formatted as \"os[/arch[/variant]]\" (e.g., \"linux/amd64\")"
      },
      {
        "prefix": "  -q, --quiet",
        "usage": "Suppress the load output"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
