// `docker version` and `docker info` data: the client's and the daemon's fixed facts plus counts from state.
import type { EngineState } from '../../engine/types.ts';
import { derivedHex } from '../../engine/rng.ts';
import { bytesSize } from '../format/units.ts';
import { nilSlice, struct, typedMap } from './go-values.ts';
import { rfc3339Nano } from './go-time.ts';
import { DATA_ROOT } from './paths.ts';

export const CLIENT = {
  version: '28.2.2',
  apiVersion: '1.50',
  goVersion: 'go1.24.3',
  gitCommit: 'e6534b4',
  built: 'Fri May 30 12:07:14 2025',
};

/** The engine of the reference records (Docker Engine 28.5.2) and its components. */
export const SERVER = {
  version: '28.5.2+dfsg4',
  apiVersion: '1.51',
  minApiVersion: '1.24',
  goVersion: 'go1.27.1',
  gitCommit: '3ef3c07c883be49a2e8097bcf6d2952fce1d70eb',
  built: 'Tue Sep 15 11:02:57 2026',
  containerd: { version: '2.1.9+unknown', commit: '' },
  runc: { version: '1.1.5+ds1', commit: '1.1.5+ds1-1+deb12u1' },
  init: { version: '0.19.0', commit: '' },
};

export const CLI_PLUGINS = [
  { name: 'buildx', description: 'Docker Buildx', vendor: 'Docker Inc.', version: '0.29.1+ds1' },
  { name: 'compose', description: 'Docker Compose', vendor: 'Docker Inc.', version: '2.40.3-3' },
];

export const CLI_PLUGINS_DIR = '/usr/libexec/docker/cli-plugins';

const DEFAULT_CPUS = 2;
const DEFAULT_MEMORY = 8_221_675_520;
const DEFAULT_KERNEL = '6.8.0-88-generic';
const OPERATING_SYSTEM = 'Debian GNU/Linux 12 (bookworm)';

function component(name: string, version: string, details: Record<string, string>): object {
  return struct(
    { Name: name, Version: version, Details: typedMap(details) },
    'types.ComponentVersion',
  );
}

/** versionInfo: what `docker version --format` templates see ({{.Client.Version}}, {{.Server.Version}}). */
export function versionData(): object {
  const client = struct(
    {
      Platform: null,
      Version: CLIENT.version,
      APIVersion: CLIENT.apiVersion,
      DefaultAPIVersion: CLIENT.apiVersion,
      GitCommit: CLIENT.gitCommit,
      GoVersion: CLIENT.goVersion,
      Os: 'linux',
      Arch: 'amd64',
      BuildTime: CLIENT.built,
      Context: 'default',
    },
    '*system.clientVersion',
    ['*Platform', 'DefaultAPIVersion', 'BuildTime'],
    { APIVersion: 'ApiVersion' },
  );
  const server = struct(
    {
      Platform: struct({ Name: '' }, 'struct { Name string }'),
      Components: [
        component('Engine', SERVER.version, {
          ApiVersion: SERVER.apiVersion,
          Arch: 'amd64',
          BuildTime: SERVER.built,
          Experimental: 'false',
          GitCommit: SERVER.gitCommit,
          GoVersion: SERVER.goVersion,
          KernelVersion: DEFAULT_KERNEL,
          MinAPIVersion: SERVER.minApiVersion,
          Os: 'linux',
        }),
        component('containerd', SERVER.containerd.version, { GitCommit: SERVER.containerd.commit }),
        component('runc', SERVER.runc.version, { GitCommit: SERVER.runc.commit }),
        component('docker-init', SERVER.init.version, { GitCommit: SERVER.init.commit }),
      ],
      Version: SERVER.version,
      APIVersion: SERVER.apiVersion,
      MinAPIVersion: SERVER.minApiVersion,
      GitCommit: SERVER.gitCommit,
      GoVersion: SERVER.goVersion,
      Os: 'linux',
      Arch: 'amd64',
      KernelVersion: DEFAULT_KERNEL,
      Experimental: false,
      BuildTime: SERVER.built,
    },
    '*types.Version',
    ['MinAPIVersion', 'KernelVersion', 'Experimental', 'BuildTime'],
    { APIVersion: 'ApiVersion' },
  );
  const info = struct({ Client: client, Server: server }, 'system.versionInfo');
  // versionInfo.ServerOK(): the daemon always answers here.
  Object.defineProperty(info, 'ServerOK', { value: () => true, enumerable: false });
  return info;
}

/** The `docker version` text (defaultVersionTemplate through a tabwriter of minwidth 20). */
export function versionLines(): string[][] {
  const rows: string[][] = [
    ['Client:'],
    [' Version:', CLIENT.version],
    [' API version:', CLIENT.apiVersion],
    [' Go version:', CLIENT.goVersion],
    [' Git commit:', CLIENT.gitCommit],
    [' Built:', CLIENT.built],
    [' OS/Arch:', 'linux/amd64'],
    [' Context:', 'default'],
    [''],
    ['Server:'],
    [' Engine:'],
    ['  Version:', SERVER.version],
    ['  API version:', `${SERVER.apiVersion} (minimum version ${SERVER.minApiVersion})`],
    ['  Go version:', SERVER.goVersion],
    ['  Git commit:', SERVER.gitCommit],
    ['  Built:', SERVER.built],
    ['  OS/Arch:', 'linux/amd64'],
    ['  Experimental:', 'false'],
  ];
  for (const [name, c] of [
    ['containerd', SERVER.containerd],
    ['runc', SERVER.runc],
    ['docker-init', SERVER.init],
  ] as const) {
    rows.push([` ${name}:`], ['  Version:', c.version], ['  GitCommit:', c.commit]);
  }
  return rows;
}

export interface Counts {
  containers: number;
  running: number;
  paused: number;
  stopped: number;
  images: number;
}

/** Container counts as the daemon keeps them: restarting and created containers count as stopped. */
export function counts(state: EngineState): Counts {
  let running = 0;
  let paused = 0;
  let stopped = 0;
  for (const c of Object.values(state.containers)) {
    if (c.state.status === 'running') running++;
    else if (c.state.status === 'paused') paused++;
    else stopped++;
  }
  return {
    containers: running + paused + stopped,
    running,
    paused,
    stopped,
    images: Object.keys(state.images).length,
  };
}

/** A stable daemon ID in UUID form, derived from the host name. */
export function daemonId(hostname: string): string {
  const h = derivedHex('daemon-id:' + hostname, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export interface HostFacts {
  name: string;
  cpus: number;
  memoryBytes: number;
  kernel: string;
}

export function hostFacts(state: EngineState): HostFacts {
  return {
    name: state.host.hostname,
    cpus: state.host.cpus ?? DEFAULT_CPUS,
    memoryBytes: state.host.memoryBytes ?? DEFAULT_MEMORY,
    kernel: state.host.kernel ?? DEFAULT_KERNEL,
  };
}

const DRIVER_STATUS: [string, string][] = [
  ['Backing Filesystem', 'extfs'],
  ['Supports d_type', 'true'],
  ['Using metacopy', 'false'],
  ['Native Overlay Diff', 'true'],
  ['userxattr', 'false'],
];

const PLUGINS = {
  Volume: ['local'],
  Network: ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'],
  Log: ['awslogs', 'fluentd', 'gelf', 'journald', 'json-file', 'local', 'splunk', 'syslog'],
};

/** `docker info --format` data: system.Info's fields (promoted) plus ClientInfo. */
export function infoData(state: EngineState): object {
  const n = counts(state);
  const host = hostFacts(state);
  const clientInfo = struct(
    {
      Debug: false,
      Version: CLIENT.version,
      GitCommit: CLIENT.gitCommit,
      GoVersion: CLIENT.goVersion,
      Os: 'linux',
      Arch: 'amd64',
      BuildTime: CLIENT.built,
      Context: 'default',
      Plugins: CLI_PLUGINS.map((p) =>
        struct(
          {
            SchemaVersion: '0.1.0',
            Vendor: p.vendor,
            Version: p.version,
            ShortDescription: p.description,
            Name: p.name,
            Path: `${CLI_PLUGINS_DIR}/docker-${p.name}`,
          },
          'pluginmanager.Plugin',
        ),
      ),
      Warnings: nilSlice(),
    },
    '*command.clientInfo',
  );
  return struct(
    {
      ID: daemonId(host.name),
      Containers: n.containers,
      ContainersRunning: n.running,
      ContainersPaused: n.paused,
      ContainersStopped: n.stopped,
      Images: n.images,
      Driver: 'overlay2',
      DriverStatus: DRIVER_STATUS.map((r) => [...r]),
      Plugins: struct(
        { Volume: PLUGINS.Volume, Network: PLUGINS.Network, Authorization: null, Log: PLUGINS.Log },
        'system.PluginsInfo',
      ),
      MemoryLimit: true,
      SwapLimit: true,
      CPUCfsPeriod: true,
      CPUCfsQuota: true,
      CPUShares: true,
      CPUSet: true,
      PidsLimit: true,
      IPv4Forwarding: true,
      Debug: false,
      NFd: 24,
      OomKillDisable: true,
      NGoroutines: 42,
      SystemTime: rfc3339Nano(state.now),
      LoggingDriver: 'json-file',
      CgroupDriver: 'cgroupfs',
      CgroupVersion: '1',
      NEventsListener: 0,
      KernelVersion: host.kernel,
      OperatingSystem: OPERATING_SYSTEM,
      OSVersion: '12',
      OSType: 'linux',
      Architecture: 'x86_64',
      IndexServerAddress: 'https://index.docker.io/v1/',
      NCPU: host.cpus,
      MemTotal: host.memoryBytes,
      DockerRootDir: DATA_ROOT,
      HTTPProxy: '',
      HTTPSProxy: '',
      NoProxy: '',
      Name: host.name,
      Labels: [],
      ExperimentalBuild: false,
      ServerVersion: SERVER.version,
      DefaultRuntime: 'runc',
      LiveRestoreEnabled: false,
      Isolation: '',
      InitBinary: 'docker-init',
      ContainerdCommit: struct({ ID: SERVER.containerd.commit }, 'system.Commit'),
      RuncCommit: struct({ ID: SERVER.runc.commit }, 'system.Commit'),
      InitCommit: struct({ ID: SERVER.init.commit }, 'system.Commit'),
      SecurityOptions: ['name=seccomp,profile=builtin'],
      CDISpecDirs: ['/etc/cdi', '/var/run/cdi'],
      Warnings: nilSlice(),
      ClientInfo: clientInfo,
    },
    'system.dockerInfo',
    [],
    { CPUCfsPeriod: 'CpuCfsPeriod', CPUCfsQuota: 'CpuCfsQuota' },
  );
}

/** The `docker info` text, as prettyPrintInfo writes it (host values are the emulated machine's). */
export function infoText(state: EngineState): string {
  const n = counts(state);
  const host = hostFacts(state);
  const lines: string[] = [
    'Client:',
    ` Version:    ${CLIENT.version}`,
    ' Context:    default',
    ' Debug Mode: false',
    ' Plugins:',
  ];
  for (const p of CLI_PLUGINS) {
    lines.push(
      `  ${p.name}: ${p.description} (${p.vendor})`,
      `    Version:  ${p.version}`,
      `    Path:     ${CLI_PLUGINS_DIR}/docker-${p.name}`,
    );
  }
  lines.push(
    '',
    'Server:',
    ` Containers: ${n.containers}`,
    `  Running: ${n.running}`,
    `  Paused: ${n.paused}`,
    `  Stopped: ${n.stopped}`,
    ` Images: ${n.images}`,
    ` Server Version: ${SERVER.version}`,
    ' Storage Driver: overlay2',
    ...DRIVER_STATUS.map(([k, v]) => `  ${k}: ${v}`),
    ' Logging Driver: json-file',
    ' Cgroup Driver: cgroupfs',
    ' Cgroup Version: 1',
    ' Plugins:',
    `  Volume: ${PLUGINS.Volume.join(' ')}`,
    `  Network: ${PLUGINS.Network.join(' ')}`,
    `  Log: ${PLUGINS.Log.join(' ')}`,
    ' CDI spec directories:',
    '  /etc/cdi',
    '  /var/run/cdi',
    ' Swarm: inactive',
    ' Runtimes: io.containerd.runc.v2 runc',
    ' Default Runtime: runc',
    ' Init Binary: docker-init',
    ` containerd version: ${SERVER.containerd.commit}`,
    ` runc version: ${SERVER.runc.commit}`,
    ` init version: ${SERVER.init.commit}`,
    ' Security Options:',
    '  seccomp',
    '   Profile: builtin',
    ` Kernel Version: ${host.kernel}`,
    ` Operating System: ${OPERATING_SYSTEM}`,
    ' OSType: linux',
    ' Architecture: x86_64',
    ` CPUs: ${host.cpus}`,
    ` Total Memory: ${bytesSize(host.memoryBytes)}`,
    ` Name: ${host.name}`,
    ` ID: ${daemonId(host.name)}`,
    ` Docker Root Dir: ${DATA_ROOT}`,
    ' Debug Mode: false',
    ' Experimental: false',
    ' Insecure Registries:',
    '  ::1/128',
    '  127.0.0.0/8',
    ' Live Restore Enabled: false',
    '',
  );
  return lines.join('\n') + '\n';
}
