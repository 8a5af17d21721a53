// Help text of `docker images --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nList images\n\nAliases:\n  docker image ls, docker image list, docker images\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -a, --all",
        "usage": "Show all images (default hides intermediate images)"
      },
      {
        "prefix": "      --digests",
        "usage": "Show digests"
      },
      {
        "prefix": "  -f, --filter filter",
        "usage": "Filter output based on conditions provided"
      },
      {
        "prefix": "      --format string",
        "usage": "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates"
      },
      {
        "prefix": "      --no-trunc",
        "usage": "Don't truncate output"
      },
      {
        "prefix": "  -q, --quiet",
        "usage": "Only show image IDs"
      },
      {
        "prefix": "      --tree",
        "usage": "List multi-platform images as a tree (EXPERIMENTAL)"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
