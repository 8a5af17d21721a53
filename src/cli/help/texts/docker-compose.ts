// Help text of `docker compose --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker compose [OPTIONS] COMMAND\n\nDefine and run multi-container applications with Docker\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "      --all-resources",
        "usage": "Include all resources, even those not used by services"
      },
      {
        "prefix": "      --ansi string",
        "usage": "Control when to print ANSI control characters (\"never\"|\"always\"|\"auto\") (default \"auto\")"
      },
      {
        "prefix": "      --compatibility",
        "usage": "Run compose in backward compatibility mode"
      },
      {
        "prefix": "      --dry-run",
        "usage": "Execute command in dry run mode"
      },
      {
        "prefix": "      --env-file stringArray",
        "usage": "Specify an alternate environment file"
      },
      {
        "prefix": "  -f, --file stringArray",
        "usage": "Compose configuration files"
      },
      {
        "prefix": "      --parallel int",
        "usage": "Control max parallelism, -1 for unlimited (default -1)"
      },
      {
        "prefix": "      --profile stringArray",
        "usage": "Specify a profile to enable"
      },
      {
        "prefix": "      --progress string",
        "usage": "Set type of progress output (auto, tty, plain, json, quiet)"
      },
      {
        "prefix": "      --project-directory string",
        "usage": "Specify an alternate working directory (default: the path of the, first specified, Compose file)"
      },
      {
        "prefix": "  -p, --project-name string",
        "usage": "Project name"
      }
    ]
  },
  {
    "text": "\n\nManagement Commands:\n  bridge      Convert compose files into another model\n\nCommands:\n  attach      Attach local standard input, output, and error streams to a service's running container\n  build       Build or rebuild services\n  commit      Create a new image from a service container's changes\n  config      Parse, resolve and render compose file in canonical format\n  cp          Copy files/folders between a service container and the local filesystem\n  create      Creates containers for a service\n  down        Stop and remove containers, networks\n  events      Receive real time events from containers\n  exec        Execute a command in a running container\n  export      Export a service container's filesystem as a tar archive\n  images      List images used by the created containers\n  kill        Force stop service containers\n  logs        View output from containers\n  ls          List running compose projects\n  pause       Pause services\n  port        Print the public port for a port binding\n  ps          List containers\n  publish     Publish compose application\n  pull        Pull service images\n  push        Push service images\n  restart     Restart service containers\n  rm          Removes stopped service containers\n  run         Run a one-off command on a service\n  scale       Scale services \n  start       Start services\n  stats       Display a live stream of container(s) resource usage statistics\n  stop        Stop services\n  top         Display the running processes\n  unpause     Unpause services\n  up          Create and start containers\n  version     Show the Docker Compose version information\n  volumes     List volumes\n  wait        Block until containers of all (or specified) services stop.\n  watch       Watch build context for service and rebuild/refresh containers when files are updated\n\nRun 'docker compose COMMAND --help' for more information on a command.\n"
  }
] };

export default help;
