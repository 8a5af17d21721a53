// Help text of `docker login --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker login [OPTIONS] [SERVER]\n\nAuthenticate to a registry.\nDefaults to Docker Hub if no server is specified.\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -p, --password string",
        "usage": "Password or Personal Access Token (PAT)"
      },
      {
        "prefix": "      --password-stdin",
        "usage": "Take the Password or Personal Access Token (PAT) from stdin"
      },
      {
        "prefix": "  -u, --username string",
        "usage": "Username"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
