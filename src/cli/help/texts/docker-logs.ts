// Help text of `docker logs --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker logs [OPTIONS] CONTAINER\n\nFetch the logs of a container\n\nAliases:\n  docker container logs, docker logs\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "      --details",
        "usage": "Show extra details provided to logs"
      },
      {
        "prefix": "  -f, --follow",
        "usage": "Follow log output"
      },
      {
        "prefix": "      --since string",
        "usage": "Show logs since timestamp (e.g. \"2013-01-02T13:23:37Z\") or relative (e.g. \"42m\" for 42 minutes)"
      },
      {
        "prefix": "  -n, --tail string",
        "usage": "Number of lines to show from the end of the logs (default \"all\")"
      },
      {
        "prefix": "  -t, --timestamps",
        "usage": "Show timestamps"
      },
      {
        "prefix": "      --until string",
        "usage": "Show logs before a timestamp (e.g. \"2013-01-02T13:23:37Z\") or relative (e.g. \"42m\" for 42 minutes)"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
