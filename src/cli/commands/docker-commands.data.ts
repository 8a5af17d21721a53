// Docker CLI 28.2.2's commands as its help shows them: usage tail and flags (long, short, type, value name, help).
// Generated from the recorded `--help` outputs; the CommandSpec modules take their flags from here.
import type { FlagType } from '../command.ts';

export interface FlagRow {
  long: string;
  short?: string;
  type: FlagType;
  valueName?: string;
  description: string;
  defaultText?: string;
}

export interface CommandRow {
  /** Usage after `docker <path>`; `{path}` stands for `docker <path>` on extra lines. */
  use: string;
  flags: FlagRow[];
}

export const DOCKER_COMMANDS: Record<string, CommandRow> = {
  attach: {
    use: '[OPTIONS] CONTAINER',
    flags: [
      {
        long: 'detach-keys',
        type: 'string',
        valueName: 'string',
        description: 'Override the key sequence for detaching a container',
      },
      { long: 'no-stdin', type: 'bool', description: 'Do not attach STDIN' },
      {
        long: 'sig-proxy',
        type: 'bool',
        description: 'Proxy all received signals to the process',
        defaultText: 'true',
      },
    ],
  },
  build: {
    use: '[OPTIONS] PATH | URL | -',
    flags: [
      {
        long: 'add-host',
        type: 'stringArray',
        valueName: 'list',
        description: 'Add a custom host-to-IP mapping ("host:ip")',
      },
      {
        long: 'build-arg',
        type: 'stringArray',
        valueName: 'list',
        description: 'Set build-time variables',
      },
      {
        long: 'cache-from',
        type: 'stringSlice',
        valueName: 'strings',
        description: 'Images to consider as cache sources',
      },
      {
        long: 'cgroup-parent',
        type: 'string',
        valueName: 'string',
        description: 'Set the parent cgroup for the "RUN" instructions during build',
      },
      { long: 'compress', type: 'bool', description: 'Compress the build context using gzip' },
      {
        long: 'cpu-period',
        type: 'int',
        valueName: 'int',
        description: 'Limit the CPU CFS (Completely Fair Scheduler) period',
      },
      {
        long: 'cpu-quota',
        type: 'int',
        valueName: 'int',
        description: 'Limit the CPU CFS (Completely Fair Scheduler) quota',
      },
      {
        long: 'cpu-shares',
        short: 'c',
        type: 'int',
        valueName: 'int',
        description: 'CPU shares (relative weight)',
      },
      {
        long: 'cpuset-cpus',
        type: 'string',
        valueName: 'string',
        description: 'CPUs in which to allow execution (0-3, 0,1)',
      },
      {
        long: 'cpuset-mems',
        type: 'string',
        valueName: 'string',
        description: 'MEMs in which to allow execution (0-3, 0,1)',
      },
      {
        long: 'disable-content-trust',
        type: 'bool',
        description: 'Skip image verification',
        defaultText: 'true',
      },
      {
        long: 'file',
        short: 'f',
        type: 'string',
        valueName: 'string',
        description: 'Name of the Dockerfile (Default is "PATH/Dockerfile")',
      },
      { long: 'force-rm', type: 'bool', description: 'Always remove intermediate containers' },
      {
        long: 'iidfile',
        type: 'string',
        valueName: 'string',
        description: 'Write the image ID to the file',
      },
      {
        long: 'isolation',
        type: 'string',
        valueName: 'string',
        description: 'Container isolation technology',
      },
      {
        long: 'label',
        type: 'stringArray',
        valueName: 'list',
        description: 'Set metadata for an image',
      },
      {
        long: 'memory',
        short: 'm',
        type: 'bytes',
        valueName: 'bytes',
        description: 'Memory limit',
      },
      {
        long: 'memory-swap',
        type: 'bytes',
        valueName: 'bytes',
        description: 'Swap limit equal to memory plus swap: -1 to enable unlimited swap',
      },
      {
        long: 'network',
        type: 'string',
        valueName: 'string',
        description: 'Set the networking mode for the RUN instructions during build',
        defaultText: '"default"',
      },
      { long: 'no-cache', type: 'bool', description: 'Do not use cache when building the image' },
      {
        long: 'platform',
        type: 'string',
        valueName: 'string',
        description: 'Set platform if server is multi-platform capable',
      },
      {
        long: 'pull',
        type: 'bool',
        description: 'Always attempt to pull a newer version of the image',
      },
      {
        long: 'quiet',
        short: 'q',
        type: 'bool',
        description: 'Suppress the build output and print image ID on success',
      },
      {
        long: 'rm',
        type: 'bool',
        description: 'Remove intermediate containers after a successful build',
        defaultText: 'true',
      },
      {
        long: 'security-opt',
        type: 'stringSlice',
        valueName: 'strings',
        description: 'Security options',
      },
      { long: 'shm-size', type: 'bytes', valueName: 'bytes', description: 'Size of "/dev/shm"' },
      {
        long: 'squash',
        type: 'bool',
        description: 'Squash newly built layers into a single new layer',
      },
      {
        long: 'tag',
        short: 't',
        type: 'stringArray',
        valueName: 'list',
        description: 'Name and optionally a tag in the "name:tag" format',
      },
      {
        long: 'target',
        type: 'string',
        valueName: 'string',
        description: 'Set the target build stage to build.',
      },
      {
        long: 'ulimit',
        type: 'stringArray',
        valueName: 'ulimit',
        description: 'Ulimit options',
        defaultText: '[]',
      },
    ],
  },
  commit: {
    use: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
    flags: [
      {
        long: 'author',
        short: 'a',
        type: 'string',
        valueName: 'string',
        description: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")',
      },
      {
        long: 'change',
        short: 'c',
        type: 'stringArray',
        valueName: 'list',
        description: 'Apply Dockerfile instruction to the created image',
      },
      {
        long: 'message',
        short: 'm',
        type: 'string',
        valueName: 'string',
        description: 'Commit message',
      },
      {
        long: 'pause',
        short: 'p',
        type: 'bool',
        description: 'Pause container during commit',
        defaultText: 'true',
      },
    ],
  },
  'container ls': {
    use: '[OPTIONS]',
    flags: [
      {
        long: 'all',
        short: 'a',
        type: 'bool',
        description: 'Show all containers',
        defaultText: 'shows just running',
      },
      {
        long: 'filter',
        short: 'f',
        type: 'stringArray',
        valueName: 'filter',
        description: 'Filter output based on conditions provided',
      },
      {
        long: 'format',
        type: 'string',
        valueName: 'string',
        description:
          "Format output using a custom template: 'table':            Print output in table format with column headers (default) 'table TEMPLATE':   Print output in table format using the given Go template 'json':             Print in JSON format 'TEMPLATE':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      {
        long: 'last',
        short: 'n',
        type: 'int',
        valueName: 'int',
        description: 'Show n last created containers (includes all states)',
        defaultText: '-1',
      },
      {
        long: 'latest',
        short: 'l',
        type: 'bool',
        description: 'Show the latest created container (includes all states)',
      },
      { long: 'no-trunc', type: 'bool', description: "Don't truncate output" },
      { long: 'quiet', short: 'q', type: 'bool', description: 'Only display container IDs' },
      { long: 'size', short: 's', type: 'bool', description: 'Display total file sizes' },
    ],
  },
  'container prune': {
    use: '[OPTIONS]',
    flags: [
      {
        long: 'filter',
        type: 'stringArray',
        valueName: 'filter',
        description: 'Provide filter values (e.g. "until=<timestamp>")',
      },
      { long: 'force', short: 'f', type: 'bool', description: 'Do not prompt for confirmation' },
    ],
  },
  cp: {
    use: '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\t{path} [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
    flags: [
      {
        long: 'archive',
        short: 'a',
        type: 'bool',
        description: 'Archive mode (copy all uid/gid information)',
      },
      {
        long: 'follow-link',
        short: 'L',
        type: 'bool',
        description: 'Always follow symbol link in SRC_PATH',
      },
      {
        long: 'quiet',
        short: 'q',
        type: 'bool',
        description:
          'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached',
      },
    ],
  },
  diff: {
    use: 'CONTAINER',
    flags: [],
  },
  events: {
    use: '[OPTIONS]',
    flags: [
      {
        long: 'filter',
        short: 'f',
        type: 'stringArray',
        valueName: 'filter',
        description: 'Filter output based on conditions provided',
      },
      {
        long: 'format',
        type: 'string',
        valueName: 'string',
        description:
          "Format output using a custom template: 'json':             Print in JSON format 'TEMPLATE':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      {
        long: 'since',
        type: 'string',
        valueName: 'string',
        description: 'Show all events created since timestamp',
      },
      {
        long: 'until',
        type: 'string',
        valueName: 'string',
        description: 'Stream events until this timestamp',
      },
    ],
  },
  exec: {
    use: '[OPTIONS] CONTAINER COMMAND [ARG...]',
    flags: [
      {
        long: 'detach',
        short: 'd',
        type: 'bool',
        description: 'Detached mode: run command in the background',
      },
      {
        long: 'detach-keys',
        type: 'string',
        valueName: 'string',
        description: 'Override the key sequence for detaching a container',
      },
      {
        long: 'env',
        short: 'e',
        type: 'stringArray',
        valueName: 'list',
        description: 'Set environment variables',
      },
      {
        long: 'env-file',
        type: 'stringArray',
        valueName: 'list',
        description: 'Read in a file of environment variables',
      },
      {
        long: 'interactive',
        short: 'i',
        type: 'bool',
        description: 'Keep STDIN open even if not attached',
      },
      { long: 'privileged', type: 'bool', description: 'Give extended privileges to the command' },
      { long: 'tty', short: 't', type: 'bool', description: 'Allocate a pseudo-TTY' },
      {
        long: 'user',
        short: 'u',
        type: 'string',
        valueName: 'string',
        description: 'Username or UID (format: "<name|uid>[:<group|gid>]")',
      },
      {
        long: 'workdir',
        short: 'w',
        type: 'string',
        valueName: 'string',
        description: 'Working directory inside the container',
      },
    ],
  },
  export: {
    use: '[OPTIONS] CONTAINER',
    flags: [
      {
        long: 'output',
        short: 'o',
        type: 'string',
        valueName: 'string',
        description: 'Write to a file, instead of STDOUT',
      },
    ],
  },
  history: {
    use: '[OPTIONS] IMAGE',
    flags: [
      {
        long: 'format',
        type: 'string',
        valueName: 'string',
        description:
          "Format output using a custom template: 'table':            Print output in table format with column headers (default) 'table TEMPLATE':   Print output in table format using the given Go template 'json':             Print in JSON format 'TEMPLATE':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      {
        long: 'human',
        short: 'H',
        type: 'bool',
        description: 'Print sizes and dates in human readable format',
        defaultText: 'true',
      },
      { long: 'no-trunc', type: 'bool', description: "Don't truncate output" },
      {
        long: 'platform',
        type: 'string',
        valueName: 'string',
        description:
          'Show history for the given platform. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")',
      },
      { long: 'quiet', short: 'q', type: 'bool', description: 'Only show image IDs' },
    ],
  },
  'image ls': {
    use: '[OPTIONS] [REPOSITORY[:TAG]]',
    flags: [
      {
        long: 'all',
        short: 'a',
        type: 'bool',
        description: 'Show all images',
        defaultText: 'hides intermediate images',
      },
      { long: 'digests', type: 'bool', description: 'Show digests' },
      {
        long: 'filter',
        short: 'f',
        type: 'stringArray',
        valueName: 'filter',
        description: 'Filter output based on conditions provided',
      },
      {
        long: 'format',
        type: 'string',
        valueName: 'string',
        description:
          "Format output using a custom template: 'table':            Print output in table format with column headers (default) 'table TEMPLATE':   Print output in table format using the given Go template 'json':             Print in JSON format 'TEMPLATE':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      { long: 'no-trunc', type: 'bool', description: "Don't truncate output" },
      { long: 'quiet', short: 'q', type: 'bool', description: 'Only show image IDs' },
      {
        long: 'tree',
        type: 'bool',
        description: 'List multi-platform images as a tree (EXPERIMENTAL)',
      },
    ],
  },
  'image prune': {
    use: '[OPTIONS]',
    flags: [
      {
        long: 'all',
        short: 'a',
        type: 'bool',
        description: 'Remove all unused images, not just dangling ones',
      },
      {
        long: 'filter',
        type: 'stringArray',
        valueName: 'filter',
        description: 'Provide filter values (e.g. "until=<timestamp>")',
      },
      { long: 'force', short: 'f', type: 'bool', description: 'Do not prompt for confirmation' },
    ],
  },
  'image rm': {
    use: '[OPTIONS] IMAGE [IMAGE...]',
    flags: [
      { long: 'force', short: 'f', type: 'bool', description: 'Force removal of the image' },
      { long: 'no-prune', type: 'bool', description: 'Do not delete untagged parents' },
      {
        long: 'platform',
        type: 'stringSlice',
        valueName: 'strings',
        description:
          'Remove only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")',
      },
    ],
  },
  import: {
    use: '[OPTIONS] file|URL|- [REPOSITORY[:TAG]]',
    flags: [
      {
        long: 'change',
        short: 'c',
        type: 'stringArray',
        valueName: 'list',
        description: 'Apply Dockerfile instruction to the created image',
      },
      {
        long: 'message',
        short: 'm',
        type: 'string',
        valueName: 'string',
        description: 'Set commit message for imported image',
      },
      {
        long: 'platform',
        type: 'string',
        valueName: 'string',
        description: 'Set platform if server is multi-platform capable',
      },
    ],
  },
  info: {
    use: '[OPTIONS]',
    flags: [
      {
        long: 'format',
        short: 'f',
        type: 'string',
        valueName: 'string',
        description:
          "Format output using a custom template: 'json':             Print in JSON format 'TEMPLATE':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
    ],
  },
  inspect: {
    use: '[OPTIONS] NAME|ID [NAME|ID...]',
    flags: [
      {
        long: 'format',
        short: 'f',
        type: 'string',
        valueName: 'string',
        description:
          "Format output using a custom template: 'json':             Print in JSON format 'TEMPLATE':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      {
        long: 'size',
        short: 's',
        type: 'bool',
        description: 'Display total file sizes if the type is container',
      },
      {
        long: 'type',
        type: 'string',
        valueName: 'string',
        description: 'Only inspect objects of the given type',
      },
    ],
  },
  kill: {
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    flags: [
      {
        long: 'signal',
        short: 's',
        type: 'string',
        valueName: 'string',
        description: 'Signal to send to the container',
      },
    ],
  },
  load: {
    use: '[OPTIONS]',
    flags: [
      {
        long: 'input',
        short: 'i',
        type: 'string',
        valueName: 'string',
        description: 'Read from tar archive file, instead of STDIN',
      },
      {
        long: 'platform',
        type: 'string',
        valueName: 'string',
        description:
          'Load only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")',
      },
      { long: 'quiet', short: 'q', type: 'bool', description: 'Suppress the load output' },
    ],
  },
  login: {
    use: '[OPTIONS] [SERVER]',
    flags: [
      {
        long: 'password',
        short: 'p',
        type: 'string',
        valueName: 'string',
        description: 'Password or Personal Access Token (PAT)',
      },
      {
        long: 'password-stdin',
        type: 'bool',
        description: 'Take the Password or Personal Access Token (PAT) from stdin',
      },
      {
        long: 'username',
        short: 'u',
        type: 'string',
        valueName: 'string',
        description: 'Username',
      },
    ],
  },
  logout: {
    use: '[SERVER]',
    flags: [],
  },
  logs: {
    use: '[OPTIONS] CONTAINER',
    flags: [
      { long: 'details', type: 'bool', description: 'Show extra details provided to logs' },
      { long: 'follow', short: 'f', type: 'bool', description: 'Follow log output' },
      {
        long: 'since',
        type: 'string',
        valueName: 'string',
        description:
          'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
      },
      {
        long: 'tail',
        short: 'n',
        type: 'string',
        valueName: 'string',
        description: 'Number of lines to show from the end of the logs',
        defaultText: '"all"',
      },
      { long: 'timestamps', short: 't', type: 'bool', description: 'Show timestamps' },
      {
        long: 'until',
        type: 'string',
        valueName: 'string',
        description:
          'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
      },
    ],
  },
  'network connect': {
    use: '[OPTIONS] NETWORK CONTAINER',
    flags: [
      {
        long: 'alias',
        type: 'stringSlice',
        valueName: 'strings',
        description: 'Add network-scoped alias for the container',
      },
      {
        long: 'driver-opt',
        type: 'stringSlice',
        valueName: 'strings',
        description: 'driver options for the network',
      },
      {
        long: 'gw-priority',
        type: 'int',
        valueName: 'int',
        description:
          'Highest gw-priority provides the default gateway. Accepts positive and negative values.',
      },
      {
        long: 'ip',
        type: 'string',
        valueName: 'string',
        description: 'IPv4 address (e.g., "172.30.100.104")',
      },
      {
        long: 'ip6',
        type: 'string',
        valueName: 'string',
        description: 'IPv6 address (e.g., "2001:db8::33")',
      },
      {
        long: 'link',
        type: 'stringArray',
        valueName: 'list',
        description: 'Add link to another container',
      },
      {
        long: 'link-local-ip',
        type: 'stringSlice',
        valueName: 'strings',
        description: 'Add a link-local address for the container',
      },
    ],
  },
  'network create': {
    use: '[OPTIONS] NETWORK',
    flags: [
      { long: 'attachable', type: 'bool', description: 'Enable manual container attachment' },
      {
        long: 'aux-address',
        type: 'stringArray',
        valueName: 'map',
        description: 'Auxiliary IPv4 or IPv6 addresses used by Network driver',
        defaultText: 'map[]',
      },
      {
        long: 'config-from',
        type: 'string',
        valueName: 'string',
        description: 'The network from which to copy the configuration',
      },
      { long: 'config-only', type: 'bool', description: 'Create a configuration only network' },
      {
        long: 'driver',
        short: 'd',
        type: 'string',
        valueName: 'string',
        description: 'Driver to manage the Network',
        defaultText: '"bridge"',
      },
      {
        long: 'gateway',
        type: 'stringSlice',
        valueName: 'strings',
        description: 'IPv4 or IPv6 Gateway for the master subnet',
      },
      { long: 'ingress', type: 'bool', description: 'Create swarm routing-mesh network' },
      { long: 'internal', type: 'bool', description: 'Restrict external access to the network' },
      {
        long: 'ip-range',
        type: 'stringSlice',
        valueName: 'strings',
        description: 'Allocate container ip from a sub-range',
      },
      {
        long: 'ipam-driver',
        type: 'string',
        valueName: 'string',
        description: 'IP Address Management Driver',
        defaultText: '"default"',
      },
      {
        long: 'ipam-opt',
        type: 'stringArray',
        valueName: 'map',
        description: 'Set IPAM driver specific options',
        defaultText: 'map[]',
      },
      {
        long: 'ipv4',
        type: 'bool',
        description: 'Enable or disable IPv4 address assignment',
        defaultText: 'true',
      },
      { long: 'ipv6', type: 'bool', description: 'Enable or disable IPv6 address assignment' },
      {
        long: 'label',
        type: 'stringArray',
        valueName: 'list',
        description: 'Set metadata on a network',
      },
      {
        long: 'opt',
        short: 'o',
        type: 'stringArray',
        valueName: 'map',
        description: 'Set driver specific options',
        defaultText: 'map[]',
      },
      {
        long: 'scope',
        type: 'string',
        valueName: 'string',
        description: "Control the network's scope",
      },
      {
        long: 'subnet',
        type: 'stringSlice',
        valueName: 'strings',
        description: 'Subnet in CIDR format that represents a network segment',
      },
    ],
  },
  'network inspect': {
    use: '[OPTIONS] NETWORK [NETWORK...]',
    flags: [
      {
        long: 'format',
        short: 'f',
        type: 'string',
        valueName: 'string',
        description:
          "Format output using a custom template: 'json':             Print in JSON format 'TEMPLATE':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      { long: 'verbose', short: 'v', type: 'bool', description: 'Verbose output for diagnostics' },
    ],
  },
  'network ls': {
    use: '[OPTIONS]',
    flags: [
      {
        long: 'filter',
        short: 'f',
        type: 'stringArray',
        valueName: 'filter',
        description: 'Provide filter values (e.g. "driver=bridge")',
      },
      {
        long: 'format',
        type: 'string',
        valueName: 'string',
        description:
          "Format output using a custom template: 'table':            Print output in table format with column headers (default) 'table TEMPLATE':   Print output in table format using the given Go template 'json':             Print in JSON format 'TEMPLATE':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      { long: 'no-trunc', type: 'bool', description: 'Do not truncate the output' },
      { long: 'quiet', short: 'q', type: 'bool', description: 'Only display network IDs' },
    ],
  },
  'network rm': {
    use: 'NETWORK [NETWORK...]',
    flags: [
      {
        long: 'force',
        short: 'f',
        type: 'bool',
        description: 'Do not error if the network does not exist',
      },
    ],
  },
  pause: {
    use: 'CONTAINER [CONTAINER...]',
    flags: [],
  },
  port: {
    use: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
    flags: [],
  },
  pull: {
    use: '[OPTIONS] NAME[:TAG|@DIGEST]',
    flags: [
      {
        long: 'all-tags',
        short: 'a',
        type: 'bool',
        description: 'Download all tagged images in the repository',
      },
      {
        long: 'disable-content-trust',
        type: 'bool',
        description: 'Skip image verification',
        defaultText: 'true',
      },
      {
        long: 'platform',
        type: 'string',
        valueName: 'string',
        description: 'Set platform if server is multi-platform capable',
      },
      { long: 'quiet', short: 'q', type: 'bool', description: 'Suppress verbose output' },
    ],
  },
  push: {
    use: '[OPTIONS] NAME[:TAG]',
    flags: [
      {
        long: 'all-tags',
        short: 'a',
        type: 'bool',
        description: 'Push all tags of an image to the repository',
      },
      {
        long: 'disable-content-trust',
        type: 'bool',
        description: 'Skip image signing',
        defaultText: 'true',
      },
      {
        long: 'platform',
        type: 'string',
        valueName: 'string',
        description:
          "Push a platform-specific manifest as a single-platform image to the registry. Image index won't be pushed, meaning that other manifests, including attestations won't be preserved. 'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)",
      },
      { long: 'quiet', short: 'q', type: 'bool', description: 'Suppress verbose output' },
    ],
  },
  rename: {
    use: 'CONTAINER NEW_NAME',
    flags: [],
  },
  restart: {
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    flags: [
      {
        long: 'signal',
        short: 's',
        type: 'string',
        valueName: 'string',
        description: 'Signal to send to the container',
      },
      {
        long: 'timeout',
        short: 't',
        type: 'int',
        valueName: 'int',
        description: 'Seconds to wait before killing the container',
      },
    ],
  },
  rm: {
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    flags: [
      {
        long: 'force',
        short: 'f',
        type: 'bool',
        description: 'Force the removal of a running container (uses SIGKILL)',
      },
      { long: 'link', short: 'l', type: 'bool', description: 'Remove the specified link' },
      {
        long: 'volumes',
        short: 'v',
        type: 'bool',
        description: 'Remove anonymous volumes associated with the container',
      },
    ],
  },
  run: {
    use: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
    flags: [
      {
        long: 'add-host',
        type: 'stringArray',
        valueName: 'list',
        description: 'Add a custom host-to-IP mapping (host:ip)',
      },
      {
        long: 'annotation',
        type: 'stringArray',
        valueName: 'map',
        description: 'Add an annotation to the container (passed through to the OCI runtime)',
        defaultText: 'map[]',
      },
      {
        long: 'attach',
        short: 'a',
        type: 'stringArray',
        valueName: 'list',
        description: 'Attach to STDIN, STDOUT or STDERR',
      },
      {
        long: 'blkio-weight',
        type: 'uint',
        valueName: 'uint16',
        description: 'Block IO (relative weight), between 10 and 1000, or 0 to disable',
        defaultText: '0',
      },
      {
        long: 'blkio-weight-device',
        type: 'stringArray',
        valueName: 'list',
        description: 'Block IO weight (relative device weight)',
        defaultText: '[]',
      },
      {
        long: 'cap-add',
        type: 'stringArray',
        valueName: 'list',
        description: 'Add Linux capabilities',
      },
      {
        long: 'cap-drop',
        type: 'stringArray',
        valueName: 'list',
        description: 'Drop Linux capabilities',
      },
      {
        long: 'cgroup-parent',
        type: 'string',
        valueName: 'string',
        description: 'Optional parent cgroup for the container',
      },
      {
        long: 'cgroupns',
        type: 'string',
        valueName: 'string',
        description:
          "Cgroup namespace to use (host|private) 'host':    Run the container in the Docker host's cgroup namespace 'private': Run the container in its own private cgroup namespace '':        Use the cgroup namespace as configured by the default-cgroupns-mode option on the daemon (default)",
      },
      {
        long: 'cidfile',
        type: 'string',
        valueName: 'string',
        description: 'Write the container ID to the file',
      },
      { long: 'cpu-count', type: 'int', valueName: 'int', description: 'CPU count (Windows only)' },
      {
        long: 'cpu-percent',
        type: 'int',
        valueName: 'int',
        description: 'CPU percent (Windows only)',
      },
      {
        long: 'cpu-period',
        type: 'int',
        valueName: 'int',
        description: 'Limit CPU CFS (Completely Fair Scheduler) period',
      },
      {
        long: 'cpu-quota',
        type: 'int',
        valueName: 'int',
        description: 'Limit CPU CFS (Completely Fair Scheduler) quota',
      },
      {
        long: 'cpu-rt-period',
        type: 'int',
        valueName: 'int',
        description: 'Limit CPU real-time period in microseconds',
      },
      {
        long: 'cpu-rt-runtime',
        type: 'int',
        valueName: 'int',
        description: 'Limit CPU real-time runtime in microseconds',
      },
      {
        long: 'cpu-shares',
        short: 'c',
        type: 'int',
        valueName: 'int',
        description: 'CPU shares (relative weight)',
      },
      { long: 'cpus', type: 'decimal', valueName: 'decimal', description: 'Number of CPUs' },
      {
        long: 'cpuset-cpus',
        type: 'string',
        valueName: 'string',
        description: 'CPUs in which to allow execution (0-3, 0,1)',
      },
      {
        long: 'cpuset-mems',
        type: 'string',
        valueName: 'string',
        description: 'MEMs in which to allow execution (0-3, 0,1)',
      },
      {
        long: 'detach',
        short: 'd',
        type: 'bool',
        description: 'Run container in background and print container ID',
      },
      {
        long: 'detach-keys',
        type: 'string',
        valueName: 'string',
        description: 'Override the key sequence for detaching a container',
      },
      {
        long: 'device',
        type: 'stringArray',
        valueName: 'list',
        description: 'Add a host device to the container',
      },
      {
        long: 'device-cgroup-rule',
        type: 'stringArray',
        valueName: 'list',
        description: 'Add a rule to the cgroup allowed devices list',
      },
      {
        long: 'device-read-bps',
        type: 'stringArray',
        valueName: 'list',
        description: 'Limit read rate (bytes per second) from a device',
        defaultText: '[]',
      },
      {
        long: 'device-read-iops',
        type: 'stringArray',
        valueName: 'list',
        description: 'Limit read rate (IO per second) from a device',
        defaultText: '[]',
      },
      {
        long: 'device-write-bps',
        type: 'stringArray',
        valueName: 'list',
        description: 'Limit write rate (bytes per second) to a device',
        defaultText: '[]',
      },
      {
        long: 'device-write-iops',
        type: 'stringArray',
        valueName: 'list',
        description: 'Limit write rate (IO per second) to a device',
        defaultText: '[]',
      },
      {
        long: 'disable-content-trust',
        type: 'bool',
        description: 'Skip image verification',
        defaultText: 'true',
      },
      {
        long: 'dns',
        type: 'stringArray',
        valueName: 'list',
        description: 'Set custom DNS servers',
      },
      {
        long: 'dns-option',
        type: 'stringArray',
        valueName: 'list',
        description: 'Set DNS options',
      },
      {
        long: 'dns-search',
        type: 'stringArray',
        valueName: 'list',
        description: 'Set custom DNS search domains',
      },
      {
        long: 'domainname',
        type: 'string',
        valueName: 'string',
        description: 'Container NIS domain name',
      },
      {
        long: 'entrypoint',
        type: 'string',
        valueName: 'string',
        description: 'Overwrite the default ENTRYPOINT of the image',
      },
      {
        long: 'env',
        short: 'e',
        type: 'stringArray',
        valueName: 'list',
        description: 'Set environment variables',
      },
      {
        long: 'env-file',
        type: 'stringArray',
        valueName: 'list',
        description: 'Read in a file of environment variables',
      },
      {
        long: 'expose',
        type: 'stringArray',
        valueName: 'list',
        description: 'Expose a port or a range of ports',
      },
      {
        long: 'gpus',
        type: 'string',
        valueName: 'gpu-request',
        description: "GPU devices to add to the container ('all' to pass all GPUs)",
      },
      {
        long: 'group-add',
        type: 'stringArray',
        valueName: 'list',
        description: 'Add additional groups to join',
      },
      {
        long: 'health-cmd',
        type: 'string',
        valueName: 'string',
        description: 'Command to run to check health',
      },
      {
        long: 'health-interval',
        type: 'duration',
        valueName: 'duration',
        description: 'Time between running the check (ms|s|m|h)',
        defaultText: '0s',
      },
      {
        long: 'health-retries',
        type: 'int',
        valueName: 'int',
        description: 'Consecutive failures needed to report unhealthy',
      },
      {
        long: 'health-start-interval',
        type: 'duration',
        valueName: 'duration',
        description: 'Time between running the check during the start period (ms|s|m|h)',
        defaultText: '0s',
      },
      {
        long: 'health-start-period',
        type: 'duration',
        valueName: 'duration',
        description:
          'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h)',
        defaultText: '0s',
      },
      {
        long: 'health-timeout',
        type: 'duration',
        valueName: 'duration',
        description: 'Maximum time to allow one check to run (ms|s|m|h)',
        defaultText: '0s',
      },
      { long: 'help', type: 'bool', description: 'Print usage' },
      {
        long: 'hostname',
        short: 'h',
        type: 'string',
        valueName: 'string',
        description: 'Container host name',
      },
      {
        long: 'init',
        type: 'bool',
        description: 'Run an init inside the container that forwards signals and reaps processes',
      },
      {
        long: 'interactive',
        short: 'i',
        type: 'bool',
        description: 'Keep STDIN open even if not attached',
      },
      {
        long: 'io-maxbandwidth',
        type: 'bytes',
        valueName: 'bytes',
        description: 'Maximum IO bandwidth limit for the system drive (Windows only)',
      },
      {
        long: 'io-maxiops',
        type: 'uint',
        valueName: 'uint',
        description: 'Maximum IOps limit for the system drive (Windows only)',
      },
      {
        long: 'ip',
        type: 'string',
        valueName: 'string',
        description: 'IPv4 address (e.g., 172.30.100.104)',
      },
      {
        long: 'ip6',
        type: 'string',
        valueName: 'string',
        description: 'IPv6 address (e.g., 2001:db8::33)',
      },
      { long: 'ipc', type: 'string', valueName: 'string', description: 'IPC mode to use' },
      {
        long: 'isolation',
        type: 'string',
        valueName: 'string',
        description: 'Container isolation technology',
      },
      {
        long: 'kernel-memory',
        type: 'bytes',
        valueName: 'bytes',
        description: 'Kernel memory limit',
      },
      {
        long: 'label',
        short: 'l',
        type: 'stringArray',
        valueName: 'list',
        description: 'Set meta data on a container',
      },
      {
        long: 'label-file',
        type: 'stringArray',
        valueName: 'list',
        description: 'Read in a line delimited file of labels',
      },
      {
        long: 'link',
        type: 'stringArray',
        valueName: 'list',
        description: 'Add link to another container',
      },
      {
        long: 'link-local-ip',
        type: 'stringArray',
        valueName: 'list',
        description: 'Container IPv4/IPv6 link-local addresses',
      },
      {
        long: 'log-driver',
        type: 'string',
        valueName: 'string',
        description: 'Logging driver for the container',
      },
      {
        long: 'log-opt',
        type: 'stringArray',
        valueName: 'list',
        description: 'Log driver options',
      },
      {
        long: 'mac-address',
        type: 'string',
        valueName: 'string',
        description: 'Container MAC address (e.g., 92:d0:c6:0a:29:33)',
      },
      {
        long: 'memory',
        short: 'm',
        type: 'bytes',
        valueName: 'bytes',
        description: 'Memory limit',
      },
      {
        long: 'memory-reservation',
        type: 'bytes',
        valueName: 'bytes',
        description: 'Memory soft limit',
      },
      {
        long: 'memory-swap',
        type: 'bytes',
        valueName: 'bytes',
        description: "Swap limit equal to memory plus swap: '-1' to enable unlimited swap",
      },
      {
        long: 'memory-swappiness',
        type: 'int',
        valueName: 'int',
        description: 'Tune container memory swappiness (0 to 100)',
        defaultText: '-1',
      },
      {
        long: 'mount',
        type: 'stringArray',
        valueName: 'mount',
        description: 'Attach a filesystem mount to the container',
      },
      {
        long: 'name',
        type: 'string',
        valueName: 'string',
        description: 'Assign a name to the container',
      },
      {
        long: 'network',
        type: 'string',
        valueName: 'network',
        description: 'Connect a container to a network',
      },
      {
        long: 'network-alias',
        type: 'stringArray',
        valueName: 'list',
        description: 'Add network-scoped alias for the container',
      },
      {
        long: 'no-healthcheck',
        type: 'bool',
        description: 'Disable any container-specified HEALTHCHECK',
      },
      { long: 'oom-kill-disable', type: 'bool', description: 'Disable OOM Killer' },
      {
        long: 'oom-score-adj',
        type: 'int',
        valueName: 'int',
        description: "Tune host's OOM preferences (-1000 to 1000)",
      },
      { long: 'pid', type: 'string', valueName: 'string', description: 'PID namespace to use' },
      {
        long: 'pids-limit',
        type: 'int',
        valueName: 'int',
        description: 'Tune container pids limit (set -1 for unlimited)',
      },
      {
        long: 'platform',
        type: 'string',
        valueName: 'string',
        description: 'Set platform if server is multi-platform capable',
      },
      {
        long: 'privileged',
        type: 'bool',
        description: 'Give extended privileges to this container',
      },
      {
        long: 'publish',
        short: 'p',
        type: 'stringArray',
        valueName: 'list',
        description: "Publish a container's port(s) to the host",
      },
      {
        long: 'publish-all',
        short: 'P',
        type: 'bool',
        description: 'Publish all exposed ports to random ports',
      },
      {
        long: 'pull',
        type: 'string',
        valueName: 'string',
        description: 'Pull image before running ("always", "missing", "never")',
        defaultText: '"missing"',
      },
      { long: 'quiet', short: 'q', type: 'bool', description: 'Suppress the pull output' },
      {
        long: 'read-only',
        type: 'bool',
        description: "Mount the container's root filesystem as read only",
      },
      {
        long: 'restart',
        type: 'string',
        valueName: 'string',
        description: 'Restart policy to apply when a container exits',
        defaultText: '"no"',
      },
      {
        long: 'rm',
        type: 'bool',
        description:
          'Automatically remove the container and its associated anonymous volumes when it exits',
      },
      {
        long: 'runtime',
        type: 'string',
        valueName: 'string',
        description: 'Runtime to use for this container',
      },
      {
        long: 'security-opt',
        type: 'stringArray',
        valueName: 'list',
        description: 'Security Options',
      },
      { long: 'shm-size', type: 'bytes', valueName: 'bytes', description: 'Size of /dev/shm' },
      {
        long: 'sig-proxy',
        type: 'bool',
        description: 'Proxy received signals to the process',
        defaultText: 'true',
      },
      {
        long: 'stop-signal',
        type: 'string',
        valueName: 'string',
        description: 'Signal to stop the container',
      },
      {
        long: 'stop-timeout',
        type: 'int',
        valueName: 'int',
        description: 'Timeout (in seconds) to stop a container',
      },
      {
        long: 'storage-opt',
        type: 'stringArray',
        valueName: 'list',
        description: 'Storage driver options for the container',
      },
      {
        long: 'sysctl',
        type: 'stringArray',
        valueName: 'map',
        description: 'Sysctl options',
        defaultText: 'map[]',
      },
      {
        long: 'tmpfs',
        type: 'stringArray',
        valueName: 'list',
        description: 'Mount a tmpfs directory',
      },
      { long: 'tty', short: 't', type: 'bool', description: 'Allocate a pseudo-TTY' },
      {
        long: 'ulimit',
        type: 'stringArray',
        valueName: 'ulimit',
        description: 'Ulimit options',
        defaultText: '[]',
      },
      {
        long: 'use-api-socket',
        type: 'bool',
        description: 'Bind mount Docker API socket and required auth',
      },
      {
        long: 'user',
        short: 'u',
        type: 'string',
        valueName: 'string',
        description: 'Username or UID (format: <name|uid>[:<group|gid>])',
      },
      { long: 'userns', type: 'string', valueName: 'string', description: 'User namespace to use' },
      { long: 'uts', type: 'string', valueName: 'string', description: 'UTS namespace to use' },
      {
        long: 'volume',
        short: 'v',
        type: 'stringArray',
        valueName: 'list',
        description: 'Bind mount a volume',
      },
      {
        long: 'volume-driver',
        type: 'string',
        valueName: 'string',
        description: 'Optional volume driver for the container',
      },
      {
        long: 'volumes-from',
        type: 'stringArray',
        valueName: 'list',
        description: 'Mount volumes from the specified container(s)',
      },
      {
        long: 'workdir',
        short: 'w',
        type: 'string',
        valueName: 'string',
        description: 'Working directory inside the container',
      },
    ],
  },
  save: {
    use: '[OPTIONS] IMAGE [IMAGE...]',
    flags: [
      {
        long: 'output',
        short: 'o',
        type: 'string',
        valueName: 'string',
        description: 'Write to a file, instead of STDOUT',
      },
      {
        long: 'platform',
        type: 'string',
        valueName: 'string',
        description:
          'Save only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")',
      },
    ],
  },
  search: {
    use: '[OPTIONS] TERM',
    flags: [
      {
        long: 'filter',
        short: 'f',
        type: 'stringArray',
        valueName: 'filter',
        description: 'Filter output based on conditions provided',
      },
      {
        long: 'format',
        type: 'string',
        valueName: 'string',
        description: 'Pretty-print search using a Go template',
      },
      { long: 'limit', type: 'int', valueName: 'int', description: 'Max number of search results' },
      { long: 'no-trunc', type: 'bool', description: "Don't truncate output" },
    ],
  },
  start: {
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    flags: [
      {
        long: 'attach',
        short: 'a',
        type: 'bool',
        description: 'Attach STDOUT/STDERR and forward signals',
      },
      {
        long: 'checkpoint',
        type: 'string',
        valueName: 'string',
        description: 'Restore from this checkpoint',
      },
      {
        long: 'checkpoint-dir',
        type: 'string',
        valueName: 'string',
        description: 'Use a custom checkpoint storage directory',
      },
      {
        long: 'detach-keys',
        type: 'string',
        valueName: 'string',
        description: 'Override the key sequence for detaching a container',
      },
      { long: 'interactive', short: 'i', type: 'bool', description: "Attach container's STDIN" },
    ],
  },
  stats: {
    use: '[OPTIONS] [CONTAINER...]',
    flags: [
      {
        long: 'all',
        short: 'a',
        type: 'bool',
        description: 'Show all containers',
        defaultText: 'shows just running',
      },
      {
        long: 'format',
        type: 'string',
        valueName: 'string',
        description:
          "Format output using a custom template: 'table':            Print output in table format with column headers (default) 'table TEMPLATE':   Print output in table format using the given Go template 'json':             Print in JSON format 'TEMPLATE':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      {
        long: 'no-stream',
        type: 'bool',
        description: 'Disable streaming stats and only pull the first result',
      },
      { long: 'no-trunc', type: 'bool', description: 'Do not truncate output' },
    ],
  },
  stop: {
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    flags: [
      {
        long: 'signal',
        short: 's',
        type: 'string',
        valueName: 'string',
        description: 'Signal to send to the container',
      },
      {
        long: 'timeout',
        short: 't',
        type: 'int',
        valueName: 'int',
        description: 'Seconds to wait before killing the container',
      },
    ],
  },
  'system df': {
    use: '[OPTIONS]',
    flags: [
      {
        long: 'format',
        type: 'string',
        valueName: 'string',
        description:
          "Format output using a custom template: 'table':            Print output in table format with column headers (default) 'table TEMPLATE':   Print output in table format using the given Go template 'json':             Print in JSON format 'TEMPLATE':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      {
        long: 'verbose',
        short: 'v',
        type: 'bool',
        description: 'Show detailed information on space usage',
      },
    ],
  },
  'system info': {
    use: '[OPTIONS]',
    flags: [
      {
        long: 'format',
        short: 'f',
        type: 'string',
        valueName: 'string',
        description:
          "Format output using a custom template: 'json':             Print in JSON format 'TEMPLATE':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
    ],
  },
  'system prune': {
    use: '[OPTIONS]',
    flags: [
      {
        long: 'all',
        short: 'a',
        type: 'bool',
        description: 'Remove all unused images not just dangling ones',
      },
      {
        long: 'filter',
        type: 'stringArray',
        valueName: 'filter',
        description: 'Provide filter values (e.g. "label=<key>=<value>")',
      },
      { long: 'force', short: 'f', type: 'bool', description: 'Do not prompt for confirmation' },
      { long: 'volumes', type: 'bool', description: 'Prune anonymous volumes' },
    ],
  },
  tag: {
    use: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
    flags: [],
  },
  top: {
    use: 'CONTAINER [ps OPTIONS]',
    flags: [],
  },
  unpause: {
    use: 'CONTAINER [CONTAINER...]',
    flags: [],
  },
  update: {
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    flags: [
      {
        long: 'blkio-weight',
        type: 'uint',
        valueName: 'uint16',
        description: 'Block IO (relative weight), between 10 and 1000, or 0 to disable',
        defaultText: '0',
      },
      {
        long: 'cpu-period',
        type: 'int',
        valueName: 'int',
        description: 'Limit CPU CFS (Completely Fair Scheduler) period',
      },
      {
        long: 'cpu-quota',
        type: 'int',
        valueName: 'int',
        description: 'Limit CPU CFS (Completely Fair Scheduler) quota',
      },
      {
        long: 'cpu-rt-period',
        type: 'int',
        valueName: 'int',
        description: 'Limit the CPU real-time period in microseconds',
      },
      {
        long: 'cpu-rt-runtime',
        type: 'int',
        valueName: 'int',
        description: 'Limit the CPU real-time runtime in microseconds',
      },
      {
        long: 'cpu-shares',
        short: 'c',
        type: 'int',
        valueName: 'int',
        description: 'CPU shares (relative weight)',
      },
      { long: 'cpus', type: 'decimal', valueName: 'decimal', description: 'Number of CPUs' },
      {
        long: 'cpuset-cpus',
        type: 'string',
        valueName: 'string',
        description: 'CPUs in which to allow execution (0-3, 0,1)',
      },
      {
        long: 'cpuset-mems',
        type: 'string',
        valueName: 'string',
        description: 'MEMs in which to allow execution (0-3, 0,1)',
      },
      {
        long: 'memory',
        short: 'm',
        type: 'bytes',
        valueName: 'bytes',
        description: 'Memory limit',
      },
      {
        long: 'memory-reservation',
        type: 'bytes',
        valueName: 'bytes',
        description: 'Memory soft limit',
      },
      {
        long: 'memory-swap',
        type: 'bytes',
        valueName: 'bytes',
        description: 'Swap limit equal to memory plus swap: -1 to enable unlimited swap',
      },
      {
        long: 'pids-limit',
        type: 'int',
        valueName: 'int',
        description: 'Tune container pids limit (set -1 for unlimited)',
      },
      {
        long: 'restart',
        type: 'string',
        valueName: 'string',
        description: 'Restart policy to apply when a container exits',
      },
    ],
  },
  version: {
    use: '[OPTIONS]',
    flags: [
      {
        long: 'format',
        short: 'f',
        type: 'string',
        valueName: 'string',
        description:
          "Format output using a custom template: 'json':             Print in JSON format 'TEMPLATE':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
    ],
  },
  'volume create': {
    use: '[OPTIONS] [VOLUME]',
    flags: [
      {
        long: 'availability',
        type: 'string',
        valueName: 'string',
        description: 'Cluster Volume availability ("active", "pause", "drain")',
        defaultText: '"active"',
      },
      {
        long: 'driver',
        short: 'd',
        type: 'string',
        valueName: 'string',
        description: 'Specify volume driver name',
        defaultText: '"local"',
      },
      {
        long: 'group',
        type: 'string',
        valueName: 'string',
        description: 'Cluster Volume group (cluster volumes)',
      },
      {
        long: 'label',
        type: 'stringArray',
        valueName: 'list',
        description: 'Set metadata for a volume',
      },
      {
        long: 'limit-bytes',
        type: 'bytes',
        valueName: 'bytes',
        description: 'Minimum size of the Cluster Volume in bytes',
      },
      {
        long: 'opt',
        short: 'o',
        type: 'stringArray',
        valueName: 'map',
        description: 'Set driver specific options',
        defaultText: 'map[]',
      },
      {
        long: 'required-bytes',
        type: 'bytes',
        valueName: 'bytes',
        description: 'Maximum size of the Cluster Volume in bytes',
      },
      {
        long: 'scope',
        type: 'string',
        valueName: 'string',
        description: 'Cluster Volume access scope ("single", "multi")',
        defaultText: '"single"',
      },
      {
        long: 'secret',
        type: 'stringArray',
        valueName: 'map',
        description: 'Cluster Volume secrets',
        defaultText: 'map[]',
      },
      {
        long: 'sharing',
        type: 'string',
        valueName: 'string',
        description: 'Cluster Volume access sharing ("none", "readonly", "onewriter", "all")',
        defaultText: '"none"',
      },
      {
        long: 'topology-preferred',
        type: 'stringArray',
        valueName: 'list',
        description: 'A topology that the Cluster Volume would be preferred in',
      },
      {
        long: 'topology-required',
        type: 'stringArray',
        valueName: 'list',
        description: 'A topology that the Cluster Volume must be accessible from',
      },
      {
        long: 'type',
        type: 'string',
        valueName: 'string',
        description: 'Cluster Volume access type ("mount", "block")',
        defaultText: '"block"',
      },
    ],
  },
  'volume inspect': {
    use: '[OPTIONS] VOLUME [VOLUME...]',
    flags: [
      {
        long: 'format',
        short: 'f',
        type: 'string',
        valueName: 'string',
        description:
          "Format output using a custom template: 'json':             Print in JSON format 'TEMPLATE':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
    ],
  },
  'volume ls': {
    use: '[OPTIONS]',
    flags: [
      {
        long: 'cluster',
        type: 'bool',
        description: 'Display only cluster volumes, and use cluster volume list formatting',
      },
      {
        long: 'filter',
        short: 'f',
        type: 'stringArray',
        valueName: 'filter',
        description: 'Provide filter values (e.g. "dangling=true")',
      },
      {
        long: 'format',
        type: 'string',
        valueName: 'string',
        description:
          "Format output using a custom template: 'table':            Print output in table format with column headers (default) 'table TEMPLATE':   Print output in table format using the given Go template 'json':             Print in JSON format 'TEMPLATE':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      { long: 'quiet', short: 'q', type: 'bool', description: 'Only display volume names' },
    ],
  },
  'volume prune': {
    use: '[OPTIONS]',
    flags: [
      {
        long: 'all',
        short: 'a',
        type: 'bool',
        description: 'Remove all unused volumes, not just anonymous ones',
      },
      {
        long: 'filter',
        type: 'stringArray',
        valueName: 'filter',
        description: 'Provide filter values (e.g. "label=<label>")',
      },
      { long: 'force', short: 'f', type: 'bool', description: 'Do not prompt for confirmation' },
    ],
  },
  'volume rm': {
    use: '[OPTIONS] VOLUME [VOLUME...]',
    flags: [
      {
        long: 'force',
        short: 'f',
        type: 'bool',
        description: 'Force the removal of one or more volumes',
      },
    ],
  },
  wait: {
    use: 'CONTAINER [CONTAINER...]',
    flags: [],
  },
};

/** Commands that are another one under a second name print the same usage and flags. */
const ALIASES: Record<string, string> = {
  'container run': 'run',
  'image build': 'build',
  images: 'image ls',
  ps: 'container ls',
  rmi: 'image rm',
};
for (const [alias, of] of Object.entries(ALIASES)) {
  DOCKER_COMMANDS[alias] = DOCKER_COMMANDS[of] as CommandRow;
}

/** `docker create` is `docker run` without the flags that act on a running container, and says "creating". */
const RUN_ONLY = new Set(['detach', 'detach-keys', 'sig-proxy']);
DOCKER_COMMANDS.create = {
  use: (DOCKER_COMMANDS.run as CommandRow).use,
  flags: (DOCKER_COMMANDS.run as CommandRow).flags
    .filter((f) => !RUN_ONLY.has(f.long))
    .map((f) =>
      f.long === 'pull'
        ? { ...f, description: 'Pull image before creating ("always", "|missing", "never")' }
        : f,
    ),
};
