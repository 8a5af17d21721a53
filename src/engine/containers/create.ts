// `docker create`: the daemon-side validation, name generation and the new container's state.
import type {
  Container,
  ContainerConfig,
  EngineState,
  HealthcheckConfig,
  MountSpec,
  PortBinding,
  RestartPolicy,
} from '../types.ts';
import { fail, ok, type EngineError, type Result } from '../errors.ts';
import { randomId, randomInt } from '../rng.ts';
import { lateParts } from '../late.ts';
import {
  containerCount,
  findContainerByName,
  lookupNetwork,
  resolveImageForRun,
} from './lookup.ts';

/** What `docker run`/`create` sends: the image as typed, argv overrides and the options. */
export interface CreateSpec {
  image: string;
  name?: string;
  /** Arguments after IMAGE; empty = the image's CMD. */
  cmd?: string[];
  /** `--entrypoint`: [] clears the image's entrypoint ("--entrypoint ''"). */
  entrypoint?: string[];
  env?: string[];
  labels?: Record<string, string>;
  hostname?: string;
  domainname?: string;
  user?: string;
  workingDir?: string;
  tty?: boolean;
  openStdin?: boolean;
  stdinOnce?: boolean;
  attachStdin?: boolean;
  attachStdout?: boolean;
  attachStderr?: boolean;
  stopSignal?: string;
  stopTimeout?: number;
  healthcheck?: HealthcheckConfig;
  /** `--expose` ports ("8080/tcp"). */
  expose?: string[];
  portBindings?: PortBinding[];
  publishAllPorts?: boolean;
  mounts?: MountSpec[];
  networkMode?: string;
  networkAliases?: string[];
  /** Raw `--restart` value ("no", "always", "on-failure:3"…), validated here as the daemon does. */
  restart?: string;
  autoRemove?: boolean;
  init?: boolean;
  memory?: number;
  memorySwap?: number;
  memoryReservation?: number;
  nanoCpus?: number;
  cpuShares?: number;
  pidsLimit?: number | null;
  privileged?: boolean;
  readonlyRootfs?: boolean;
  capAdd?: string[];
  capDrop?: string[];
  dns?: string[];
  extraHosts?: string[];
  logDriver?: string;
}

const VALID_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const MIN_MEMORY = 6 * 1024 * 1024;

export function isValidContainerName(name: string): boolean {
  return VALID_NAME.test(name);
}

/** moby's namesgenerator.GetRandomName: never "boring_wozniak"; a digit is appended on retries. */
export function randomName(state: EngineState, retry: number): string {
  const { adjectives, surnames } = lateParts().nameWords;
  for (;;) {
    const name = `${adjectives[randomInt(state, adjectives.length)]}_${surnames[randomInt(state, surnames.length)]}`;
    if (name === 'boring_wozniak') continue; // Steve Wozniak is not boring.
    return retry > 0 ? `${name}${randomInt(state, 10)}` : name;
  }
}

export function parseRestartPolicy(raw: string | undefined): Result<RestartPolicy> {
  if (raw === undefined || raw === '' || raw === 'no')
    return ok({ name: 'no', maximumRetryCount: 0 });
  const [name = '', count] = raw.split(':');
  if (name !== 'no' && name !== 'always' && name !== 'on-failure' && name !== 'unless-stopped') {
    return fail({ code: 'INVALID_RESTART_POLICY', policy: name });
  }
  if (count !== undefined) {
    const n = Number(count);
    if (name !== 'on-failure') return fail({ code: 'RESTART_RETRY_WITHOUT_ON_FAILURE' });
    if (!/^-?\d+$/.test(count)) return fail({ code: 'INVALID_RESTART_POLICY', policy: raw });
    if (n < 0) return fail({ code: 'RESTART_NEGATIVE_RETRY' });
    return ok({ name, maximumRetryCount: n });
  }
  return ok({ name, maximumRetryCount: 0 });
}

function validateResources(state: EngineState, spec: CreateSpec): EngineError | undefined {
  if (spec.memory !== undefined && spec.memory > 0 && spec.memory < MIN_MEMORY)
    return { code: 'MEMORY_TOO_SMALL' };
  if (
    spec.memorySwap !== undefined &&
    spec.memorySwap > 0 &&
    spec.memory !== undefined &&
    spec.memory > 0 &&
    spec.memorySwap < spec.memory
  ) {
    return { code: 'MEMORY_SWAP_TOO_SMALL' };
  }
  const cpus = state.host.cpus ?? 2;
  if (
    spec.nanoCpus !== undefined &&
    spec.nanoCpus !== 0 &&
    (spec.nanoCpus < 0.01e9 || spec.nanoCpus > cpus * 1e9)
  ) {
    return { code: 'CPUS_OUT_OF_RANGE', max: cpus };
  }
  return undefined;
}

export function buildContainer(state: EngineState, spec: CreateSpec): Result<Container> {
  if (containerCount(state) >= state.limits.maxContainers) {
    return fail({ code: 'CONTAINER_LIMIT', max: state.limits.maxContainers });
  }
  // Daemon order: host config checks, then the image, then the name.
  const resErr = validateResources(state, spec);
  if (resErr) return fail(resErr);
  const restart = parseRestartPolicy(spec.restart);
  if (!restart.ok) return restart;
  if (spec.autoRemove && restart.value.name !== 'no')
    return fail({ code: 'AUTOREMOVE_WITH_RESTART' });
  const img = resolveImageForRun(state, spec.image);
  if (!img.ok) return img;
  const image = img.value.image;
  if (spec.name !== undefined && spec.name !== '') {
    if (!isValidContainerName(spec.name)) return fail({ code: 'INVALID_NAME', name: spec.name });
  }
  const networkMode =
    spec.networkMode && spec.networkMode !== 'default' ? spec.networkMode : 'bridge';
  // A missing network is only noticed at start ("failed to set up container networking"), as Docker 28 does.
  const network =
    networkMode === 'host' || networkMode === 'none'
      ? undefined
      : lookupNetwork(state, networkMode);

  const id = randomId(state);
  let name = spec.name ? spec.name.replace(/^\//, '') : '';
  if (name) {
    const holder = findContainerByName(state, name);
    if (holder) return fail({ code: 'NAME_CONFLICT', name, id: holder.id });
  } else {
    for (let retry = 0; retry < 6 && !name; retry++) {
      const candidate = randomName(state, retry);
      if (!findContainerByName(state, candidate)) name = candidate;
    }
    if (!name) name = id.slice(0, 12);
  }

  const ic = image.config;
  const entrypoint =
    spec.entrypoint !== undefined
      ? spec.entrypoint.length
        ? spec.entrypoint
        : null
      : ic.Entrypoint;
  // A new entrypoint drops the image's CMD, as Docker does.
  const cmd =
    spec.cmd && spec.cmd.length ? spec.cmd : spec.entrypoint !== undefined ? null : ic.Cmd;
  const argv = [...(entrypoint ?? []), ...(cmd ?? [])];
  const exposed = new Set<string>(Object.keys(ic.ExposedPorts ?? {}));
  for (const e of spec.expose ?? []) exposed.add(e.includes('/') ? e : `${e}/tcp`);
  for (const b of spec.portBindings ?? []) exposed.add(`${b.containerPort}/${b.proto}`);
  // As the daemon merges them: the user's variables first, then the image's that they do not override.
  const userEnv = spec.env ?? [];
  const userKeys = new Set(userEnv.map((kv) => kv.split('=')[0] ?? ''));
  const env = [...userEnv, ...ic.Env.filter((kv) => !userKeys.has(kv.split('=')[0] ?? ''))];
  const config: ContainerConfig = {
    imageRef: spec.image,
    hostname: spec.hostname || id.slice(0, 12),
    domainname: spec.domainname ?? '',
    user: spec.user ?? ic.User,
    env,
    cmd,
    entrypoint,
    workingDir: spec.workingDir ?? ic.WorkingDir,
    labels: { ...(ic.Labels ?? {}), ...(spec.labels ?? {}) },
    exposedPorts: [...exposed],
    tty: spec.tty ?? false,
    openStdin: spec.openStdin ?? false,
    stdinOnce: spec.stdinOnce ?? false,
    attachStdin: spec.attachStdin ?? false,
    attachStdout: spec.attachStdout ?? false,
    attachStderr: spec.attachStderr ?? false,
    ...((spec.stopSignal ?? ic.StopSignal) ? { stopSignal: spec.stopSignal ?? ic.StopSignal } : {}),
    ...(spec.stopTimeout !== undefined ? { stopTimeout: spec.stopTimeout } : {}),
    ...((spec.healthcheck ?? ic.Healthcheck)
      ? { healthcheck: spec.healthcheck ?? ic.Healthcheck }
      : {}),
    volumes: Object.keys(ic.Volumes ?? {}),
    portBindings: spec.portBindings ?? [],
    publishAllPorts: spec.publishAllPorts ?? false,
    mounts: spec.mounts ?? [],
    networkMode,
    networkAliases: spec.networkAliases ?? [],
    restartPolicy: restart.value,
    autoRemove: spec.autoRemove ?? false,
    init: spec.init ?? false,
    memory: spec.memory ?? 0,
    memorySwap: spec.memorySwap ?? (spec.memory ? spec.memory * 2 : 0),
    memoryReservation: spec.memoryReservation ?? 0,
    nanoCpus: spec.nanoCpus ?? 0,
    cpuShares: spec.cpuShares ?? 0,
    cpusetCpus: '',
    pidsLimit: spec.pidsLimit ?? null,
    privileged: spec.privileged ?? false,
    readonlyRootfs: spec.readonlyRootfs ?? false,
    capAdd: spec.capAdd ?? [],
    capDrop: spec.capDrop ?? [],
    dns: spec.dns ?? [],
    extraHosts: spec.extraHosts ?? [],
    logDriver: spec.logDriver ?? 'json-file',
  };
  const endpoints: Container['endpoints'] = {};
  if (network) {
    endpoints[network.name] = {
      networkId: network.id,
      endpointId: '',
      ipAddress: '',
      ipPrefixLen: 0,
      gateway: '',
      macAddress: '',
      aliases: network.builtin ? [] : [...(spec.networkAliases ?? [])],
      dnsNames: network.builtin ? [] : [name, id.slice(0, 12), ...(spec.networkAliases ?? [])],
    };
  }
  return ok({
    id,
    name,
    created: state.now,
    imageId: image.id,
    path: argv[0] ?? '',
    args: argv.slice(1),
    config,
    state: {
      status: 'created',
      pid: 0,
      exitCode: 0,
      error: '',
      oomKilled: false,
      startedAt: null,
      finishedAt: null,
      stoppedByUser: false,
    },
    restartCount: 0,
    endpoints,
    boundPorts: [],
    rwLayer: {},
    logs: [],
    logsDropped: 0,
    processes: [],
    execIds: [],
    stdinBuffer: '',
    stdinClosed: false,
  });
}
