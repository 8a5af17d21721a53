// Help text of `docker network create --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker network create [OPTIONS] NETWORK\n\nCreate a network\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "      --attachable",
        "usage": "Enable manual container attachment"
      },
      {
        "prefix": "      --aux-address map",
        "usage": "Auxiliary IPv4 or IPv6 addresses used by Network driver (default map[])"
      },
      {
        "prefix": "      --config-from string",
        "usage": "The network from which to copy the configuration"
      },
      {
        "prefix": "      --config-only",
        "usage": "Create a configuration only network"
      },
      {
        "prefix": "  -d, --driver string",
        "usage": "Driver to manage the Network (default \"bridge\")"
      },
      {
        "prefix": "      --gateway strings",
        "usage": "IPv4 or IPv6 Gateway for the master subnet"
      },
      {
        "prefix": "      --ingress",
        "usage": "Create swarm routing-mesh network"
      },
      {
        "prefix": "      --internal",
        "usage": "Restrict external access to the network"
      },
      {
        "prefix": "      --ip-range strings",
        "usage": "Allocate container ip from a sub-range"
      },
      {
        "prefix": "      --ipam-driver string",
        "usage": "IP Address Management Driver (default \"default\")"
      },
      {
        "prefix": "      --ipam-opt map",
        "usage": "Set IPAM driver specific options (default map[])"
      },
      {
        "prefix": "      --ipv4",
        "usage": "Enable or disable IPv4 address assignment (default true)"
      },
      {
        "prefix": "      --ipv6",
        "usage": "Enable or disable IPv6 address assignment"
      },
      {
        "prefix": "      --label list",
        "usage": "Set metadata on a network"
      },
      {
        "prefix": "  -o, --opt map",
        "usage": "Set driver specific options (default map[])"
      },
      {
        "prefix": "      --scope string",
        "usage": "Control the network's scope"
      },
      {
        "prefix": "      --subnet strings",
        "usage": "Subnet in CIDR format that represents a network segment"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
