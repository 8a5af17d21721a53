// Test helper: an engine state built by hand with a few containers in every state, for the views' tests.
import { createEngine, type Engine } from '../../engine/index.ts';
import type { CommandSpec, FlagValue, Output } from '../command.ts';
import type { CliContext } from '../contract.ts';
import type {
  Container,
  ContainerConfig,
  ContainerState,
  EngineState,
  NetworkEndpoint,
  PortBinding,
} from '../../engine/types.ts';
import { networkByName } from './lookup.ts';

/** 2026-11-27T19:32:00Z, the day of the reference records. */
export const T0 = Date.UTC(2026, 10, 27, 19, 32, 0);

export interface ContainerSpec {
  id: string;
  name: string;
  image: string;
  created: number;
  cmd?: string[];
  status: ContainerState['status'];
  startedAt?: number | null;
  finishedAt?: number | null;
  exitCode?: number;
  ports?: PortBinding[];
  ip?: string;
  labels?: Record<string, string>;
  health?: ContainerState['health'];
  mounts?: ContainerConfig['mounts'];
  restartPolicy?: ContainerConfig['restartPolicy'];
  memory?: number;
  nanoCpus?: number;
  env?: string[];
  rwFiles?: Record<string, string>;
}

/** Adds a container as the engine would have left it; the image is looked up by tag. */
export function addContainer(state: EngineState, spec: ContainerSpec): Container {
  const tag = spec.image.includes(':') ? spec.image : `${spec.image}:latest`;
  const imageId = state.tags[tag];
  const image = imageId === undefined ? undefined : state.images[imageId];
  if (!image || imageId === undefined) throw new Error(`test-state: no image ${tag}`);
  const ic = image.config;
  const cmd = spec.cmd ?? ic.Cmd;
  const argv = [...(ic.Entrypoint ?? []), ...(cmd ?? [])];
  const exposed = new Set(Object.keys(ic.ExposedPorts ?? {}));
  for (const p of spec.ports ?? []) exposed.add(`${p.containerPort}/${p.proto}`);
  const live = spec.status === 'running' || spec.status === 'paused';
  const bridge = networkByName(state, 'bridge');
  if (!bridge) throw new Error('test-state: no bridge network');
  const endpoint: NetworkEndpoint = {
    networkId: bridge.id,
    endpointId: live ? spec.id.split('').reverse().join('') : '',
    ipAddress: live ? (spec.ip ?? '172.17.0.2') : '',
    ipPrefixLen: live ? 16 : 0,
    gateway: live ? '172.17.0.1' : '',
    macAddress: live ? '6a:d1:7b:82:8c:f1' : '',
    aliases: [],
    dnsNames: [],
  };
  const bound: PortBinding[] = [];
  if (live) {
    for (const p of spec.ports ?? []) {
      bound.push({ ...p, hostIp: '0.0.0.0' }, { ...p, hostIp: '::' });
    }
  }
  const config: ContainerConfig = {
    imageRef: spec.image,
    hostname: spec.id.slice(0, 12),
    domainname: '',
    user: ic.User,
    env: [...ic.Env, ...(spec.env ?? [])],
    cmd,
    entrypoint: ic.Entrypoint,
    workingDir: ic.WorkingDir,
    labels: { ...(ic.Labels ?? {}), ...(spec.labels ?? {}) },
    exposedPorts: [...exposed],
    tty: false,
    openStdin: false,
    stdinOnce: false,
    attachStdin: false,
    attachStdout: false,
    attachStderr: false,
    ...(ic.StopSignal ? { stopSignal: ic.StopSignal } : {}),
    volumes: Object.keys(ic.Volumes ?? {}),
    portBindings: (spec.ports ?? []).map((p) => ({ ...p, hostIp: '' })),
    publishAllPorts: false,
    mounts: spec.mounts ?? [],
    networkMode: 'bridge',
    networkAliases: [],
    restartPolicy: spec.restartPolicy ?? { name: 'no', maximumRetryCount: 0 },
    autoRemove: false,
    init: false,
    memory: spec.memory ?? 0,
    memorySwap: spec.memory ? spec.memory * 2 : 0,
    memoryReservation: 0,
    nanoCpus: spec.nanoCpus ?? 0,
    cpuShares: 0,
    cpusetCpus: '',
    pidsLimit: null,
    privileged: false,
    readonlyRootfs: false,
    capAdd: [],
    capDrop: [],
    dns: [],
    extraHosts: [],
    logDriver: 'json-file',
  };
  const rwLayer: Container['rwLayer'] = {};
  for (const [path, content] of Object.entries(spec.rwFiles ?? {})) {
    rwLayer[path] = { kind: 'file', content, mode: 0o644, uid: 0, gid: 0, mtime: spec.created };
  }
  const c: Container = {
    id: spec.id,
    name: spec.name,
    created: spec.created,
    imageId,
    path: argv[0] ?? '',
    args: argv.slice(1),
    config,
    state: {
      status: spec.status,
      pid: live ? 4242 : 0,
      exitCode: spec.exitCode ?? 0,
      error: '',
      oomKilled: false,
      startedAt: spec.startedAt ?? null,
      finishedAt: spec.finishedAt ?? null,
      stoppedByUser: false,
      ...(spec.health ? { health: spec.health } : {}),
    },
    restartCount: 0,
    endpoints: { bridge: endpoint },
    boundPorts: bound,
    rwLayer,
    logs: [],
    logsDropped: 0,
    processes: [],
    execIds: [],
    stdinBuffer: '',
    stdinClosed: false,
  };
  state.containers[c.id] = c;
  return c;
}

const hex = (seed: string): string => (seed.repeat(64) + '0'.repeat(64)).slice(0, 64);

export const IDS = {
  web: 'dfec2fec9d0793db2ab3c16f0f23383c7a05c40c07c93b40c2a2c2cf75bf9b67',
  sortie: hex('ab12'),
  cree: hex('cd34'),
  pause: hex('ef56'),
} as const;

/**
 * A state at T0 + 60 s with: `web` (nginx, running, 8080→80), `sortie` (busybox, exited 3),
 * `cree` (busybox, created, never started) and `pause` (nginx, paused), created in that order.
 */
export function sampleState(): EngineState {
  const state = createEngine({ now: T0 }).toSnapshot();
  addContainer(state, {
    id: IDS.web,
    name: 'web',
    image: 'nginx',
    created: T0 + 5_000,
    status: 'running',
    startedAt: T0 + 5_100,
    ports: [{ containerPort: 80, proto: 'tcp', hostIp: '', hostPort: 8080 }],
    ip: '172.17.0.2',
    rwFiles: { '/var/cache/nginx/.keep': 'x'.repeat(1090), '/etc/nginx/conf.d/default.conf': '' },
  });
  addContainer(state, {
    id: IDS.sortie,
    name: 'sortie',
    image: 'busybox',
    cmd: ['sh', '-c', 'echo boom; exit 3'],
    created: T0 + 10_000,
    status: 'exited',
    startedAt: T0 + 10_100,
    finishedAt: T0 + 12_000,
    exitCode: 3,
  });
  addContainer(state, {
    id: IDS.cree,
    name: 'cree',
    image: 'busybox',
    cmd: ['sleep', '3600'],
    created: T0 + 20_000,
    status: 'created',
  });
  addContainer(state, {
    id: IDS.pause,
    name: 'pause',
    image: 'nginx',
    created: T0 + 30_000,
    status: 'paused',
    startedAt: T0 + 30_200,
    ip: '172.17.0.3',
  });
  state.now = T0 + 60_000;
  return state;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** Runs a command module as the CLI would after parsing: flags by long name, positional arguments. */
export async function runCommand(
  spec: CommandSpec,
  engine: Engine,
  path: string[],
  values: Record<string, FlagValue> = {},
  args: string[] = [],
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const out: Output = { stdout: (d) => (stdout += d), stderr: (d) => (stderr += d) };
  const ctx: CliContext = {
    engine,
    stdin: { read: async () => null },
    stdoutIsTTY: false,
    stdinIsTTY: false,
    columns: 80,
    rows: 24,
    signal: new AbortController().signal,
    env: {},
    cwd: '/home/apprenant',
  };
  const code = await spec.run({
    engine,
    ctx,
    out,
    flags: { values, given: Object.keys(values) },
    args,
    path,
  });
  return { stdout, stderr, code };
}

/** An engine over the sample state. */
export function sampleEngine(): Engine {
  return createEngine({ state: sampleState() });
}
