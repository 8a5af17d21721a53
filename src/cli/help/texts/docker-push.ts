// Help text of `docker push --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker push [OPTIONS] NAME[:TAG]\n\nUpload an image to a registry\n\nAliases:\n  docker image push, docker push\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -a, --all-tags",
        "usage": "Push all tags of an image to the repository"
      },
      {
        "prefix": "      --disable-content-trust",
        "usage": "Skip image signing (default true)"
      },
      {
        "prefix": "      --platform string",
        "usage": "Push a platform-specific manifest as a single-platform image to the registry. Image index won't be pushed, meaning that other manifests, including attestations won't be preserved. 'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)"
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
