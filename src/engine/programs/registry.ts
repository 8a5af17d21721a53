// The simulators by kind, and how a container's argv becomes a program (or Docker's OCI exec error).
import type { Container, EngineState, ProgramState } from '../types.ts';
import type { EngineError } from '../errors.ts';
import { lookupPath } from '../fs.ts';
import type { Simulator } from './types.ts';
import { isExtraUtility } from './utilities.ts';
import { lateParts } from '../late.ts';

const extra = new Map<string, Simulator>();

/** Lets later issues add or replace simulators (e.g. the full shell interpreter). */
export function registerSimulator(kind: string, sim: Simulator): void {
  extra.set(kind, sim);
}

/** The simulator of a program kind; they are a late part, loaded before any program can start (late.ts). */
export function simulatorFor(kind: string): Simulator {
  const own = extra.get(kind);
  if (own) return own;
  const builtin = lateParts().simulators;
  return builtin.get(kind) ?? (builtin.get('unsimulated') as Simulator);
}

const UTILITIES = new Set([
  'echo',
  'true',
  'false',
  'pwd',
  'hostname',
  'id',
  'whoami',
  'env',
  'printenv',
]);
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash']);
const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

export type ExecFailure = Extract<EngineError, { code: 'EXEC_FAILED' }>;

/** Finds argv[0] as runc would (PATH search, permissions); the resolved absolute path or the error. */
export type Resolution = { found: true; path: string } | { found: false; error: ExecFailure };

export function resolveExecutable(
  state: EngineState,
  container: Container,
  cmd: string,
): Resolution {
  const failure = (reason: ExecFailure['reason'], exitCode: 126 | 127): Resolution => ({
    found: false,
    error: { code: 'EXEC_FAILED', path: cmd, reason, exitCode },
  });
  if (cmd.includes('/')) {
    const abs = cmd.startsWith('/') ? cmd : `${container.config.workingDir || '/'}/${cmd}`;
    const found = lookupPath(state, container, abs);
    if (!found) return failure('no-such-file', 127);
    if (found.entry.kind === 'dir') return failure('is-directory', 126);
    if (found.entry.kind === 'file' && (found.entry.mode & 0o111) === 0)
      return failure('permission-denied', 126);
    return { found: true, path: found.path };
  }
  for (const dir of PATH_DIRS) {
    const found = lookupPath(state, container, `${dir}/${cmd}`);
    if (found && found.entry.kind === 'file' && (found.entry.mode & 0o111) !== 0)
      return { found: true, path: `${dir}/${cmd}` };
  }
  return failure('not-found-in-path', 127);
}

/** The program state for an argv whose executable exists at `resolved`. */
export function programFor(argv: string[], resolved: string): ProgramState {
  const base = resolved.split('/').pop() ?? '';
  const data = { argv };
  if (base === 'hello') return { kind: 'hello', data };
  if (base === 'docker-entrypoint.sh') {
    return {
      kind: resolved === '/docker-entrypoint.sh' ? 'nginx-entrypoint' : 'redis-entrypoint',
      data,
    };
  }
  if (base === 'nginx' || base === 'nginx-debug')
    return { kind: 'nginx', data: { argv, workers: [] } };
  if (base === 'redis-server') return { kind: 'redis-server', data };
  if (base === 'sleep') return { kind: 'sleep', data };
  if (base === 'cat') return { kind: 'cat', data };
  if (base === 'ps' && argv.length === 1) return { kind: 'ps', data };
  if (UTILITIES.has(base) || isExtraUtility(base)) return { kind: 'utility', data };
  if (SHELLS.has(base)) {
    const rest = argv.slice(1);
    // `sh -c SCRIPT` or `sh` reading its stdin; a script file is beyond this subset.
    if (rest.length === 0 || rest[0] === '-c' || rest[0] === '-s' || rest[0] === '-i') {
      return { kind: 'shell', data: { argv, pendingInit: true } };
    }
  }
  return { kind: 'unsimulated', data };
}
