// `sh -c '…'`, `bash -c '…'` and shells reading stdin as main processes: the resumable interpreter in virtual
// time, or, for scripts beyond its subset, the engine's injected runner (just-bash) to completion.
import type { Container, EngineState } from '../../types.ts';
import {
  ShellSyntaxError,
  ShellUnsupported,
  syntaxErrorText,
  type Instr,
  type Word,
} from '../shell/ast.ts';
import { compileSource } from '../shell/parse.ts';
import {
  BUILTINS,
  INSTANT,
  SHELL_MAX_CHARS,
  newShellState,
  runShell,
  signalShell,
  type ShellIO,
  type ShellState,
} from '../shell/vm.ts';
import type { Flavor } from '../shell/text.ts';
import { containerFiles } from '../container-files.ts';
import { dataOf, type ProgramHost, type Simulator } from '../types.ts';
import { processEnv, runUtility } from '../utilities.ts';
import { programFor, resolveExecutable } from '../registry.ts';

export interface ShellProgramData {
  argv: string[];
  pendingInit?: boolean;
  sh?: ShellState;
  /** The script went to the injected runner; its result ends the program. */
  fallback?: { script: string; args: string[]; shell: string; timed?: boolean };
  result?: { stdout: string; stderr: string; exitCode: number; unsimulated?: boolean };
}

const WAITING_COMMANDS =
  /(^|[\s;&|(`])(sleep|read|wait|ping|timeout|watch|top|tail\s+-[a-zA-Z]*[fF]|while|until)(?=$|[\s;&|)`])/;

/**
 * Whether running a script at once, outside virtual time, changes what a learner sees: it waits or may
 * loop. A script that only does instantaneous work (`touch f && ls -l f`) ends at once in real Docker too.
 */
export function dependsOnTime(script: string): boolean {
  return WAITING_COMMANDS.test(script);
}

/** Virtual time a busy loop (no sleep) takes per slice of instructions, so that time can move on. */
const BUSY_SLICE_MS = 10;

function isBusyboxImage(state: EngineState, c: Container): boolean {
  const img = state.images[c.imageId];
  return !!img?.layers.some((d) =>
    Object.prototype.hasOwnProperty.call(state.layers[d]?.files ?? {}, '/bin/busybox'),
  );
}

function flavorOf(state: EngineState, c: Container, argv0: string): Flavor {
  const base = argv0.split('/').pop() ?? 'sh';
  if (base === 'bash') return 'bash';
  return isBusyboxImage(state, c) ? 'ash' : 'dash';
}

/** What a command name is in this container: missing, a simulated program PID 1 can exec, or another file. */
export function commandKind(
  state: EngineState,
  c: Container,
  name: string,
): 'missing' | 'program' | 'other' {
  const found = resolveExecutable(state, c, name);
  if (!found.found) return 'missing';
  const kind = programFor([name], found.path).kind;
  return kind === 'unsimulated' || kind === 'utility' ? 'other' : 'program';
}

/** The interpreter's view of its host, built once per host (the engine reuses a host across steps). */
const IOS = new WeakMap<ProgramHost, ShellIO>();

function shellIO(host: ProgramHost): ShellIO {
  let io = IOS.get(host);
  if (!io) {
    io = newShellIO(host);
    IOS.set(host, io);
  }
  return io;
}

function newShellIO(host: ProgramHost): ShellIO {
  const c = host.container;
  return {
    get now() {
      return host.now;
    },
    write: (stream, text) => host.write(stream, text),
    takeStdin: () => host.takeStdin(),
    get files() {
      return containerFiles(host.state, c);
    },
    lookupCommand: (name) => commandKind(host.state, c, name),
    utility: (name, args, cwd) => runUtility(host.state, c, name, args, cwd),
    notice: (key, detail) => host.notice(key, detail),
    kernel: host.state.host.kernel ?? '6.8.0',
    hostname: c.config.hostname,
  };
}

/** Literal command names of the code (and of its functions and substitutions) the interpreter cannot run. */
export function beyondSubset(
  code: Instr[],
  kind: (name: string) => 'missing' | 'program' | 'other',
  inSub = false,
): string | undefined {
  const fromWords = (words: Word[]): string | undefined => {
    for (const w of words)
      for (const p of w) {
        if (p.t === 'sub') {
          const r = beyondSubset(p.code, kind, true);
          if (r) return r;
        }
        if (p.t === 'var' && p.arg) {
          const r = fromWords([p.arg]);
          if (r) return r;
        }
        if (p.t === 'arith') {
          const r = fromWords([p.expr]);
          if (r) return r;
        }
      }
    return undefined;
  };
  for (const ins of code) {
    let r: string | undefined;
    if (ins.op === 'cmd') {
      const w0 = ins.words[0];
      const name =
        w0 && w0.every((p) => p.t === 'lit')
          ? w0.map((p) => (p.t === 'lit' ? p.v : '')).join('')
          : undefined;
      if (name !== undefined) {
        if (inSub && !INSTANT.has(name) && BUILTINS.has(name)) return name;
        if (!BUILTINS.has(name)) {
          const k = kind(name);
          if (k === 'other' || (inSub && k === 'program')) return name;
        }
      }
      r =
        fromWords(ins.words) ??
        fromWords(ins.assigns.map((a) => a.value)) ??
        fromWords(ins.redirs.map((x) => x.target));
    } else if (ins.op === 'func') r = beyondSubset(ins.body, kind, inSub);
    else if (ins.op === 'case') r = fromWords([ins.word, ...ins.arms.flatMap((a) => a.pats)]);
    else if (ins.op === 'forin' && ins.items) r = fromWords(ins.items);
    if (r) return r;
  }
  return undefined;
}

interface Invocation {
  argv0: string;
  script?: string;
  params: string[];
  errexit: boolean;
}

/** Reads `sh [-e] [-x] -c SCRIPT [NAME [ARG…]]` or `sh [-s|-i]`; a string on a usage error. */
function parseInvocation(argv: string[]): Invocation | string {
  const argv0 = argv[0] ?? 'sh';
  let i = 1;
  let command = false;
  let errexit = false;
  for (; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') {
      i++;
      break;
    }
    if (!/^-[a-zA-Z]+$/.test(a)) break;
    if (a.includes('c')) command = true;
    if (a.includes('e')) errexit = true;
  }
  if (!command) return { argv0, params: argv.slice(i), errexit };
  const script = argv[i];
  if (script === undefined) return `${argv0.split('/').pop()}: -c: option requires an argument\n`;
  const rest = argv.slice(i + 1);
  return { argv0: rest[0] ?? argv0, script, params: rest.slice(1), errexit };
}

function start(host: ProgramHost, data: ShellProgramData): void {
  const c = host.container;
  const inv = parseInvocation(data.argv);
  if (typeof inv === 'string') {
    host.write('stderr', inv);
    host.exit(2);
    return;
  }
  const flavor = flavorOf(host.state, c, data.argv[0] ?? 'sh');
  let code: Instr[] = [];
  if (inv.script !== undefined) {
    try {
      code = compileSource(inv.script);
      const beyond = beyondSubset(code, (n) => commandKind(host.state, c, n));
      if (beyond !== undefined) throw new ShellUnsupported(beyond);
    } catch (e) {
      if (e instanceof ShellSyntaxError) {
        host.write('stderr', syntaxErrorText(flavor, inv.argv0, e));
        host.exit(2);
        return;
      }
      if (!(e instanceof ShellUnsupported)) throw e;
      const base = (data.argv[0] ?? 'sh').split('/').pop() ?? 'sh';
      data.fallback = {
        script: inv.script,
        args: [inv.argv0, ...inv.params],
        shell: base === 'bash' ? 'bash' : 'sh',
        timed: dependsOnTime(inv.script),
      };
      data.pendingInit = undefined;
      return;
    }
  }
  const sh = newShellState({
    argv0: inv.argv0,
    flavor,
    mode: inv.script === undefined ? 'stdin' : 'script',
    interactive: inv.script === undefined && c.config.tty && c.config.openStdin,
    code,
    params: inv.params,
    env: processEnv(c),
    cwd: c.config.workingDir || '/',
  });
  sh.errexit = inv.errexit;
  data.sh = sh;
  data.pendingInit = undefined;
}

function startFallback(host: ProgramHost, data: ShellProgramData): void {
  const fb = data.fallback;
  if (!fb) return;
  if (host.scriptRunning?.()) return;
  const env: Record<string, string> = {};
  for (const kv of processEnv(host.container)) {
    const i = kv.indexOf('=');
    if (i > 0) env[kv.slice(0, i)] = kv.slice(i + 1);
  }
  const started = host.runScript?.({
    containerId: host.container.id,
    shell: fb.shell,
    script: fb.script,
    args: fb.args,
    env,
    cwd: host.container.config.workingDir || '/',
    stdin: '',
  });
  if (!started) {
    host.notice('engine.notice.scriptNotSimulated', fb.script);
    host.exit(0);
  } else if (fb.timed !== false) host.notice('engine.notice.scriptRanAtOnce', fb.script);
}

export const shellSimulator: Simulator = {
  readsStdin: (prog) => {
    const d = dataOf<ShellProgramData>(prog);
    if (d.sh) return d.sh.mode === 'stdin' || d.sh.resume?.kind === 'stdin';
    return d.argv[1] !== '-c';
  },
  step(host, prog) {
    const data = dataOf<ShellProgramData>(prog);
    if (data.pendingInit) start(host, data);
    if (data.fallback) {
      if (data.result) {
        host.write('stdout', data.result.stdout);
        host.write('stderr', data.result.stderr);
        host.exit(data.result.exitCode);
        return;
      }
      startFallback(host, data);
      return;
    }
    const sh = data.sh;
    if (!sh) return;
    const out = runShell(sh, shellIO(host));
    switch (out.k) {
      case 'sleep':
        prog.wakeAt = out.until;
        return;
      case 'yield':
        prog.wakeAt = host.now + BUSY_SLICE_MS;
        return;
      case 'stdin':
      case 'block':
        return;
      case 'exit':
        host.exit(out.code);
        return;
      case 'exec':
        host.exec(out.argv, sh.argv0);
        return;
      case 'memcap':
        // Beyond what this simulator keeps for one shell: killed as an out-of-memory host would kill it.
        host.notice('engine.notice.shellMemoryCap', `${SHELL_MAX_CHARS / 1024 / 1024}`);
        host.exit(137);
        return;
    }
  },
  signal(host, prog, sig) {
    const data = dataOf<ShellProgramData>(prog);
    const sh = data.sh;
    if (!sh) return 'default';
    const r = signalShell(sh, sig.name.replace(/^SIG/, ''));
    if (r === 'default') return 'default';
    // A trap runs at once unless the shell waits for a foreground `sleep`, which ends first (as in sh and bash).
    if (r === 'trap' && sh.resume?.kind !== 'sleep') shellSimulator.step(host, prog);
    return 'handled';
  },
};
