// `docker inspect` of a container (types.ContainerJSON): every field of the reference, in Docker's key order.
import type { Container, EngineState, HealthcheckConfig } from '../../engine/types.ts';
import { sortedRecord, type GoJsonValue } from './go-json.ts';
import { rfc3339Nano } from './go-time.ts';
import {
  containerNetworks,
  exposedPortKeys,
  hasLiveNetwork,
  hostConfigPortBindings,
  isAnonymousVolume,
  isRunning,
  mountPoints,
  networkSettingsPorts,
  rwLayerSize,
} from './container-view.ts';
import { containerDir, containerLayerDir, imageLayerDirs, sandboxId, sandboxKey } from './paths.ts';
import { goStruct } from '../format/go-template/values.ts';
import { nilMap, nilSlice, sliceOrNil, struct, typedMap } from './go-values.ts';

type Json = { [key: string]: GoJsonValue | undefined };

const MASKED_PATHS = [
  '/proc/asound',
  '/proc/acpi',
  '/proc/interrupts',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/sys/firmware',
  '/sys/devices/virtual/powercap',
];

const READONLY_PATHS = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

/** Default /dev/shm size (64 MiB). */
const SHM_SIZE = 67_108_864;

/** HealthConfig with Go's omitempty on the durations and retries. */
export function healthcheckJson(h: HealthcheckConfig): Json {
  const out: Json = struct({ Test: [...h.Test] }, '*container.HealthConfig');
  if (h.Interval) out.Interval = h.Interval;
  if (h.Timeout) out.Timeout = h.Timeout;
  if (h.StartPeriod) out.StartPeriod = h.StartPeriod;
  if (h.StartInterval) out.StartInterval = h.StartInterval;
  if (h.Retries) out.Retries = h.Retries;
  return out;
}

/** A set such as ExposedPorts or Volumes: sorted keys, each an empty struct (printed `{}`); nil when empty. */
function emptyStructSet(keys: readonly string[], typeName: string): Json {
  if (keys.length === 0) return nilMap(typeName);
  const out: Record<string, Json> = {};
  for (const k of [...new Set(keys)].sort()) out[k] = goStruct({});
  return typedMap(out, typeName);
}

function stateJson(c: Container): Json {
  const st = c.state;
  const out: Json = struct(
    {
      Status: st.status,
      Running: isRunning(c),
      Paused: st.status === 'paused',
      Restarting: st.status === 'restarting',
      OOMKilled: st.oomKilled,
      Dead: st.status === 'dead',
      Pid: st.status === 'running' || st.status === 'paused' ? st.pid : 0,
      ExitCode: st.exitCode,
      Error: st.error,
      StartedAt: rfc3339Nano(st.startedAt),
      FinishedAt: rfc3339Nano(st.finishedAt),
      // A nil *Health without a healthcheck: `{{.State.Health}}` prints <nil>, the JSON leaves it out.
      Health: null,
    },
    '*container.State',
    ['*Health'],
  );
  if (st.health) {
    out.Health = struct(
      {
        Status: st.health.status,
        FailingStreak: st.health.failingStreak,
        Log: st.health.log.map((l) =>
          struct(
            {
              Start: rfc3339Nano(l.start),
              End: rfc3339Nano(l.end),
              ExitCode: l.exitCode,
              Output: l.output,
            },
            '*container.HealthcheckResult',
          ),
        ),
      },
      '*container.Health',
    );
  }
  return out;
}

/** HostConfig.Binds: the `-v SOURCE:TARGET[:ro]` mounts (anonymous volumes are not binds). */
function binds(state: EngineState, c: Container): string[] {
  const list = c.config.mounts
    .filter((m) => m.type !== 'tmpfs' && !isAnonymousVolume(state, m))
    .map((m) => `${m.source}:${m.target}${m.readOnly ? ':ro' : ''}`);
  return sliceOrNil(list);
}

function hostConfigJson(state: EngineState, c: Container): Json {
  const cfg = c.config;
  const tmpfs: Record<string, string> = {};
  for (const m of cfg.mounts) if (m.type === 'tmpfs') tmpfs[m.target] = m.readOnly ? 'ro' : '';
  const memorySwap = cfg.memorySwap !== 0 ? cfg.memorySwap : cfg.memory > 0 ? cfg.memory * 2 : 0;
  const portBindings: Record<string, Json[]> = {};
  for (const [key, list] of Object.entries(hostConfigPortBindings(c))) {
    portBindings[key] = list.map((b) => struct({ ...b }, 'nat.PortBinding'));
  }
  return struct(
    {
      Binds: binds(state, c),
      ContainerIDFile: '',
      LogConfig: struct(
        { Type: cfg.logDriver || 'json-file', Config: typedMap({}) },
        'container.LogConfig',
      ),
      NetworkMode: cfg.networkMode === 'default' ? 'bridge' : cfg.networkMode,
      PortBindings: typedMap(portBindings, 'map[nat.Port][]nat.PortBinding'),
      RestartPolicy: struct(
        { Name: cfg.restartPolicy.name, MaximumRetryCount: cfg.restartPolicy.maximumRetryCount },
        'container.RestartPolicy',
      ),
      AutoRemove: cfg.autoRemove,
      VolumeDriver: '',
      VolumesFrom: nilSlice(),
      ConsoleSize: [0, 0],
      Annotations: nilMap(),
      CapAdd: sliceOrNil(cfg.capAdd, 'strslice.StrSlice'),
      CapDrop: sliceOrNil(cfg.capDrop, 'strslice.StrSlice'),
      CgroupnsMode: 'host',
      Dns: [...cfg.dns],
      DnsOptions: [],
      DnsSearch: [],
      ExtraHosts: sliceOrNil(cfg.extraHosts),
      GroupAdd: nilSlice(),
      IpcMode: 'private',
      Cgroup: '',
      Links: nilSlice(),
      OomScoreAdj: 0,
      PidMode: '',
      Privileged: cfg.privileged,
      PublishAllPorts: cfg.publishAllPorts,
      ReadonlyRootfs: cfg.readonlyRootfs,
      SecurityOpt: nilSlice(),
      StorageOpt: nilMap(),
      Tmpfs: Object.keys(tmpfs).length > 0 ? typedMap(sortedRecord(tmpfs)) : nilMap(),
      UTSMode: '',
      UsernsMode: '',
      ShmSize: SHM_SIZE,
      Sysctls: nilMap(),
      Runtime: 'runc',
      Isolation: '',
      CpuShares: cfg.cpuShares,
      Memory: cfg.memory,
      NanoCpus: cfg.nanoCpus,
      CgroupParent: '',
      BlkioWeight: 0,
      BlkioWeightDevice: [],
      BlkioDeviceReadBps: [],
      BlkioDeviceWriteBps: [],
      BlkioDeviceReadIOps: [],
      BlkioDeviceWriteIOps: [],
      CpuPeriod: 0,
      CpuQuota: 0,
      CpuRealtimePeriod: 0,
      CpuRealtimeRuntime: 0,
      CpusetCpus: cfg.cpusetCpus,
      CpusetMems: '',
      Devices: [],
      DeviceCgroupRules: nilSlice(),
      DeviceRequests: nilSlice('[]container.DeviceRequest'),
      KernelMemory: 0,
      KernelMemoryTCP: 0,
      MemoryReservation: cfg.memoryReservation,
      MemorySwap: memorySwap,
      MemorySwappiness: null,
      OomKillDisable: false,
      PidsLimit: cfg.pidsLimit === null || cfg.pidsLimit === 0 ? null : cfg.pidsLimit,
      Ulimits: [],
      CpuCount: 0,
      CpuPercent: 0,
      IOMaximumIOps: 0,
      IOMaximumBandwidth: 0,
      Mounts: nilSlice('[]mount.Mount'),
      // A privileged container gets no masked or read-only paths.
      MaskedPaths: cfg.privileged ? nilSlice() : [...MASKED_PATHS],
      ReadonlyPaths: cfg.privileged ? nilSlice() : [...READONLY_PATHS],
      Init: cfg.init ? true : null,
    },
    '*container.HostConfig',
    [
      'Annotations',
      'StorageOpt',
      'Tmpfs',
      'Sysctls',
      'Runtime',
      'KernelMemory',
      'KernelMemoryTCP',
      'Mounts',
      '*Init',
    ],
  );
}

function graphDriverJson(state: EngineState, c: Container): Json {
  const layer = containerLayerDir(c.id);
  const image = state.images[c.imageId];
  const lower = [`${layer}-init`, ...imageLayerDirs(image?.layers ?? [])].map((d) => `${d}/diff`);
  return struct(
    {
      Data: typedMap({
        ID: c.id,
        LowerDir: lower.join(':'),
        MergedDir: `${layer}/merged`,
        UpperDir: `${layer}/diff`,
        WorkDir: `${layer}/work`,
      }),
      Name: 'overlay2',
    },
    'storage.DriverData',
  );
}

function configJson(c: Container): Json {
  const cfg = c.config;
  const volumesType = 'map[string]struct {}';
  return struct(
    {
      Hostname: cfg.hostname,
      Domainname: cfg.domainname,
      User: cfg.user,
      AttachStdin: cfg.attachStdin,
      AttachStdout: cfg.attachStdout,
      AttachStderr: cfg.attachStderr,
      ExposedPorts: emptyStructSet(exposedPortKeys(c), 'map[nat.Port]struct {}'),
      Tty: cfg.tty,
      OpenStdin: cfg.openStdin,
      StdinOnce: cfg.stdinOnce,
      Env: [...cfg.env],
      Cmd: sliceOrNil(cfg.cmd, 'strslice.StrSlice'),
      Healthcheck: cfg.healthcheck ? healthcheckJson(cfg.healthcheck) : null,
      ArgsEscaped: false,
      Image: cfg.imageRef,
      Volumes: emptyStructSet(cfg.volumes, volumesType),
      WorkingDir: cfg.workingDir,
      Entrypoint: sliceOrNil(cfg.entrypoint, 'strslice.StrSlice'),
      NetworkDisabled: false,
      OnBuild: nilSlice(),
      Labels: typedMap(sortedRecord(cfg.labels)),
      StopSignal: cfg.stopSignal ?? '',
      StopTimeout: cfg.stopTimeout ?? null,
      Shell: nilSlice('strslice.StrSlice'),
    },
    '*container.Config',
    [
      'ExposedPorts',
      'Healthcheck',
      'ArgsEscaped',
      'NetworkDisabled',
      'StopSignal',
      'StopTimeout',
      'Shell',
    ],
  );
}

function networkSettingsJson(state: EngineState, c: Container): Json {
  const live = hasLiveNetwork(c);
  const networks = containerNetworks(state, c).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const bridge = networks.find((n) => n.name === 'bridge')?.endpoint;
  const sandbox = live ? sandboxId(c.id, c.state.startedAt ?? 0) : '';
  const nets: Record<string, Json> = {};
  for (const n of networks) {
    const ep = n.endpoint;
    nets[n.name] = struct(
      {
        IPAMConfig: null,
        Links: nilSlice(),
        Aliases: sliceOrNil(ep?.aliases),
        MacAddress: ep?.macAddress ?? '',
        DriverOpts: nilMap(),
        GwPriority: 0,
        NetworkID: n.networkId,
        EndpointID: ep?.endpointId ?? '',
        Gateway: ep?.gateway ?? '',
        IPAddress: ep?.ipAddress ?? '',
        IPPrefixLen: ep?.ipPrefixLen ?? 0,
        IPv6Gateway: '',
        GlobalIPv6Address: '',
        GlobalIPv6PrefixLen: 0,
        DNSNames: sliceOrNil(ep?.dnsNames),
      },
      '*network.EndpointSettings',
    );
  }
  const ports: Record<string, GoJsonValue> = {};
  for (const [key, list] of Object.entries(networkSettingsPorts(c))) {
    ports[key] = list
      ? list.map((b): Json => struct({ ...b }, 'nat.PortBinding'))
      : nilSlice('[]nat.PortBinding');
  }
  return struct(
    {
      Bridge: '',
      SandboxID: sandbox,
      SandboxKey: live ? sandboxKey(sandbox) : '',
      Ports: typedMap(ports, 'map[nat.Port][]nat.PortBinding'),
      HairpinMode: false,
      LinkLocalIPv6Address: '',
      LinkLocalIPv6PrefixLen: 0,
      SecondaryIPAddresses: nilSlice('[]network.Address'),
      SecondaryIPv6Addresses: nilSlice('[]network.Address'),
      EndpointID: bridge?.endpointId ?? '',
      Gateway: bridge?.gateway ?? '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      IPAddress: bridge?.ipAddress ?? '',
      IPPrefixLen: bridge?.ipPrefixLen ?? 0,
      IPv6Gateway: '',
      MacAddress: bridge?.macAddress ?? '',
      Networks: typedMap(nets, 'map[string]*network.EndpointSettings'),
    },
    '*container.NetworkSettings',
  );
}

export interface InspectContainerOptions {
  /** `docker inspect -s`: adds SizeRw and SizeRootFs. */
  size?: boolean;
}

/** The full inspect object of a container, as the daemon returns it. */
export function inspectContainer(
  state: EngineState,
  c: Container,
  options: InspectContainerOptions = {},
): Json {
  const dir = containerDir(c.id);
  const rw = options.size ? rwLayerSize(c) : 0;
  return struct(
    {
      Id: c.id,
      Created: rfc3339Nano(c.created),
      Path: c.path,
      Args: [...c.args],
      State: stateJson(c),
      Image: 'sha256:' + c.imageId,
      ResolvConfPath: `${dir}/resolv.conf`,
      HostnamePath: `${dir}/hostname`,
      HostsPath: `${dir}/hosts`,
      LogPath: `${dir}/${c.id}-json.log`,
      Name: '/' + c.name,
      RestartCount: c.restartCount,
      Driver: 'overlay2',
      Platform: 'linux',
      MountLabel: '',
      ProcessLabel: '',
      AppArmorProfile: '',
      ExecIDs: sliceOrNil(c.execIds),
      HostConfig: hostConfigJson(state, c),
      GraphDriver: graphDriverJson(state, c),
      // -s adds the sizes; without it they are nil pointers, left out of the JSON.
      SizeRw: options.size ? rw : null,
      SizeRootFs: options.size ? rw + (state.images[c.imageId]?.size ?? 0) : null,
      Mounts: mountPoints(state, c).map((m) =>
        struct(
          {
            Type: m.Type,
            Name: m.Name ?? '',
            Source: m.Source,
            Destination: m.Destination,
            Driver: m.Driver ?? '',
            Mode: m.Mode,
            RW: m.RW,
            Propagation: m.Propagation,
          },
          'container.MountPoint',
          ['Type', 'Name', 'Driver'],
        ),
      ),
      Config: configJson(c),
      NetworkSettings: networkSettingsJson(state, c),
    },
    'container.InspectResponse',
    ['*SizeRw', '*SizeRootFs'],
  );
}
