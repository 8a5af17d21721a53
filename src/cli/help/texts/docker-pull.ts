// Help text of `docker pull --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]\n\nDownload an image from a registry\n\nAliases:\n  docker image pull, docker pull\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -a, --all-tags",
        "usage": "Download all tagged images in the repository"
      },
      {
        "prefix": "      --disable-content-trust",
        "usage": "Skip image verification (default true)"
      },
      {
        "prefix": "      --platform string",
        "usage": "Set platform if server is multi-platform capable"
      },
      {
        "prefix": "  -q, --quiet",
        "usage": "Suppress verbose output"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
