// Help text of `docker exec --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nExecute a command in a running container\n\nAliases:\n  docker container exec, docker exec\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "  -d, --detach",
        "usage": "Detached mode: run command in the background"
      },
      {
        "prefix": "      --detach-keys string",
        "usage": "Override the key sequence for detaching a container"
      },
      {
        "prefix": "  -e, --env list",
        "usage": "Set environment variables"
      },
      {
        "prefix": "      --env-file list",
        "usage": "Read in a file of environment variables"
      },
      {
        "prefix": "  -i, --interactive",
        "usage": "Keep STDIN open even if not attached"
      },
      {
        "prefix": "      --privileged",
        "usage": "Give extended privileges to the command"
      },
      {
        "prefix": "  -t, --tty",
        "usage": "Allocate a pseudo-TTY"
      },
      {
        "prefix": "  -u, --user string",
        "usage": "Username or UID (format: \"<name|uid>[:<group|gid>]\")"
      },
      {
        "prefix": "  -w, --workdir string",
        "usage": "Working directory inside the container"
      }
    ]
  },
  {
    "text": "\n"
  }
] };

export default help;
