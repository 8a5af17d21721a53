// `docker run`/`create` options → the engine's CreateSpec, with the CLI-side validation Docker does.
import type { CreateSpec, PortBinding, HealthcheckConfig } from '../../engine/index.ts';
import type { FlagSpec, Invocation } from '../command.ts';
import { flagsOf } from './spec-helpers.ts';
import { parseSize, parseGoDuration } from '../format/units.ts';
import { parseNanoCpus } from '../values.ts';
import { parseMounts } from './mount-options.ts';

/** run/create flags this emulator implements (others print the French notice). */
export const EMULATED_RUN_FLAGS = [
  'add-host',
  'attach',
  'cap-add',
  'cap-drop',
  'cpu-shares',
  'cpus',
  'detach',
  'dns',
  'domainname',
  'entrypoint',
  'env',
  'env-file',
  'expose',
  'health-cmd',
  'health-interval',
  'health-retries',
  'health-start-interval',
  'health-start-period',
  'health-timeout',
  'help',
  'hostname',
  'init',
  'interactive',
  'label',
  'log-driver',
  'memory',
  'memory-reservation',
  'memory-swap',
  'mount',
  'name',
  'network',
  'network-alias',
  'no-healthcheck',
  'pids-limit',
  'privileged',
  'publish',
  'publish-all',
  'quiet',
  'read-only',
  'restart',
  'rm',
  'sig-proxy',
  'stop-signal',
  'stop-timeout',
  'tty',
  'user',
  'volume',
  'workdir',
  'disable-content-trust',
];

export function runFlags(dataPath: 'run' | 'create'): FlagSpec[] {
  return flagsOf(dataPath, EMULATED_RUN_FLAGS).filter(
    (f) => dataPath === 'run' || (f.long !== 'detach' && f.long !== 'sig-proxy'),
  );
}

type Spec = { ok: true; spec: CreateSpec } | { ok: false; message: string };

const str = (inv: Invocation, name: string): string | undefined => {
  const v = inv.flags.values[name];
  return typeof v === 'string' ? v : undefined;
};
const list = (inv: Invocation, name: string): string[] => {
  const v = inv.flags.values[name];
  return Array.isArray(v) ? v : [];
};
const bool = (inv: Invocation, name: string): boolean => inv.flags.values[name] === true;

function parsePortRange(s: string): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  if (a > 65535 || b > 65535 || b < a) return undefined;
  return [a, b];
}

function isIp(ip: string): boolean {
  if (/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(ip))
    return ip.split('.').every((p) => Number(p) <= 255);
  return /^[0-9a-fA-F:]+$/.test(ip) && ip.includes(':');
}

/** go-connections' nat.ParsePortSpec, with its error texts. */
export function parsePortSpec(
  raw: string,
): { ok: true; bindings: PortBinding[] } | { ok: false; message: string } {
  const parts = raw.split(':');
  const n = parts.length;
  let ip = '';
  let hostPort = '';
  let containerPort = parts[n - 1] ?? '';
  if (n === 2) hostPort = parts[0] ?? '';
  else if (n === 3) [ip = '', hostPort = ''] = parts;
  else if (n > 3) {
    ip = parts.slice(0, n - 2).join(':');
    hostPort = parts[n - 2] ?? '';
  }
  let proto = 'tcp';
  const slash = containerPort.split('/');
  if (containerPort === '' || (slash[0] ?? '') === '') containerPort = '';
  else if (slash.length > 1) {
    proto = slash[1] === '' ? 'tcp' : (slash[1] ?? 'tcp');
    containerPort = slash[0] ?? '';
  }
  if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
  if (ip !== '' && !isIp(ip)) return { ok: false, message: `invalid IP address: ${ip}` };
  if (containerPort === '') return { ok: false, message: `no port specified: ${raw}<empty>` };
  const cRange = parsePortRange(containerPort);
  if (!cRange) return { ok: false, message: `invalid containerPort: ${containerPort}` };
  let hRange: [number, number] | undefined;
  if (hostPort !== '') {
    hRange = parsePortRange(hostPort);
    if (!hRange) return { ok: false, message: `invalid hostPort: ${hostPort}` };
    if (hRange[1] - hRange[0] !== cRange[1] - cRange[0] && hRange[0] !== hRange[1]) {
      return {
        ok: false,
        message: `invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`,
      };
    }
  }
  if (!['tcp', 'udp', 'sctp'].includes(proto.toLowerCase()))
    return { ok: false, message: `invalid proto: ${proto}` };
  const bindings: PortBinding[] = [];
  for (let p = cRange[0]; p <= cRange[1]; p++) {
    const h = hRange ? (hRange[0] === hRange[1] ? hRange[0] : hRange[0] + (p - cRange[0])) : 0;
    bindings.push({
      containerPort: p,
      proto: proto.toLowerCase() as PortBinding['proto'],
      hostIp: ip,
      hostPort: h,
    });
  }
  return { ok: true, bindings };
}

function parseEnvList(
  values: string[],
  env: Record<string, string>,
): { ok: true; env: string[] } | { ok: false; message: string } {
  const out: string[] = [];
  for (const v of values) {
    const eq = v.indexOf('=');
    const key = eq >= 0 ? v.slice(0, eq) : v;
    if (key === '' || (/\s/.test(key) && eq < 0))
      return { ok: false, message: `invalid environment variable: ${v}` };
    if (eq >= 0) out.push(v);
    else if (key in env) out.push(`${key}=${env[key]}`);
  }
  return { ok: true, env: out };
}

function readHostFile(inv: Invocation, path: string): string | undefined {
  const abs = path.startsWith('/') ? path : `${inv.ctx.cwd.replace(/\/$/, '')}/${path}`;
  const parts: string[] = [];
  for (const seg of abs.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  const e = inv.engine.state.host.files[`/${parts.join('/')}`];
  return e && e.kind === 'file' ? e.content : undefined;
}

function durationNs(inv: Invocation, name: string): number | undefined {
  const v = str(inv, name);
  if (v === undefined) return undefined;
  const d = parseGoDuration(v);
  return d.ok ? Math.round(d.value * 1e6) : undefined;
}

/** Builds the CreateSpec; the message of the first CLI-side error otherwise (printed as "docker: …"). */
export function toCreateSpec(inv: Invocation, image: string, cmd: string[]): Spec {
  const spec: CreateSpec = { image, cmd };
  const name = str(inv, 'name');
  if (name !== undefined) spec.name = name;
  const portBindings: PortBinding[] = [];
  for (const p of list(inv, 'publish')) {
    for (const one of p.split(',')) {
      const r = parsePortSpec(one);
      if (!r.ok) return { ok: false, message: r.message };
      portBindings.push(...r.bindings);
    }
  }
  if (portBindings.length) spec.portBindings = portBindings;
  if (bool(inv, 'publish-all')) spec.publishAllPorts = true;
  const envValues: string[] = [];
  for (const file of list(inv, 'env-file')) {
    const content = readHostFile(inv, file);
    if (content === undefined)
      return { ok: false, message: `open ${file}: no such file or directory` };
    for (const line of content.split('\n')) {
      const l = line.replace(/^\s+/, '');
      if (l === '' || l.startsWith('#')) continue;
      envValues.push(l);
    }
  }
  envValues.push(...list(inv, 'env'));
  const env = parseEnvList(envValues, inv.ctx.env);
  if (!env.ok) return env;
  if (env.env.length) spec.env = env.env;
  const labels: Record<string, string> = {};
  for (const l of list(inv, 'label')) {
    const eq = l.indexOf('=');
    labels[eq >= 0 ? l.slice(0, eq) : l] = eq >= 0 ? l.slice(eq + 1) : '';
  }
  if (Object.keys(labels).length) spec.labels = labels;
  const entrypoint = str(inv, 'entrypoint');
  if (entrypoint !== undefined) spec.entrypoint = entrypoint === '' ? [] : [entrypoint];
  const hostname = str(inv, 'hostname');
  if (hostname !== undefined) spec.hostname = hostname;
  const domainname = str(inv, 'domainname');
  if (domainname !== undefined) spec.domainname = domainname;
  const user = str(inv, 'user');
  if (user !== undefined) spec.user = user;
  const workdir = str(inv, 'workdir');
  if (workdir !== undefined) spec.workingDir = workdir;
  const restart = str(inv, 'restart');
  if (restart !== undefined) spec.restart = restart;
  if (bool(inv, 'rm')) spec.autoRemove = true;
  if (spec.autoRemove && restart !== undefined && restart !== '' && restart !== 'no') {
    return { ok: false, message: 'Conflicting options: --restart and --rm' };
  }
  if (bool(inv, 'init')) spec.init = true;
  if (bool(inv, 'privileged')) spec.privileged = true;
  if (bool(inv, 'read-only')) spec.readonlyRootfs = true;
  const mem = str(inv, 'memory');
  if (mem !== undefined) {
    const r = parseSize(mem);
    if (r.ok) spec.memory = r.value;
  }
  const swap = str(inv, 'memory-swap');
  if (swap !== undefined) {
    const r = swap === '-1' ? { ok: true as const, value: -1 } : parseSize(swap);
    if (r.ok) spec.memorySwap = r.value;
  }
  const reservation = str(inv, 'memory-reservation');
  if (reservation !== undefined) {
    const r = parseSize(reservation);
    if (r.ok) spec.memoryReservation = r.value;
  }
  const cpus = str(inv, 'cpus');
  if (cpus !== undefined) {
    const r = parseNanoCpus(cpus);
    if (r.ok) spec.nanoCpus = r.value;
  }
  const shares = inv.flags.values['cpu-shares'];
  if (typeof shares === 'number') spec.cpuShares = shares;
  const pids = inv.flags.values['pids-limit'];
  if (typeof pids === 'number') spec.pidsLimit = pids;
  const stopSignal = str(inv, 'stop-signal');
  if (stopSignal !== undefined) spec.stopSignal = stopSignal;
  const stopTimeout = inv.flags.values['stop-timeout'];
  if (typeof stopTimeout === 'number') spec.stopTimeout = stopTimeout;
  const expose = list(inv, 'expose');
  if (expose.length) spec.expose = expose;
  const mounts = parseMounts(
    list(inv, 'volume'),
    list(inv, 'mount'),
    inv.ctx.cwd,
    inv.ctx.env.HOME ?? inv.engine.state.host.home,
  );
  if (!mounts.ok) return mounts;
  if (mounts.mounts.length) spec.mounts = mounts.mounts;
  const network = str(inv, 'network');
  if (network !== undefined) spec.networkMode = network;
  const aliases = list(inv, 'network-alias');
  if (aliases.length) spec.networkAliases = aliases;
  if (list(inv, 'dns').length) spec.dns = list(inv, 'dns');
  if (list(inv, 'add-host').length) spec.extraHosts = list(inv, 'add-host');
  if (list(inv, 'cap-add').length) spec.capAdd = list(inv, 'cap-add');
  if (list(inv, 'cap-drop').length) spec.capDrop = list(inv, 'cap-drop');
  const logDriver = str(inv, 'log-driver');
  if (logDriver !== undefined) spec.logDriver = logDriver;
  const healthCmd = str(inv, 'health-cmd');
  if (bool(inv, 'no-healthcheck')) spec.healthcheck = { Test: ['NONE'] };
  else if (healthCmd !== undefined || inv.flags.given.some((g) => g.startsWith('health-'))) {
    const hc: HealthcheckConfig = { Test: healthCmd !== undefined ? ['CMD-SHELL', healthCmd] : [] };
    const interval = durationNs(inv, 'health-interval');
    if (interval) hc.Interval = interval;
    const timeout = durationNs(inv, 'health-timeout');
    if (timeout) hc.Timeout = timeout;
    const startPeriod = durationNs(inv, 'health-start-period');
    if (startPeriod) hc.StartPeriod = startPeriod;
    const startInterval = durationNs(inv, 'health-start-interval');
    if (startInterval) hc.StartInterval = startInterval;
    const retries = inv.flags.values['health-retries'];
    if (typeof retries === 'number' && retries) hc.Retries = retries;
    spec.healthcheck = hc;
  }
  const tty = bool(inv, 'tty');
  const interactive = bool(inv, 'interactive');
  spec.tty = tty;
  spec.openStdin = interactive;
  return { ok: true, spec };
}
