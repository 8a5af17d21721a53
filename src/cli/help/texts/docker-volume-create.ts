// Help text of `docker volume create --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker volume create [OPTIONS] [VOLUME]\n\nCreate a volume\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "      --availability string",
        "usage": "Cluster Volume availability (\"active\", \"pause\", \"drain\") (default \"active\")"
      },
      {
        "prefix": "  -d, --driver string",
        "usage": "Specify volume driver name (default \"local\")"
      },
      {
        "prefix": "      --group string",
        "usage": "Cluster Volume group (cluster volumes)"
      },
      {
        "prefix": "      --label list",
        "usage": "Set metadata for a volume"
      },
      {
        "prefix": "      --limit-bytes bytes",
        "usage": "Minimum size of the Cluster Volume in bytes"
      },
      {
        "prefix": "  -o, --opt map",
        "usage": "Set driver specific options (default map[])"
      },
      {
        "prefix": "      --required-bytes bytes",
        "usage": "Maximum size of the Cluster Volume in bytes"
      },
      {
        "prefix": "      --scope string",
        "usage": "Cluster Volume access scope (\"single\", \"multi\") (default \"single\")"
      },
      {
        "prefix": "      --secret map",
        "usage": "Cluster Volume secrets (default map[])"
      },
      {
        "prefix": "      --sharing string",
        "usage": "Cluster Volume access sharing (\"none\", \"readonly\", \"onewriter\", \"all\") (default \"none\")"
      },
      {
        "prefix": "      --topology-preferred list",
        "usage": "A topology that the Cluster Volume would be preferred in"
      },
      {
        "prefix": "      --topology-required list",
        "usage": "A topology that the Cluster Volume must be accessible from"
      },
      {
        "prefix": "      --type string",
        "usage": "Cluster Volume access type (\"mount\", \"block\") (default \"block\")"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
