// Help text of `docker save --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker save [OPTIONS] IMAGE [IMAGE...]\n\nSave one or more images to a tar archive (streamed to STDOUT by default)\n\nAliases:\n  docker image save, docker save\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -o, --output string",
        "usage": "Write to a file, instead of STDOUT"
      },
      {
        "prefix": "      --platform string",
        "usage": "Save only the given platform variant. Formatted as \"os[/arch[/variant]]\" (e.g., \"linux/amd64\")"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
