// Help text of `docker run --help` as Docker CLI 28.2.2 prints it (data, from the reference records).
import type { HelpText } from '../types.ts';

const help: HelpText = { parts: [
  {
    "text": "Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nCreate and run a new container from an image\n\nAliases:\n  docker container run, docker run\n\nOptions:\n"
  },
  {
    "flags": [
      {
        "prefix": "      --add-host list",
        "usage": "Add a custom host-to-IP mapping (host:ip)"
      },
      {
        "prefix": "      --annotation map",
        "usage": "Add an annotation to the container (passed through to the OCI runtime) (default map[])"
      },
      {
        "prefix": "  -a, --attach list",
        "usage": "Attach to STDIN, STDOUT or STDERR"
      },
      {
        "prefix": "      --blkio-weight uint16",
        "usage": "Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)"
      },
      {
        "prefix": "      --blkio-weight-device list",
        "usage": "Block IO weight (relative device weight) (default [])"
      },
      {
        "prefix": "      --cap-add list",
        "usage": "Add Linux capabilities"
      },
      {
        "prefix": "      --cap-drop list",
        "usage": "Drop Linux capabilities"
      },
      {
        "prefix": "      --cgroup-parent string",
        "usage": "Optional parent cgroup for the container"
      },
      {
        "prefix": "      --cgroupns string",
        "usage": "Cgroup namespace to use (host|private)\n'host':    Run the container in the Docker host's cgroup namespace\n'private': Run the container in its own private cgroup namespace\n'':        Use the cgroup namespace as configured by the\n           default-cgroupns-mode option on the daemon (default)"
      },
      {
        "prefix": "      --cidfile string",
        "usage": "Write the container ID to the file"
      },
      {
        "prefix": "      --cpu-count int",
        "usage": "CPU count (Windows only)"
      },
      {
        "prefix": "      --cpu-percent int",
        "usage": "CPU percent (Windows only)"
      },
      {
        "prefix": "      --cpu-period int",
        "usage": "Limit CPU CFS (Completely Fair Scheduler) period"
      },
      {
        "prefix": "      --cpu-quota int",
        "usage": "Limit CPU CFS (Completely Fair Scheduler) quota"
      },
      {
        "prefix": "      --cpu-rt-period int",
        "usage": "Limit CPU real-time period in microseconds"
      },
      {
        "prefix": "      --cpu-rt-runtime int",
        "usage": "Limit CPU real-time runtime in microseconds"
      },
      {
        "prefix": "  -c, --cpu-shares int",
        "usage": "CPU shares (relative weight)"
      },
      {
        "prefix": "      --cpus decimal",
        "usage": "Number of CPUs"
      },
      {
        "prefix": "      --cpuset-cpus string",
        "usage": "CPUs in which to allow execution (0-3, 0,1)"
      },
      {
        "prefix": "      --cpuset-mems string",
        "usage": "MEMs in which to allow execution (0-3, 0,1)"
      },
      {
        "prefix": "  -d, --detach",
        "usage": "Run container in background and print container ID"
      },
      {
        "prefix": "      --detach-keys string",
        "usage": "Override the key sequence for detaching a container"
      },
      {
        "prefix": "      --device list",
        "usage": "Add a host device to the container"
      },
      {
        "prefix": "      --device-cgroup-rule list",
        "usage": "Add a rule to the cgroup allowed devices list"
      },
      {
        "prefix": "      --device-read-bps list",
        "usage": "Limit read rate (bytes per second) from a device (default [])"
      },
      {
        "prefix": "      --device-read-iops list",
        "usage": "Limit read rate (IO per second) from a device (default [])"
      },
      {
        "prefix": "      --device-write-bps list",
        "usage": "Limit write rate (bytes per second) to a device (default [])"
      },
      {
        "prefix": "      --device-write-iops list",
        "usage": "Limit write rate (IO per second) to a device (default [])"
      },
      {
        "prefix": "      --disable-content-trust",
        "usage": "Skip image verification (default true)"
      },
      {
        "prefix": "      --dns list",
        "usage": "Set custom DNS servers"
      },
      {
        "prefix": "      --dns-option list",
        "usage": "Set DNS options"
      },
      {
        "prefix": "      --dns-search list",
        "usage": "Set custom DNS search domains"
      },
      {
        "prefix": "      --domainname string",
        "usage": "Container NIS domain name"
      },
      {
        "prefix": "      --entrypoint string",
        "usage": "Overwrite the default ENTRYPOINT of the image"
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
        "prefix": "      --expose list",
        "usage": "Expose a port or a range of ports"
      },
      {
        "prefix": "      --gpus gpu-request",
        "usage": "GPU devices to add to the container ('all' to pass all GPUs)"
      },
      {
        "prefix": "      --group-add list",
        "usage": "Add additional groups to join"
      },
      {
        "prefix": "      --health-cmd string",
        "usage": "Command to run to check health"
      },
      {
        "prefix": "      --health-interval duration",
        "usage": "Time between running the check (ms|s|m|h) (default 0s)"
      },
      {
        "prefix": "      --health-retries int",
        "usage": "Consecutive failures needed to report unhealthy"
      },
      {
        "prefix": "      --health-start-interval duration",
        "usage": "Time between running the check during the start period (ms|s|m|h) (default 0s)"
      },
      {
        "prefix": "      --health-start-period duration",
        "usage": "Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)"
      },
      {
        "prefix": "      --health-timeout duration",
        "usage": "Maximum time to allow one check to run (ms|s|m|h) (default 0s)"
      },
      {
        "prefix": "      --help",
        "usage": "Print usage"
      },
      {
        "prefix": "  -h, --hostname string",
        "usage": "Container host name"
      },
      {
        "prefix": "      --init",
        "usage": "Run an init inside the container that forwards signals and reaps processes"
      },
      {
        "prefix": "  -i, --interactive",
        "usage": "Keep STDIN open even if not attached"
      },
      {
        "prefix": "      --io-maxbandwidth bytes",
        "usage": "Maximum IO bandwidth limit for the system drive (Windows only)"
      },
      {
        "prefix": "      --io-maxiops uint",
        "usage": "Maximum IOps limit for the system drive (Windows only)"
      },
      {
        "prefix": "      --ip string",
        "usage": "IPv4 address (e.g., 172.30.100.104)"
      },
      {
        "prefix": "      --ip6 string",
        "usage": "IPv6 address (e.g., 2001:db8::33)"
      },
      {
        "prefix": "      --ipc string",
        "usage": "IPC mode to use"
      },
      {
        "prefix": "      --isolation string",
        "usage": "Container isolation technology"
      },
      {
        "prefix": "      --kernel-memory bytes",
        "usage": "Kernel memory limit"
      },
      {
        "prefix": "  -l, --label list",
        "usage": "Set meta data on a container"
      },
      {
        "prefix": "      --label-file list",
        "usage": "Read in a line delimited file of labels"
      },
      {
        "prefix": "      --link list",
        "usage": "Add link to another container"
      },
      {
        "prefix": "      --link-local-ip list",
        "usage": "Container IPv4/IPv6 link-local addresses"
      },
      {
        "prefix": "      --log-driver string",
        "usage": "Logging driver for the container"
      },
      {
        "prefix": "      --log-opt list",
        "usage": "Log driver options"
      },
      {
        "prefix": "      --mac-address string",
        "usage": "Container MAC address (e.g., 92:d0:c6:0a:29:33)"
      },
      {
        "prefix": "  -m, --memory bytes",
        "usage": "Memory limit"
      },
      {
        "prefix": "      --memory-reservation bytes",
        "usage": "Memory soft limit"
      },
      {
        "prefix": "      --memory-swap bytes",
        "usage": "Swap limit equal to memory plus swap: '-1' to enable unlimited swap"
      },
      {
        "prefix": "      --memory-swappiness int",
        "usage": "Tune container memory swappiness (0 to 100) (default -1)"
      },
      {
        "prefix": "      --mount mount",
        "usage": "Attach a filesystem mount to the container"
      },
      {
        "prefix": "      --name string",
        "usage": "Assign a name to the container"
      },
      {
        "prefix": "      --network network",
        "usage": "Connect a container to a network"
      },
      {
        "prefix": "      --network-alias list",
        "usage": "Add network-scoped alias for the container"
      },
      {
        "prefix": "      --no-healthcheck",
        "usage": "Disable any container-specified HEALTHCHECK"
      },
      {
        "prefix": "      --oom-kill-disable",
        "usage": "Disable OOM Killer"
      },
      {
        "prefix": "      --oom-score-adj int",
        "usage": "Tune host's OOM preferences (-1000 to 1000)"
      },
      {
        "prefix": "      --pid string",
        "usage": "PID namespace to use"
      },
      {
        "prefix": "      --pids-limit int",
        "usage": "Tune container pids limit (set -1 for unlimited)"
      },
      {
        "prefix": "      --platform string",
        "usage": "Set platform if server is multi-platform capable"
      },
      {
        "prefix": "      --privileged",
        "usage": "Give extended privileges to this container"
      },
      {
        "prefix": "  -p, --publish list",
        "usage": "Publish a container's port(s) to the host"
      },
      {
        "prefix": "  -P, --publish-all",
        "usage": "Publish all exposed ports to random ports"
      },
      {
        "prefix": "      --pull string",
        "usage": "Pull image before running (\"always\", \"missing\", \"never\") (default \"missing\")"
      },
      {
        "prefix": "  -q, --quiet",
        "usage": "Suppress the pull output"
      },
      {
        "prefix": "      --read-only",
        "usage": "Mount the container's root filesystem as read only"
      },
      {
        "prefix": "      --restart string",
        "usage": "Restart policy to apply when a container exits (default \"no\")"
      },
      {
        "prefix": "      --rm",
        "usage": "Automatically remove the container and its associated anonymous volumes when it exits"
      },
      {
        "prefix": "      --runtime string",
        "usage": "Runtime to use for this container"
      },
      {
        "prefix": "      --security-opt list",
        "usage": "Security Options"
      },
      {
        "prefix": "      --shm-size bytes",
        "usage": "Size of /dev/shm"
      },
      {
        "prefix": "      --sig-proxy",
        "usage": "Proxy received signals to the process (default true)"
      },
      {
        "prefix": "      --stop-signal string",
        "usage": "Signal to stop the container"
      },
      {
        "prefix": "      --stop-timeout int",
        "usage": "Timeout (in seconds) to stop a container"
      },
      {
        "prefix": "      --storage-opt list",
        "usage": "Storage driver options for the container"
      },
      {
        "prefix": "      --sysctl map",
        "usage": "Sysctl options (default map[])"
      },
      {
        "prefix": "      --tmpfs list",
        "usage": "Mount a tmpfs directory"
      },
      {
        "prefix": "  -t, --tty",
        "usage": "Allocate a pseudo-TTY"
      },
      {
        "prefix": "      --ulimit ulimit",
        "usage": "Ulimit options (default [])"
      },
      {
        "prefix": "      --use-api-socket",
        "usage": "Bind mount Docker API socket and required auth"
      },
      {
        "prefix": "  -u, --user string",
        "usage": "Username or UID (format: <name|uid>[:<group|gid>])"
      },
      {
        "prefix": "      --userns string",
        "usage": "User namespace to use"
      },
      {
        "prefix": "      --uts string",
        "usage": "UTS namespace to use"
      },
      {
        "prefix": "  -v, --volume list",
        "usage": "Bind mount a volume"
      },
      {
        "prefix": "      --volume-driver string",
        "usage": "Optional volume driver for the container"
      },
      {
        "prefix": "      --volumes-from list",
        "usage": "Mount volumes from the specified container(s)"
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
