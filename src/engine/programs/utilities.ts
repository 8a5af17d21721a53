// One-shot commands (echo, true, pwd, id…) whose whole output is known at once, shared by PID 1 and `sh -c`.
import type { Container, EngineState } from '../types.ts';

export interface UtilityResult {
  stdout: string;
  stderr: string;
  status: number;
}

/** The environment a process sees: PATH, HOSTNAME, TERM with a TTY, the container's variables, HOME last. */
export function processEnv(container: Container): string[] {
  const env: string[] = [
    'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    `HOSTNAME=${container.config.hostname}`,
  ];
  if (container.config.tty) env.push('TERM=xterm');
  for (const kv of container.config.env) {
    const key = kv.split('=')[0] ?? '';
    const i = env.findIndex((e) => e.split('=')[0] === key);
    if (i >= 0) env[i] = kv;
    else env.push(kv);
  }
  if (!env.some((e) => e.startsWith('HOME=')))
    env.push(`HOME=${userOf(container).uid === 0 ? '/root' : '/'}`);
  return env;
}

export function envLookup(container: Container, name: string): string | undefined {
  for (const kv of processEnv(container)) {
    const i = kv.indexOf('=');
    if (kv.slice(0, i) === name) return kv.slice(i + 1);
  }
  return undefined;
}

/** Whether the container's image has a BusyBox userland (busybox, alpine) rather than GNU's. */
export function isBusyboxUserland(state: EngineState, container: Container): boolean {
  const img = state.images[container.imageId];
  return (
    !!img &&
    img.layers.some((d) =>
      Object.prototype.hasOwnProperty.call(state.layers[d]?.files ?? {}, '/bin/busybox'),
    )
  );
}

export function userOf(container: Container): { uid: number; gid: number; name?: string } {
  const u = container.config.user;
  if (!u || u === 'root' || u === '0') return { uid: 0, gid: 0, name: 'root' };
  const [user = '', group] = u.split(':');
  const uid = /^\d+$/.test(user) ? Number(user) : user === 'nobody' ? 65534 : 1000;
  const gid = group !== undefined && /^\d+$/.test(group) ? Number(group) : uid;
  return uid === 0 ? { uid, gid, name: 'root' } : { uid, gid };
}

function echo(args: string[]): string {
  let newline = true;
  let i = 0;
  while (args[i] === '-n' || args[i] === '-e' || args[i] === '-E') {
    if (args[i] === '-n') newline = false;
    i++;
  }
  return args.slice(i).join(' ') + (newline ? '\n' : '');
}

/** A one-shot utility added by another part of the engine (the network's wget and curl). */
export type ExtraUtility = (
  state: EngineState,
  container: Container,
  args: string[],
  cwd: string,
) => UtilityResult;

const EXTRA_UTILITIES = new Map<string, ExtraUtility>();

export function registerUtility(name: string, run: ExtraUtility): void {
  EXTRA_UTILITIES.set(name, run);
}

export function isExtraUtility(name: string): boolean {
  return EXTRA_UTILITIES.has(name);
}

/** Runs a one-shot utility; undefined when `name` is not one of them. */
export function runUtility(
  state: EngineState,
  container: Container,
  name: string,
  args: string[],
  cwd: string,
): UtilityResult | undefined {
  const out = (stdout: string, status = 0): UtilityResult => ({ stdout, stderr: '', status });
  switch (name) {
    case 'echo':
      return out(echo(args));
    case 'true':
      return out('');
    case 'false':
      return out('', 1);
    case 'pwd':
      return out(`${cwd}\n`);
    case 'hostname':
      return out(`${container.config.hostname}\n`);
    case 'whoami': {
      const u = userOf(container);
      if (u.name) return out(`${u.name}\n`);
      return { stdout: '', stderr: `whoami: unknown uid ${u.uid}\n`, status: 1 };
    }
    case 'id': {
      const u = userOf(container);
      if (u.uid === 0) {
        return out(
          isBusyboxUserland(state, container)
            ? 'uid=0(root) gid=0(root) groups=0(root),10(wheel)\n'
            : 'uid=0(root) gid=0(root) groups=0(root)\n',
        );
      }
      return out(`uid=${u.uid} gid=${u.gid} groups=${u.gid}\n`);
    }
    case 'env':
    case 'printenv':
      if (args.length === 0) return out(processEnv(container).join('\n') + '\n');
      if (name === 'printenv') {
        const values = args.map((a) => envLookup(container, a));
        return out(
          values
            .filter((v) => v !== undefined)
            .map((v) => `${v}\n`)
            .join(''),
          values.includes(undefined) ? 1 : 0,
        );
      }
      return undefined;
    default: {
      const extra = EXTRA_UTILITIES.get(name);
      return extra ? extra(state, container, args, cwd) : undefined;
    }
  }
}
