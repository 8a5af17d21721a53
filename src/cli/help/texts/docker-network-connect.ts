// Help text of `docker network connect --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker network connect [OPTIONS] NETWORK CONTAINER\n\nConnect a container to a network\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "      --alias strings",
        "usage": "Add network-scoped alias for the container"
      },
      {
        "prefix": "      --driver-opt strings",
        "usage": "driver options for the network"
      },
      {
        "prefix": "      --gw-priority int",
        "usage": "Highest gw-priority provides the default gateway. Accepts positive and negative values."
      },
      {
        "prefix": "      --ip string",
        "usage": "IPv4 address (e.g., \"172.30.100.104\")"
      },
      {
        "prefix": "      --ip6 string",
        "usage": "IPv6 address (e.g., \"2001:db8::33\")"
      },
      {
        "prefix": "      --link list",
        "usage": "Add link to another container"
      },
      {
        "prefix": "      --link-local-ip strings",
        "usage": "Add a link-local address for the container"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
