// Help text of `docker --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\nCommon Commands:\n  run         Create and run a new container from an image\n  exec        Execute a command in a running container\n  ps          List containers\n  build       Build an image from a Dockerfile\n  pull        Download an image from a registry\n  push        Upload an image to a registry\n  images      List images\n  login       Authenticate to a registry\n  logout      Log out from a registry\n  search      Search Docker Hub for images\n  version     Show the Docker version information\n  info        Display system-wide information\n\nManagement Commands:\n  builder     Manage builds\n  checkpoint  Manage checkpoints\n  container   Manage containers\n  context     Manage contexts\n  image       Manage images\n  manifest    Manage Docker image manifests and manifest lists\n  network     Manage networks\n  plugin      Manage plugins\n  system      Manage Docker\n  trust       Manage trust on Docker images\n  volume      Manage volumes\n\nSwarm Commands:\n  config      Manage Swarm configs\n  node        Manage Swarm nodes\n  secret      Manage Swarm secrets\n  service     Manage Swarm services\n  stack       Manage Swarm stacks\n  swarm       Manage Swarm\n\nCommands:\n  attach      Attach local standard input, output, and error streams to a running container\n  commit      Create a new image from a container's changes\n  cp          Copy files/folders between a container and the local filesystem\n  create      Create a new container\n  diff        Inspect changes to files or directories on a container's filesystem\n  events      Get real time events from the server\n  export      Export a container's filesystem as a tar archive\n  history     Show the history of an image\n  import      Import the contents from a tarball to create a filesystem image\n  inspect     Return low-level information on Docker objects\n  kill        Kill one or more running containers\n  load        Load an image from a tar archive or STDIN\n  logs        Fetch the logs of a container\n  pause       Pause all processes within one or more containers\n  port        List port mappings or a specific mapping for the container\n  rename      Rename a container\n  restart     Restart one or more containers\n  rm          Remove one or more containers\n  rmi         Remove one or more images\n  save        Save one or more images to a tar archive (streamed to STDOUT by default)\n  start       Start one or more stopped containers\n  stats       Display a live stream of container(s) resource usage statistics\n  stop        Stop one or more running containers\n  tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE\n  top         Display the running processes of a container\n  unpause     Unpause all processes within one or more containers\n  update      Update configuration of one or more containers\n  wait        Block until one or more containers stop, then print their exit codes\n\nGlobal Options:\n"
  },
  {
    "flags": [
      {
        "prefix": "      --config string",
        "usage": "Location of client config files (default \"/root/.docker\")"
      },
      {
        "prefix": "  -c, --context string",
        "usage": "Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with \"docker context use\")"
      },
      {
        "prefix": "  -D, --debug",
        "usage": "Enable debug mode"
      },
      {
        "prefix": "  -H, --host list",
        "usage": "Daemon socket to connect to"
      },
      {
        "prefix": "  -l, --log-level string",
        "usage": "Set the logging level (\"debug\", \"info\", \"warn\", \"error\", \"fatal\") (default \"info\")"
      },
      {
        "prefix": "      --tls",
        "usage": "Use TLS; implied by --tlsverify"
      },
      {
        "prefix": "      --tlscacert string",
        "usage": "Trust certs signed only by this CA (default \"/root/.docker/ca.pem\")"
      },
      {
        "prefix": "      --tlscert string",
        "usage": "Path to TLS certificate file (default \"/root/.docker/cert.pem\")"
      },
      {
        "prefix": "      --tlskey string",
        "usage": "Path to TLS key file (default \"/root/.docker/key.pem\")"
      },
      {
        "prefix": "      --tlsverify",
        "usage": "Use TLS and verify the remote"
      },
      {
        "prefix": "  -v, --version",
        "usage": "Print version information and quit"
      }
    ]
  },
  {
    "text": "\n\nRun 'docker COMMAND --help' for more information on a command.\n\nFor more help on how to use Docker, head to https://docs.docker.com/go/guides/\n"
  }
] };

export default help;
