// Help text of `docker attach --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker attach [OPTIONS] CONTAINER\n\nAttach local standard input, output, and error streams to a running container\n\nAliases:\n  docker container attach, docker attach\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "      --detach-keys string",
        "usage": "Override the key sequence for detaching a container"
      },
      {
        "prefix": "      --no-stdin",
        "usage": "Do not attach STDIN"
      },
      {
        "prefix": "      --sig-proxy",
        "usage": "Proxy all received signals to the process (default true)"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
