// Programs run inside a container (`docker exec`, `docker run -it IMAGE sh`): just-bash on the container's layers.
import type {
  CliContext,
  CliProcess,
  ContainerShellRequest,
  OutputChunk,
} from '../cli/contract.ts';
import type { Engine } from '../engine/index.ts';
import { normalizePath } from '../engine/index.ts';
import { createHostBash, loadJustBash, type HostBash, type HostCommand } from './bash.ts';
import { t } from '../i18n/fr.ts';
import { Channel } from './channel.ts';
import { busyWhile, idleWhile } from './busy.ts';
import { ContainerFs } from './container-fs.ts';
import {
  busyboxCat,
  hostnameCommand,
  idCommand,
  lsCommand,
  networkToolCommand,
  psCommand,
  sttyCommand,
  unameCommand,
  whoamiCommand,
  type CommandEnv,
  type Userland,
} from './container-commands.ts';
import {
  cdFunction,
  sleepCommand,
  untilAborted,
  userlandFileCommands,
  type PathKind,
} from './userland-commands.ts';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash']);

/** Single-quotes an argument for the shell when it needs it. */
export function shellQuote(arg: string): string {
  if (arg !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

interface Identity {
  uid: number;
  gid: number;
  name: string;
  home: string;
}

function identity(engine: Engine, id: string, user: string): Identity {
  const root = { uid: 0, gid: 0, name: 'root', home: '/root' };
  const spec = user.split(':')[0] ?? '';
  if (spec === '' || spec === 'root' || spec === '0') return root;
  const v = engine.fs.view(id);
  const passwd = v.ok ? v.value.fs.get('/etc/passwd')?.entry : undefined;
  const lines = passwd?.kind === 'file' ? passwd.content.split('\n') : [];
  for (const line of lines) {
    const [name = '', , uid = '', gid = '', , home = '/'] = line.split(':');
    if (name === spec || uid === spec) return { uid: Number(uid), gid: Number(gid), name, home };
  }
  const n = /^\d+$/.test(spec) ? Number(spec) : 0;
  return { uid: n, gid: n, name: 'I have no name!', home: '/' };
}

/** Everything a session needs, built once per request. */
interface Session {
  /** Owner of the real work the session's lines are (see busy.ts). */
  engine: Engine;
  bash: HostBash;
  env: Record<string, string>;
  cwd: string;
  userland: Userland;
  who: Identity;
  /** Whether the line now running writes straight to the terminal (for `ls` columns). */
  lineIsTty: boolean;
  lastStatus: number;
  customNames: Set<string>;
  /** Shell functions defined before each line: programs just-bash cannot reach as custom commands. */
  prelude: string;
}

async function openSession(
  engine: Engine,
  req: ContainerShellRequest,
  ctx: Pick<CliContext, 'columns' | 'rows'>,
  signal: () => AbortSignal | undefined,
  sleep?: (ms: number) => Promise<void>,
): Promise<Session | undefined> {
  const c = engine.state.containers[req.containerId];
  const v = engine.fs.view(req.containerId);
  if (!c || !v.ok) return undefined;
  const fs = v.value.fs;
  const userland: Userland = fs.get('/bin/busybox') ? 'busybox' : 'gnu';
  const who = identity(engine, c.id, req.user || c.config.user);
  const env: Record<string, string> = {};
  for (const kv of req.env) {
    const eq = kv.indexOf('=');
    if (eq > 0) env[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  const cwd = normalizePath(req.workdir || c.config.workingDir || '/');
  env.PWD = cwd;
  const session = { lineIsTty: false } as Session;
  const cmdEnv: CommandEnv = {
    engine,
    containerId: c.id,
    userland,
    tty: () => session.lineIsTty,
    // Read at each `ls`: the terminal may have been resized since the session opened.
    get columns() {
      return ctx.columns;
    },
    get rows() {
      return ctx.rows;
    },
    user: { uid: who.uid, gid: who.gid, name: who.name },
  };
  const commands: Record<string, HostCommand> = {
    ls: lsCommand(cmdEnv),
    id: idCommand(cmdEnv),
    whoami: whoamiCommand(cmdEnv),
    hostname: hostnameCommand(cmdEnv),
    uname: unameCommand(cmdEnv),
    stty: sttyCommand(cmdEnv),
  };
  if (req.argv.length === 1 && req.argv[0] === 'env') {
    // `docker exec c env` runs env itself: the process environment, without a shell's PWD.
    commands.env = async () => ({
      stdout: req.env.map((kv) => `${kv}\n`).join(''),
      stderr: '',
      exitCode: 0,
    });
  }
  Object.assign(commands, userlandFileCommands(userland, pathKind(engine, c.id)), {
    sleep: sleepCommand(userland, (duration, sig) => {
      if (sleep) return sleep(duration === 'forever' ? 0 : duration);
      return duration === 'forever'
        ? idleWhile(engine, untilAborted(signal() ?? sig))
        : idleWhile(engine, engine.sleep(duration, signal() ?? sig));
    }),
  });
  if (userland === 'busybox') {
    commands.ps = psCommand(cmdEnv);
    commands.cat = busyboxCat(cmdEnv);
  }
  for (const tool of ['wget', 'curl'] as const)
    if (PATH_DIRS.some((dir) => fs.get(`${dir}/${tool}`)?.entry.kind === 'file'))
      commands[tool] = networkToolCommand(cmdEnv, tool);
  const prelude = await addUnsimulatedPrograms(fs, commands, c.config.env);
  const bash = await createHostBash({
    fs: new ContainerFs({ engine, containerId: c.id, uid: who.uid, gid: who.gid }),
    cwd,
    env,
    commands,
    sleep: sleep ?? ((ms) => engine.sleep(ms, signal())),
    uid: who.uid,
    gid: who.gid,
  });
  Object.assign(session, {
    engine,
    bash,
    env,
    cwd,
    userland,
    who,
    lastStatus: 0,
    customNames: new Set([...Object.keys(commands), ...prelude.names]),
    prelude: prelude.code + cdFunction(shellKind(req, userland), req.argv[0] ?? 'sh'),
  });
  return session;
}

/** Which shell runs the session's lines, for the wording of `cd` (see cdFunction). */
function shellKind(
  req: ContainerShellRequest,
  userland: Userland,
): 'bash' | 'bash-c' | 'dash' | 'ash' {
  const [prog = '', ...rest] = req.argv;
  const base = prog.split('/').pop() ?? '';
  if (base === 'bash') {
    const flagsOnly = rest.every((a) => /^-[il]+$/.test(a) || a === '--login');
    return flagsOnly && req.interactive && req.tty ? 'bash' : 'bash-c';
  }
  return userland === 'busybox' ? 'ash' : 'dash';
}

/** What a path is in the container now (the session's commands run while its files change). */
function pathKind(engine: Engine, containerId: string): PathKind {
  return (path) => {
    const v = engine.fs.view(containerId);
    const kind = v.ok ? v.value.fs.get(normalizePath(path))?.entry.kind : undefined;
    return kind === 'dir' ? 'dir' : kind === undefined ? undefined : 'file';
  };
}

const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/** The only directories where just-bash runs a custom command found on PATH (elsewhere it runs the file). */
const CUSTOM_COMMAND_DIRS = new Set(['/usr/bin', '/bin']);

/** What the image's own programs without a simulator print for a version flag, as the real binaries do. */
function versionFlags(name: string, env: string[]): Record<string, { stderr: string }> {
  const version = (key: string) =>
    env.find((kv) => kv.startsWith(`${key}=`))?.slice(key.length + 1);
  if (name === 'nginx' || name === 'nginx-debug') {
    const v = version('NGINX_VERSION');
    if (v) return { '-v': { stderr: `nginx version: nginx/${v}\n` } };
  }
  return {};
}

/** A shell function standing for a program: its version flag if modelled, else the French notice, exit 1. */
function programFunction(name: string, env: string[]): string {
  const notice = `${t('container.programNotSimulated', { program: name })}\n`;
  const arms = Object.entries(versionFlags(name, env))
    .map(
      ([flag, out]) => `${shellQuote(flag)}) printf %s ${shellQuote(out.stderr)} >&2; return 0;; `,
    )
    .join('');
  const dispatch = arms ? `[ "$#" -eq 1 ] && case "$1" in ${arms}esac; ` : '';
  return `${name}() { ${dispatch}printf %s ${shellQuote(notice)} >&2; return 1; }; `;
}

/**
 * The image's own programs that no simulator runs (nginx, apt-get…) are empty files in its layers: run as
 * scripts they would print nothing, so each says instead that it is not simulated (exit 1). just-bash reaches a
 * custom command only at /bin/NAME or /usr/bin/NAME; programs elsewhere on PATH (/usr/sbin/nginx) become shell
 * functions defined before each line, which take precedence over the PATH search as in bash.
 */
async function addUnsimulatedPrograms(
  fs: {
    list(dir: string): string[];
    get(path: string): { entry: { kind: string; content?: string } } | undefined;
  },
  commands: Record<string, HostCommand>,
  env: string[],
): Promise<{ names: string[]; code: string }> {
  const simulated = new Set((await loadJustBash()).getCommandNames());
  const names: string[] = [];
  let code = '';
  const seen = new Set<string>();
  for (const dir of PATH_DIRS) {
    for (const name of fs.list(dir)) {
      // PATH order: the first directory holding the name is the program that runs.
      if (seen.has(name)) continue;
      seen.add(name);
      if (commands[name] || simulated.has(name)) continue;
      const found = fs.get(`${dir}/${name}`);
      if (!found || found.entry.kind !== 'file' || found.entry.content !== '') continue;
      if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) continue;
      if (CUSTOM_COMMAND_DIRS.has(dir) && Object.keys(versionFlags(name, env)).length === 0) {
        commands[name] = async () => ({
          stdout: '',
          stderr: `${t('container.programNotSimulated', { program: name })}\n`,
          exitCode: 1,
        });
      } else {
        names.push(name);
        code += programFunction(name, env);
      }
    }
  }
  return { names, code };
}

const isRunning = (engine: Engine, id: string) => {
  const s = engine.state.containers[id]?.state.status;
  return s === 'running' || s === 'paused';
};

/** Whether a program is one the container shell runs (just-bash's commands and ours). */
async function isSimulated(s: Session, name: string): Promise<boolean> {
  if (s.customNames.has(name)) return true;
  const mod = await loadJustBash();
  return mod.getCommandNames().includes(name);
}

/** Runs one line in the session, keeping its directory and variables for the next. */
async function runLine(
  s: Session,
  line: string,
  stdin: string,
  signal: AbortSignal,
): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  // `$?` carries over from the previous line, as in one shell; the prelude's functions come first.
  const status = s.lastStatus !== 0 ? `(exit ${s.lastStatus}); ` : '';
  const r = await busyWhile(s.engine, () =>
    s.bash.run(`${s.prelude}${status}${line}`, {
      cwd: s.cwd,
      env: s.env,
      stdin,
      signal,
    }),
  );
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.env))
    if (!['?', 'BASHPID', 'RANDOM', 'LINENO', 'SECONDS', 'OLDPWD_SET'].includes(k)) env[k] = v;
  s.env = env;
  if (env.PWD) s.cwd = env.PWD;
  s.lastStatus = r.exitCode;
  return r;
}

function tildePath(cwd: string, home: string): string {
  if (home !== '/' && (cwd === home || cwd.startsWith(home + '/')))
    return '~' + cwd.slice(home.length);
  return cwd;
}

type Flavor = 'bash' | 'dash' | 'ash';

function prompt(s: Session, flavor: Flavor, hostname: string): string {
  const mark = s.who.uid === 0 ? '#' : '$';
  if (flavor === 'bash')
    return `\x1b[?2004h${s.who.name}@${hostname}:${tildePath(s.cwd, s.who.home)}${mark} `;
  if (flavor === 'ash') return `${tildePath(s.cwd, s.who.home)} ${mark} `;
  return `${mark} `;
}

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

/** `docker exec` / `run -it`: the program's output and exit code (-1: detached with Ctrl-P Ctrl-Q). */
export function createContainerShell(
  engine: Engine,
): (req: ContainerShellRequest, ctx: CliContext) => CliProcess {
  // Loaded ahead: real (non-virtual) waiting while a command runs would let the driver jump the clock.
  void loadJustBash();
  return (req, ctx) => {
    const out = new Channel<OutputChunk>();
    let current: AbortController | undefined;
    const write = (stream: 'stdout' | 'stderr', data: string) => {
      if (data === '') return;
      // A terminal merges both streams and turns \n into \r\n.
      if (req.tty) out.push({ stream: 'stdout', data: crlf(data) });
      else out.push({ stream, data });
    };
    const exitCode = (async (): Promise<number> => {
      const session = await busyWhile(engine, () =>
        openSession(engine, req, ctx, () => current?.signal),
      );
      if (!session) return 1;
      const [prog = '', ...rest] = req.argv;
      const base = prog.split('/').pop() ?? '';
      const isShell = SHELLS.has(base);
      const flagsOnly = rest.every((a) => /^-[il]+$/.test(a) || a === '--login');
      if (isShell && flagsOnly && req.interactive && req.tty) {
        return interactive(engine, req, ctx, session, base, write, (c) => (current = c));
      }
      let script: string;
      let stdin = '';
      if (isShell && rest[0] === '-c') script = rest[1] ?? '';
      else if (isShell && flagsOnly) {
        // A shell reading its script from stdin (`docker exec -i c sh < script`).
        script = req.interactive ? await readAll(ctx) : '';
      } else {
        if (!(await isSimulated(session, base))) {
          write('stderr', `${t('container.programNotSimulated', { program: prog })}\n`);
          return 1;
        }
        script = req.argv.map(shellQuote).join(' ');
        if (req.interactive && !req.tty) stdin = await readAll(ctx);
      }
      current = new AbortController();
      const onAbort = () => current?.abort();
      ctx.signal.addEventListener('abort', onAbort);
      session.lineIsTty = req.tty && !/[|>]/.test(script);
      try {
        const r = await runLine(session, script, stdin, current.signal);
        write('stdout', r.stdout);
        // Ctrl-C: the terminal has echoed ^C; the program dies of SIGINT, saying nothing (status 130).
        if (ctx.signal.aborted) {
          write('stderr', withoutAbortNotice(r.stderr));
          return 130;
        }
        write('stderr', r.stderr);
        return r.exitCode;
      } finally {
        ctx.signal.removeEventListener('abort', onAbort);
      }
    })()
      .catch((err: unknown) => {
        out.push({
          stream: 'stderr',
          data: `${err instanceof Error ? err.message : String(err)}\n`,
        });
        return 1;
      })
      .finally(() => out.close());
    return { output: out, exitCode };
  };
}

/** A container's main process handed over by the engine: a script (`sh -c`) or a program's argv. */
export interface MainProgramRequest {
  containerId: string;
  /** The shell script to run, with `set --` parameters, or undefined for `argv`. */
  script?: string;
  params?: string[];
  argv?: string[];
  env: Record<string, string>;
  cwd: string;
  stdin: string;
}

/**
 * Runs a main process on the container's own layers with the same commands as `docker exec`, to
 * completion and outside virtual time (sleep returns at once). `unsimulated`: no simulator runs argv[0].
 */
export async function runMainProgramInContainer(
  engine: Engine,
  req: MainProgramRequest,
): Promise<{ stdout: string; stderr: string; exitCode: number; unsimulated?: boolean }> {
  const argv = req.argv ?? ['sh', '-c', req.script ?? ''];
  const session = await openSession(
    engine,
    {
      containerId: req.containerId,
      argv,
      env: Object.entries(req.env).map(([k, v]) => `${k}=${v}`),
      workdir: req.cwd,
      user: '',
      tty: false,
      interactive: false,
      role: 'main',
    },
    { columns: 80, rows: 24 },
    () => undefined,
    () => Promise.resolve(),
  );
  if (!session) return { stdout: '', stderr: '', exitCode: 1 };
  let script: string;
  if (req.argv) {
    const base = req.argv[0]?.split('/').pop() ?? '';
    if (!(await isSimulated(session, base)))
      return { stdout: '', stderr: '', exitCode: 0, unsimulated: true };
    script = req.argv.map(shellQuote).join(' ');
  } else {
    const params = req.params ?? [];
    script = `${params.length ? `set -- ${params.map(shellQuote).join(' ')}\n` : ''}${req.script ?? ''}`;
  }
  const r = await runLine(session, script, req.stdin, new AbortController().signal);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

/** just-bash's stderr without the notice it adds when a run is aborted (a real program says nothing). */
function withoutAbortNotice(stderr: string): string {
  return stderr.replace(/(^|\n)bash: execution aborted\n?$/, '$1');
}

/** All of stdin (a pipe), or what arrived before Ctrl-C. */
async function readAll(ctx: CliContext): Promise<string> {
  let text = '';
  const aborted = new Promise<null>((resolve) => {
    if (ctx.signal.aborted) resolve(null);
    ctx.signal.addEventListener('abort', () => resolve(null), { once: true });
  });
  for (;;) {
    const chunk = await Promise.race([ctx.stdin.read(), aborted]);
    if (chunk === null) return text;
    text += chunk;
  }
}

/** The interactive shell at a terminal: prompt, echo and line editing, `exit`, Ctrl-C/Ctrl-D, detach keys. */
async function interactive(
  engine: Engine,
  req: ContainerShellRequest,
  ctx: CliContext,
  s: Session,
  base: string,
  write: (stream: 'stdout' | 'stderr', data: string) => void,
  setCurrent: (c: AbortController) => void,
): Promise<number> {
  const flavor: Flavor = base === 'bash' ? 'bash' : s.userland === 'busybox' ? 'ash' : 'dash';
  const hostname = engine.state.containers[req.containerId]?.config.hostname ?? 'localhost';
  const raw = (data: string) => write('stdout', data);
  ctx.setRawMode?.(true);
  // The session ends if the container stops under it (docker stop, kill from another terminal).
  let down: () => void = () => undefined;
  const stopped = new Promise<null>((resolve) => {
    down = () => resolve(null);
  });
  const unsubscribe = engine.subscribe(() => {
    if (!isRunning(engine, req.containerId)) down();
  });
  try {
    raw(prompt(s, flavor, hostname));
    let line = '';
    let pendingCtrlP = false;
    let escape = '';
    // One read at a time: keys typed while a line runs are read then (Ctrl-C), the rest waits its turn.
    let pendingRead: Promise<string | null> | undefined;
    const nextChunk = () =>
      (pendingRead ??= ctx.stdin.read().then((chunk) => {
        pendingRead = undefined;
        return chunk;
      }));
    const typeAhead: string[] = [];
    /** Waits for a line's run while watching the keyboard: Ctrl-C interrupts it (true). */
    const watchKeys = async (run: Promise<unknown>, controller: AbortController) => {
      const ended = run.then(
        () => 'ended' as const,
        () => 'ended' as const,
      );
      for (;;) {
        const next = await Promise.race([ended, nextChunk(), stopped]);
        if (next === null && !isRunning(engine, req.containerId)) {
          // The container stopped under the line: its processes are gone.
          controller.abort();
          await ended;
          return false;
        }
        if (next === 'ended' || next === null) {
          await ended;
          return controller.signal.aborted;
        }
        const ctrlC = next.lastIndexOf('\x03');
        if (ctrlC < 0) typeAhead.push(next);
        else {
          // As a terminal's VINTR: what was typed before Ctrl-C is dropped.
          typeAhead.length = 0;
          typeAhead.push(next.slice(ctrlC + 1));
          controller.abort();
        }
      }
    };
    for (;;) {
      if (!isRunning(engine, req.containerId)) break;
      const chunk = typeAhead.shift() ?? (await Promise.race([nextChunk(), stopped]));
      if (chunk === null) {
        if (!isRunning(engine, req.containerId)) break;
        if (flavor === 'bash') raw('\x1b[?2004l\rexit\r\n');
        return s.lastStatus;
      }
      for (const ch of chunk) {
        if (escape !== '') {
          escape += ch;
          if (/[A-Za-z~]/.test(ch) && escape.length > 2) escape = '';
          else if (escape.length > 8) escape = '';
          continue;
        }
        if (pendingCtrlP) {
          pendingCtrlP = false;
          if (ch === '\x11') {
            ctx.setRawMode?.(false);
            return -1;
          }
        }
        switch (ch) {
          case '\x1b':
            escape = ch;
            break;
          case '\x10':
            pendingCtrlP = true;
            break;
          case '\r':
          case '\n': {
            raw('\r\n');
            if (flavor === 'bash') raw('\x1b[?2004l\r');
            const typed = line;
            line = '';
            const exit = /^\s*exit(?:\s+(-?\d+))?\s*;?\s*$/.exec(typed);
            if (exit) {
              if (flavor === 'bash') raw('exit\r\n');
              return exit[1] !== undefined ? Number(exit[1]) & 255 : s.lastStatus;
            }
            if (typed.trim() !== '') {
              const controller = new AbortController();
              setCurrent(controller);
              s.lineIsTty = !/[|>]/.test(typed);
              // Interactive bash keeps COLUMNS and LINES to the terminal's size (checkwinsize).
              if (flavor === 'bash') {
                s.env.COLUMNS = String(ctx.columns);
                s.env.LINES = String(ctx.rows);
              }
              const running = runLine(s, typed, '', controller.signal);
              const interrupted = await watchKeys(running, controller);
              const r = await running;
              write('stdout', r.stdout);
              if (interrupted) {
                // The terminal echoes ^C; the shell starts a new line; the status is 128 + SIGINT.
                write('stderr', withoutAbortNotice(r.stderr));
                raw('^C\r\n');
                s.lastStatus = 130;
              } else write('stderr', r.stderr);
              // With its status, as the host's lines: exercises check a failed command by it.
              engine.recordShellLine(typed, req.containerId, s.lastStatus);
            }
            if (!isRunning(engine, req.containerId)) return s.lastStatus;
            raw(prompt(s, flavor, hostname));
            break;
          }
          case '\x7f':
          case '\b':
            if (line !== '') {
              line = [...line].slice(0, -1).join('');
              raw('\b \b');
            }
            break;
          case '\x03':
            raw('^C\r\n');
            line = '';
            s.lastStatus = 130;
            raw(prompt(s, flavor, hostname));
            break;
          case '\x04':
            if (line === '') {
              raw('\r\n');
              if (flavor === 'bash') raw('\x1b[?2004l\rexit\r\n');
              return s.lastStatus;
            }
            break;
          case '\x15':
            raw('\b \b'.repeat([...line].length));
            line = '';
            break;
          case '\t':
            break;
          default:
            if ((ch.codePointAt(0) ?? 0) >= 0x20) {
              line += ch;
              raw(ch);
            }
        }
      }
    }
    const c = engine.state.containers[req.containerId];
    return c?.state.exitCode ?? 137;
  } finally {
    unsubscribe();
    ctx.setRawMode?.(false);
  }
}
