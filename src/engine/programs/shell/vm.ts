// The resumable shell machine: runs compiled instructions until the script sleeps, waits for input, execs or exits.
import type { Instr, Part, Redir, Word } from './ast.ts';
import { ShellSyntaxError, ShellUnsupported, syntaxErrorText } from './ast.ts';
import { ArithError, evalArith } from './arith.ts';
import { compileSource } from './parse.ts';
import { echo, formatDate, globToRegExp, printf, testCommand, type Flavor } from './text.ts';
import { parseSleep, sleepUsageError } from '../sleep-duration.ts';
import { normalizePath } from '../../fs.ts';

/** How a script reads and writes the container's files (swappable for the layered filesystem). */
export interface ContainerFiles {
  stat(path: string): 'file' | 'dir' | 'other' | undefined;
  read(path: string): { ok: true; content: string } | { ok: false; error: 'missing' | 'dir' };
  write(
    path: string,
    content: string,
    append: boolean,
  ): { ok: true } | { ok: false; error: 'missing-dir' | 'dir' | 'read-only' };
}

export interface ShellIO {
  readonly now: number;
  write(stream: 'stdout' | 'stderr', text: string): void;
  takeStdin(): { data: string; closed: boolean };
  files: ContainerFiles;
  /** What a command name is in the image: missing, a program the engine simulates (exec-able), or another file. */
  lookupCommand(name: string): 'missing' | 'program' | 'other';
  /** One-shot utilities the engine knows (hostname, id, whoami…); undefined if not one of them. */
  utility(
    name: string,
    args: string[],
    cwd: string,
  ): { stdout: string; stderr: string; status: number } | undefined;
  notice(key: string, detail: string): void;
  readonly kernel: string;
  readonly hostname: string;
}

interface Frame {
  block: string;
  pc: number;
  kind: 'func' | 'trap' | 'exit-trap' | 'eval';
  params?: string[];
  locals?: Record<string, string | null>;
  iters: number;
  loops: number;
  status: number;
}

/** The whole interpreter state: plain JSON, so a snapshot keeps a script mid-loop. */
export interface ShellState {
  argv0: string;
  flavor: Flavor;
  mode: 'script' | 'stdin';
  interactive: boolean;
  blocks: Record<string, Instr[]>;
  block: string;
  pc: number;
  frames: Frame[];
  iters: { name: string; items: string[]; i: number }[];
  loops: number[];
  vars: Record<string, string>;
  exported: string[];
  params: string[];
  status: number;
  cwd: string;
  /** Signal name ("TERM", "EXIT") → trap command; "" ignores the signal. */
  traps: Record<string, string>;
  pending: string[];
  /** What the shell waits for: a `sleep` child (its argv, for `top`) or input. */
  resume?: { kind: 'sleep'; until: number; argv?: string[] } | { kind: 'stdin' };
  /** Input read from stdin and not consumed yet. */
  inbuf: string;
  inClosed: boolean;
  errexit: boolean;
  exiting?: number;
  prompted?: boolean;
  seq: number;
  /** Characters the variables held when the engine last looked at the shell's memory (see `memoryMark`). */
  memMark?: number;
}

export type ShellOutcome =
  | { k: 'sleep'; until: number }
  /** `sleep infinity` in the foreground: nothing to wake up for; only a signal ends the shell. */
  | { k: 'block' }
  /** The shell's values outgrew what this simulator keeps (`SHELL_MAX_CHARS`): it is killed. */
  | { k: 'memcap' }
  | { k: 'stdin' }
  | { k: 'yield' }
  | { k: 'exit'; code: number }
  | { k: 'exec'; argv: string[] };

export interface NewShell {
  argv0: string;
  flavor: Flavor;
  mode: 'script' | 'stdin';
  interactive?: boolean;
  code?: Instr[];
  params?: string[];
  env: string[];
  cwd: string;
}

export function newShellState(o: NewShell): ShellState {
  const vars: Record<string, string> = {};
  for (const kv of o.env) {
    const i = kv.indexOf('=');
    if (i > 0) vars[kv.slice(0, i)] = kv.slice(i + 1);
  }
  vars.PWD = o.cwd;
  return {
    argv0: o.argv0,
    flavor: o.flavor,
    mode: o.mode,
    interactive: o.interactive ?? false,
    blocks: { main: o.code ?? [] },
    block: 'main',
    pc: 0,
    frames: [],
    iters: [],
    loops: [],
    vars,
    exported: Object.keys(vars),
    params: o.params ?? [],
    status: 0,
    cwd: o.cwd,
    traps: {},
    pending: [],
    inbuf: '',
    inClosed: false,
    errexit: false,
    seq: 0,
  };
}

const SPECIAL_BUILTINS = new Set([
  ':',
  'break',
  'continue',
  'eval',
  'exec',
  'exit',
  'export',
  'readonly',
  'return',
  'set',
  'shift',
  'trap',
  'unset',
  'local',
]);
export const BUILTINS = new Set([
  ...SPECIAL_BUILTINS,
  'true',
  'false',
  'echo',
  'printf',
  'sleep',
  'date',
  'cat',
  'test',
  '[',
  'seq',
  'expr',
  'read',
  'wait',
  'cd',
  'pwd',
  'uname',
  'env',
  'printenv',
  'hostname',
  'id',
  'whoami',
]);
/** Builtins that finish at once (usable inside `$( )`). */
export const INSTANT = new Set(
  [...BUILTINS].filter((b) => b !== 'sleep' && b !== 'read' && b !== 'cat'),
);

/** Normalises a trap's signal argument: "SIGTERM", "term", "15" → "TERM"; "0"/"EXIT" → "EXIT". */
export function trapName(raw: string): string | undefined {
  const NUM: Record<string, string> = {
    '0': 'EXIT',
    '1': 'HUP',
    '2': 'INT',
    '3': 'QUIT',
    '9': 'KILL',
    '10': 'USR1',
    '12': 'USR2',
    '14': 'ALRM',
    '15': 'TERM',
    '17': 'CHLD',
  };
  if (/^\d+$/.test(raw)) return NUM[raw];
  const up = raw.toUpperCase().replace(/^SIG/, '');
  return [
    'EXIT',
    'HUP',
    'INT',
    'QUIT',
    'KILL',
    'USR1',
    'USR2',
    'ALRM',
    'TERM',
    'CHLD',
    'WINCH',
    'CONT',
    'PIPE',
  ].includes(up)
    ? up
    : undefined;
}

type Target =
  | { k: 'out'; stream: 'stdout' | 'stderr' }
  | { k: 'file'; path: string }
  | { k: 'null' }
  | { k: 'cap' };

class Exit {
  readonly code: number;
  constructor(code: number) {
    this.code = code;
  }
}

/** Runs the script until it blocks; `budget` bounds the instructions run in one go. */
/** What the simulator lets one shell's values hold in all (characters), whatever the container's limit. */
export const SHELL_MAX_CHARS = 32 * 1024 * 1024;
/** Bytes of memory per character a shell holds: the value, the expansion that built it, the old value. */
export const SHELL_BYTES_PER_CHAR = 4;
/** Values below this size never make the interpreter stop to have its memory checked. */
const BIG_VALUE = 64 * 1024;

class MemoryCap extends Error {}

/** Characters held by the shell's variables, parameters, loop items and unread input. */
export function shellChars(sh: ShellState): number {
  let n = sh.inbuf.length;
  for (const k in sh.vars) n += (sh.vars[k] ?? '').length;
  for (const p of sh.params) n += p.length;
  for (const it of sh.iters) for (const x of it.items) n += x.length;
  return n;
}

/** The memory model of a shell process: what its data costs beyond the shell itself. */
export function shellMemory(sh: ShellState): number {
  return shellChars(sh) * SHELL_BYTES_PER_CHAR;
}

/** `resume.until` of a `sleep infinity`: JSON-safe, and later than any virtual time the engine reaches. */
const FOREVER = Number.MAX_SAFE_INTEGER;

function sleepOutcome(until: number): ShellOutcome {
  return until >= FOREVER ? { k: 'block' } : { k: 'sleep', until };
}

export function runShell(sh: ShellState, io: ShellIO, budget = 5000): ShellOutcome {
  return new Runner(sh, io, BASE_TARGETS).run(budget);
}

/** A signal for PID 1's shell: runs its trap (after a running `sleep`), or says it has none. */
export function signalShell(sh: ShellState, name: string): 'trap' | 'ignored' | 'default' {
  const trap = sh.traps[name];
  if (trap === undefined) return 'default';
  if (trap === '') return 'ignored';
  sh.pending.push(name);
  return 'trap';
}

/** Whether a word holds a command substitution (its status becomes the command's). */
function hasSub(w: Word): boolean {
  for (const p of w) if (p.t === 'sub') return true;
  return false;
}

/** The shell's own stdout and stderr, shared by every top-level run. */
const BASE_TARGETS: Record<number, Target> = {
  1: { k: 'out', stream: 'stdout' },
  2: { k: 'out', stream: 'stderr' },
};

class Runner {
  private capture = '';
  private readonly sh: ShellState;
  private readonly io: ShellIO;
  private readonly base: Record<number, Target>;
  constructor(sh: ShellState, io: ShellIO, base: Record<number, Target>) {
    this.sh = sh;
    this.io = io;
    this.base = base;
  }

  run(budget: number): ShellOutcome {
    const sh = this.sh;
    try {
      for (let n = 0; ; n++) {
        if (n >= budget) return { k: 'yield' };
        if (sh.resume?.kind === 'sleep') {
          if (this.io.now < sh.resume.until) return sleepOutcome(sh.resume.until);
          sh.resume = undefined;
          sh.status = 0;
          sh.pc++;
        } else if (sh.resume?.kind === 'stdin') sh.resume = undefined;
        const sig = sh.pending.shift();
        if (sig !== undefined) {
          const src = sh.traps[sig];
          if (src) this.enter(`trap:${sig}`, 'trap');
          continue;
        }
        const ins = sh.blocks[sh.block]?.[sh.pc];
        if (!ins) {
          if (sh.frames.length > 0) {
            const out = this.ret();
            if (out) return out;
            continue;
          }
          if (sh.mode === 'stdin') {
            const r = this.nextInput();
            if (r === 'block') return { k: 'stdin' };
            if (r === 'more') continue;
          }
          const fin = this.finish(sh.status);
          if (fin) return fin;
          continue;
        }
        const out = this.step(ins);
        if (out) return out;
        if (this.grew) {
          this.grew = false;
          // Its memory grew a lot: the engine checks it against the container's limit before going on.
          if (this.memoryGrew() && !this.nested) return { k: 'yield' };
        }
      }
    } catch (e) {
      if (e instanceof Exit) {
        const fin = this.finish(e.code);
        if (fin) return fin;
        return this.run(budget);
      }
      // A value too big for JavaScript itself ("Invalid string length") is the same exhaustion.
      if (e instanceof MemoryCap || e instanceof RangeError) return { k: 'memcap' };
      throw e;
    }
  }

  /** Set when a big value was stored: the run loop then looks at the shell's memory. */
  private grew = false;
  /** A command substitution's runner: it runs to its end within its parent's step. */
  nested = false;

  private noteValue(v: string): string {
    if (v.length >= BIG_VALUE) this.grew = true;
    // One value twice the cap cannot wait for the check between instructions.
    if (v.length > 2 * SHELL_MAX_CHARS) throw new MemoryCap();
    return v;
  }

  /**
   * Whether the shell's data passed its mark (a quarter more than last seen): the engine then checks the
   * container's memory limit first; past the simulator's cap, the shell is stopped.
   */
  private memoryGrew(): boolean {
    const sh = this.sh;
    const chars = shellChars(sh);
    if (chars > (sh.memMark ?? 0)) {
      if (chars > 2 * SHELL_MAX_CHARS) throw new MemoryCap();
      sh.memMark = Math.ceil(chars * 1.25);
      return true;
    }
    if (chars > SHELL_MAX_CHARS) throw new MemoryCap();
    return false;
  }

  /** The script is ending with `code`: run the EXIT trap first, once. */
  private finish(code: number): ShellOutcome | undefined {
    const sh = this.sh;
    if (sh.traps.EXIT && sh.exiting === undefined) {
      sh.exiting = code;
      sh.frames = [];
      this.enter('trap:EXIT', 'exit-trap');
      return undefined;
    }
    return { k: 'exit', code: (((sh.exiting ?? code) % 256) + 256) % 256 };
  }

  private enter(block: string, kind: Frame['kind'], params?: string[]): void {
    const sh = this.sh;
    sh.frames.push({
      block: sh.block,
      pc: kind === 'func' || kind === 'eval' ? sh.pc + 1 : sh.pc,
      kind,
      ...(params ? { params: sh.params } : {}),
      iters: sh.iters.length,
      loops: sh.loops.length,
      status: sh.status,
    });
    if (params) sh.params = params;
    sh.block = block;
    sh.pc = 0;
  }

  private ret(): ShellOutcome | undefined {
    const sh = this.sh;
    const f = sh.frames.pop();
    if (!f) return undefined;
    if (f.kind === 'exit-trap') return { k: 'exit', code: sh.exiting ?? sh.status };
    if (f.params) sh.params = f.params;
    for (const [name, old] of Object.entries(f.locals ?? {})) {
      if (old === null) delete sh.vars[name];
      else sh.vars[name] = old;
    }
    if (f.kind === 'eval') delete sh.blocks[sh.block];
    sh.iters.length = f.iters;
    sh.loops.length = f.loops;
    if (f.kind === 'trap') sh.status = f.status;
    sh.block = f.block;
    sh.pc = f.pc;
    return undefined;
  }

  /** A shell reading commands from stdin: takes the next complete command, or waits for one. */
  private nextInput(): 'more' | 'block' | 'eof' {
    const sh = this.sh;
    this.pullStdin();
    if (sh.interactive && !sh.prompted && !(sh.inClosed && sh.inbuf === '')) {
      this.io.write('stdout', this.prompt());
      sh.prompted = true;
    }
    let end = sh.inbuf.indexOf('\n');
    while (end >= 0 || (sh.inClosed && sh.inbuf !== '')) {
      const text = end >= 0 ? sh.inbuf.slice(0, end + 1) : sh.inbuf;
      try {
        const code = compileSource(text);
        sh.inbuf = sh.inbuf.slice(text.length);
        sh.blocks.main = code;
        sh.block = 'main';
        sh.pc = 0;
        sh.prompted = false;
        return 'more';
      } catch (e) {
        if (e instanceof ShellSyntaxError && e.incomplete && end >= 0) {
          end = sh.inbuf.indexOf('\n', end + 1);
          if (end < 0 && !sh.inClosed) return 'block';
          continue;
        }
        sh.inbuf = sh.inbuf.slice(text.length);
        sh.prompted = false;
        if (e instanceof ShellSyntaxError) this.syntaxError(e);
        else this.io.notice('engine.notice.scriptNotSimulated', text.trim());
        sh.status = 2;
        return 'more';
      }
    }
    return sh.inClosed ? 'eof' : 'block';
  }

  private prompt(): string {
    const sh = this.sh;
    if (sh.flavor === 'bash') return `root@${this.io.hostname}:${sh.cwd}# `;
    if (sh.flavor === 'ash') return `${sh.cwd} # `;
    return '# ';
  }

  syntaxError(e: ShellSyntaxError): void {
    this.io.write('stderr', syntaxErrorText(this.sh.flavor, this.sh.argv0, e));
  }

  private pullStdin(): void {
    const sh = this.sh;
    if (sh.inClosed) return;
    const got = this.io.takeStdin();
    sh.inbuf += got.data;
    if (got.closed) sh.inClosed = true;
  }

  // ------------------------------------------------------------ instructions

  private step(ins: Instr): ShellOutcome | undefined {
    const sh = this.sh;
    switch (ins.op) {
      case 'cmd': {
        const out = this.command(ins);
        if (out) return out;
        if (sh.errexit && !ins.cond && sh.status !== 0) throw new Exit(sh.status);
        sh.pc++;
        return undefined;
      }
      case 'jmp':
        sh.pc = ins.to;
        return undefined;
      case 'jz':
        sh.pc = sh.status === 0 ? ins.to : sh.pc + 1;
        return undefined;
      case 'jnz':
        sh.pc = sh.status !== 0 ? ins.to : sh.pc + 1;
        return undefined;
      case 'not':
        sh.status = sh.status === 0 ? 1 : 0;
        break;
      case 'status':
        sh.status = ins.value;
        break;
      case 'lpush':
        sh.loops.push(0);
        break;
      case 'lsave':
        sh.loops[sh.loops.length - 1] = sh.status;
        break;
      case 'lpop':
        sh.status = sh.loops.pop() ?? 0;
        break;
      case 'forin': {
        const items = ins.items === null ? [...sh.params] : this.expandWords(ins.items);
        sh.iters.push({ name: ins.name, items, i: 0 });
        break;
      }
      case 'fornext': {
        const it = sh.iters[sh.iters.length - 1];
        if (!it || it.i >= it.items.length) {
          sh.iters.pop();
          sh.pc = ins.to;
          return undefined;
        }
        sh.vars[it.name] = this.noteValue(it.items[it.i++] ?? '');
        break;
      }
      case 'break':
        if (ins.dropIter) sh.iters.pop();
        sh.status = 0;
        sh.pc = ins.to;
        return undefined;
      case 'case': {
        const value = this.expandWord(ins.word);
        const arm = ins.arms.find((a) => a.pats.some((p) => this.matches(value, p)));
        sh.status = 0;
        sh.pc = arm ? arm.to : ins.end;
        return undefined;
      }
      case 'func':
        sh.blocks[`fn:${ins.name}`] = ins.body;
        sh.status = 0;
        break;
      case 'ret': {
        const out = this.ret();
        if (out) return out;
        return undefined;
      }
    }
    sh.pc++;
    return undefined;
  }

  private matches(value: string, pat: Word): boolean {
    let text = '';
    const literal: boolean[] = [];
    for (const p of pat) {
      const v = p.t === 'lit' ? p.v : this.expandPart(p).join(' ');
      text += v;
      for (let i = 0; i < v.length; i++) literal.push(p.q);
    }
    return globToRegExp(text, literal).test(value);
  }

  // ------------------------------------------------------------ expansion

  private lookup(name: string): string | undefined {
    const sh = this.sh;
    if (name === '?') return String(sh.status);
    if (name === '$') return '1';
    if (name === '!') return '';
    if (name === '#') return String(sh.params.length);
    if (name === '-') return sh.errexit ? 'e' : '';
    if (name === '0') return sh.argv0;
    if (name === '@' || name === '*') return sh.params.join(' ');
    if (/^\d+$/.test(name)) return sh.params[Number(name) - 1];
    return Object.prototype.hasOwnProperty.call(sh.vars, name) ? sh.vars[name] : undefined;
  }

  private arith(text: string): string {
    try {
      return String(
        evalArith(text, {
          get: (n) => this.lookup(n),
          set: (n, v) => {
            this.sh.vars[n] = this.noteValue(v);
          },
        }),
      );
    } catch (e) {
      if (!(e instanceof ArithError)) throw e;
      this.err(`arithmetic expression: ${e.message}: "${text}"`);
      throw new Exit(2);
    }
  }

  /** A part's value as fields: unquoted expansions split on blanks, "$@" gives one field per parameter. */
  private expandPart(p: Part): string[] {
    if (p.t === 'lit') return [p.v];
    if (p.t === 'arith') return [this.arith(this.expandWord(p.expr))];
    if (p.t === 'sub') return [this.substitute(p.code)];
    if ((p.name === '@' || p.name === '*') && !p.op)
      return p.q && p.name === '@' ? [...this.sh.params] : [this.sh.params.join(' ')];
    const v = this.lookup(p.name);
    switch (p.op) {
      case '#':
        return [String((v ?? '').length)];
      case ':-':
        return [v === undefined || v === '' ? this.expandWord(p.arg ?? []) : v];
      case '-':
        return [v === undefined ? this.expandWord(p.arg ?? []) : v];
      case ':=':
      case '=':
        if (v === undefined || (p.op === ':=' && v === '')) {
          const nv = this.expandWord(p.arg ?? []);
          this.sh.vars[p.name] = this.noteValue(nv);
          return [nv];
        }
        return [v];
      case ':+':
        return [v === undefined || v === '' ? '' : this.expandWord(p.arg ?? [])];
      case '+':
        return [v === undefined ? '' : this.expandWord(p.arg ?? [])];
      default:
        return [v ?? ''];
    }
  }

  /** A word as one string (assignments, redirection targets, case words). */
  expandWord(w: Word): string {
    let out = '';
    for (const p of w) out += p.t === 'lit' ? p.v : this.expandPart(p).join(' ');
    return out;
  }

  /** Words as fields, with field splitting of unquoted expansions. */
  expandWords(words: Word[]): string[] {
    const fields: string[] = [];
    for (const w of words) {
      let cur = '';
      let has = false;
      for (const p of w) {
        if (p.t === 'lit') {
          // The common case, without the array expandPart returns.
          cur += p.v;
          has = true;
          continue;
        }
        const vals = this.expandPart(p);
        if (p.t === 'var' && p.name === '@' && p.q && !p.op) {
          // "$@": one field per parameter, glued to the text around it.
          vals.forEach((v, i) => {
            if (i > 0) fields.push(cur);
            cur = i > 0 ? v : cur + v;
            has = true;
          });
          continue;
        }
        if (p.q) {
          cur += vals.join('');
          has = true;
          continue;
        }
        const pieces = vals.join(' ').split(/[ \t\n]+/);
        pieces.forEach((piece, i) => {
          if (i > 0) {
            if (has) fields.push(cur);
            cur = '';
            has = false;
          }
          if (piece !== '') {
            cur += piece;
            has = true;
          }
        });
      }
      if (has) fields.push(cur);
    }
    return fields;
  }

  /** `$( … )`: runs the code to its end in a copy of the shell and returns its output without trailing newlines. */
  private substitute(code: Instr[]): string {
    const sh = this.sh;
    const child: ShellState = {
      ...JSON.parse(JSON.stringify({ ...sh, blocks: {} })),
      blocks: { ...sh.blocks, main: code },
      block: 'main',
      pc: 0,
      frames: [],
      iters: [],
      loops: [],
      traps: {},
      pending: [],
      resume: undefined,
      mode: 'script',
      interactive: false,
      exiting: undefined,
    };
    const runner = new Runner(child, this.io, {
      1: { k: 'cap' },
      2: this.base[2] ?? { k: 'null' },
    });
    runner.nested = true;
    const out = runner.run(100_000);
    if (out.k === 'memcap') throw new MemoryCap();
    sh.status = out.k === 'exit' ? out.code : child.status;
    return runner.capture.replace(/\n+$/, '');
  }

  // ------------------------------------------------------------ commands

  private prefix(line: number): string {
    const sh = this.sh;
    return sh.flavor === 'dash'
      ? `${sh.argv0}: ${line}: `
      : sh.flavor === 'ash'
        ? `${sh.argv0}: `
        : `${sh.argv0}: line ${line}: `;
  }

  private line = 1;
  private fds: Record<number, Target> = {};
  private stdinText: string | undefined;

  private err(msg: string): void {
    this.emit(2, `${this.prefix(this.line)}${msg}\n`);
  }

  private emit(fd: number, text: string): void {
    if (text === '') return;
    const t = this.fds[fd] ?? this.base[fd];
    if (!t) return;
    if (t.k === 'out') this.io.write(t.stream, text);
    else if (t.k === 'cap') {
      if (this.capture.length + text.length > SHELL_MAX_CHARS) throw new MemoryCap();
      this.capture += text;
    } else if (t.k === 'file') this.io.files.write(t.path, text, true);
  }

  private redirect(redirs: Redir[]): boolean {
    this.stdinText = undefined;
    if (redirs.length === 0) {
      this.fds = this.base;
      return true;
    }
    this.fds = { ...this.base };
    const sh = this.sh;
    for (const r of redirs) {
      const target = this.expandWord(r.target);
      if (r.op === '>&') {
        const from = this.fds[Number(target)];
        if (!from) {
          this.err(`${target}: Bad file descriptor`);
          sh.status = 2;
          return false;
        }
        this.fds[r.fd] = from;
        continue;
      }
      const path = normalizePath(target, sh.cwd);
      if (r.op === '<') {
        const got = this.io.files.read(path);
        if (!got.ok) {
          this.err(
            sh.flavor === 'bash'
              ? `${target}: No such file or directory`
              : sh.flavor === 'ash'
                ? `can't open '${target}': No such file or directory`
                : `cannot open ${target}: No such file`,
          );
          sh.status = sh.flavor === 'dash' ? 2 : 1;
          return false;
        }
        this.stdinText = got.content;
        continue;
      }
      let t: Target;
      if (path === '/dev/null') t = { k: 'null' };
      else if (path === '/dev/stdout') t = this.fds[1] ?? { k: 'null' };
      else if (path === '/dev/stderr') t = this.fds[2] ?? { k: 'null' };
      else {
        const w = this.io.files.write(path, '', r.op === '>>');
        if (!w.ok) {
          const why =
            w.error === 'dir'
              ? 'Is a directory'
              : w.error === 'read-only'
                ? 'Read-only file system'
                : sh.flavor === 'dash'
                  ? 'Directory nonexistent'
                  : 'No such file or directory';
          this.err(
            sh.flavor === 'bash'
              ? `${target}: ${why}`
              : sh.flavor === 'ash'
                ? `can't create ${target}: ${w.error === 'missing-dir' ? 'nonexistent directory' : why}`
                : `cannot create ${target}: ${why}`,
          );
          sh.status = sh.flavor === 'ash' ? 1 : 2;
          return false;
        }
        t = { k: 'file', path };
      }
      if (r.fd === -1) {
        this.fds[1] = t;
        this.fds[2] = t;
      } else this.fds[r.fd] = t;
    }
    return true;
  }

  private command(ins: Extract<Instr, { op: 'cmd' }>): ShellOutcome | undefined {
    const sh = this.sh;
    this.line = ins.line;
    const statusBefore = sh.status;
    let subStatus: number | undefined;
    const assigned: [string, string][] | undefined = ins.assigns.length > 0 ? [] : undefined;
    for (const a of ins.assigns) {
      sh.status = statusBefore;
      const v = this.expandWord(a.value);
      if (hasSub(a.value)) subStatus = sh.status;
      assigned?.push([a.name, v]);
    }
    let hadSub = false;
    for (const w of ins.words) if (hasSub(w)) hadSub = true;
    sh.status = statusBefore;
    const argv = this.expandWords(ins.words);
    if (hadSub) subStatus = sh.status;
    sh.status = statusBefore;
    if (assigned) for (const [k, v] of assigned) sh.vars[k] = this.noteValue(v);
    if (!this.redirect(ins.redirs)) return undefined;
    if (argv.length === 0) {
      sh.status = subStatus ?? 0;
      return undefined;
    }
    const [name = '', ...args] = argv;
    const fn = sh.blocks[`fn:${name}`];
    if (fn) {
      this.enter(`fn:${name}`, 'func', args);
      sh.pc = -1; // the pc++ that follows every command starts the body at 0
      return undefined;
    }
    return this.builtin(name, args, ins);
  }

  private done(status: number): undefined {
    this.sh.status = status;
    return undefined;
  }

  private builtin(
    name: string,
    args: string[],
    ins: Extract<Instr, { op: 'cmd' }>,
  ): ShellOutcome | undefined {
    const sh = this.sh;
    switch (name) {
      case ':':
      case 'true':
      case 'wait':
        return this.done(0);
      case 'false':
        return this.done(1);
      case 'echo':
        this.emit(1, echo(args, sh.flavor));
        return this.done(0);
      case 'printf': {
        if (args.length === 0) {
          this.emit(2, 'printf: usage: printf format [arguments]\n');
          return this.done(sh.flavor === 'bash' ? 2 : 1);
        }
        const r = printf(args);
        this.emit(1, r.out);
        this.emit(2, r.err);
        return this.done(r.status);
      }
      case 'date': {
        const fmt = args.find((a) => a.startsWith('+'));
        const iso = args.includes('-I') || args.includes('--iso-8601');
        const rfc = args.includes('-R') || args.includes('--rfc-2822');
        this.emit(
          1,
          `${formatDate(this.io.now, fmt ? fmt.slice(1) : iso ? '%F' : rfc ? '%a, %d %b %Y %T +0000' : undefined)}\n`,
        );
        return this.done(0);
      }
      case 'sleep': {
        const busybox = sh.flavor === 'ash';
        const duration = parseSleep(args, busybox);
        if (duration === undefined) {
          this.emit(2, sleepUsageError(args, busybox));
          return this.done(1);
        }
        sh.resume =
          duration === 'forever'
            ? { kind: 'sleep', until: FOREVER, argv: [name, ...args] }
            : {
                kind: 'sleep',
                until: this.io.now + Math.round(duration * 1000),
                argv: [name, ...args],
              };
        return sleepOutcome(sh.resume.until);
      }
      case 'cat':
        return this.cat(args);
      case 'read':
        return this.read(args);
      case 'test':
      case '[': {
        const r = testCommand(
          args,
          {
            exists: (p) => this.io.files.stat(normalizePath(p, sh.cwd)),
            size: (p) => {
              const got = this.io.files.read(normalizePath(p, sh.cwd));
              return got.ok ? got.content.length : 0;
            },
          },
          name,
        );
        if (r.err) this.err(sh.flavor === 'ash' ? r.err : `${name}: ${r.err}`);
        return this.done(r.status);
      }
      case 'seq': {
        const nums = args.map(Number);
        if (nums.length === 0 || nums.length > 3 || nums.some((n) => !Number.isFinite(n))) {
          this.emit(
            2,
            nums.length === 0
              ? 'seq: missing operand\n'
              : `seq: invalid floating point argument: '${args.find((a) => !Number.isFinite(Number(a))) ?? ''}'\n`,
          );
          return this.done(1);
        }
        const [first, step, last] =
          nums.length === 1
            ? [1, 1, nums[0] ?? 1]
            : nums.length === 2
              ? [nums[0] ?? 1, 1, nums[1] ?? 1]
              : [nums[0] ?? 1, nums[1] ?? 1, nums[2] ?? 1];
        let out = '';
        if (step !== 0)
          for (
            let v = first, k = 0;
            (step > 0 ? v <= last : v >= last) && k < 100_000;
            v += step, k++
          )
            out += `${v}\n`;
        this.emit(1, out);
        return this.done(0);
      }
      case 'expr':
        return this.expr(args);
      case 'exit': {
        const n = args[0] === undefined ? sh.status : Number(args[0]);
        if (!Number.isInteger(n)) {
          this.err(`exit: Illegal number: ${args[0]}`);
          throw new Exit(2);
        }
        throw new Exit(n);
      }
      case 'return': {
        const n = args[0] === undefined ? sh.status : Number(args[0]);
        sh.status = Number.isInteger(n) ? n & 255 : 2;
        const i = sh.frames.map((f) => f.kind).lastIndexOf('func');
        if (i < 0) throw new Exit(sh.status);
        const status = sh.status;
        while (sh.frames.length > i + 1) this.ret();
        this.ret();
        sh.status = status;
        sh.pc--; // compensates the pc++ after a command
        return undefined;
      }
      case 'export':
      case 'readonly':
      case 'local': {
        const frame = sh.frames.map((f) => f.kind).lastIndexOf('func');
        for (const a of args.filter((x) => !x.startsWith('-'))) {
          const eq = a.indexOf('=');
          const key = eq >= 0 ? a.slice(0, eq) : a;
          if (name === 'local' && frame >= 0) {
            const f = sh.frames[frame] as Frame;
            f.locals ??= {};
            if (!(key in f.locals)) f.locals[key] = sh.vars[key] ?? null;
          }
          if (eq >= 0) sh.vars[key] = this.noteValue(a.slice(eq + 1));
          if (name === 'export' && !sh.exported.includes(key)) sh.exported.push(key);
        }
        return this.done(0);
      }
      case 'unset':
        for (const a of args.filter((x) => !x.startsWith('-'))) {
          delete sh.vars[a];
          delete sh.blocks[`fn:${a}`];
        }
        return this.done(0);
      case 'shift': {
        const n = args[0] === undefined ? 1 : Number(args[0]);
        if (!(n >= 0) || n > sh.params.length) {
          this.err(`shift: can't shift that many`);
          return this.done(sh.flavor === 'bash' ? 1 : 2);
        }
        sh.params = sh.params.slice(n);
        return this.done(0);
      }
      case 'set': {
        for (let i = 0; i < args.length; i++) {
          const a = args[i] ?? '';
          if (a === '--') {
            sh.params = args.slice(i + 1);
            break;
          }
          if (/^[-+][a-z]+$/.test(a)) {
            if (a.includes('e')) sh.errexit = a[0] === '-';
          } else {
            sh.params = args.slice(i);
            break;
          }
        }
        return this.done(0);
      }
      case 'trap':
        return this.trap(args);
      case 'eval': {
        const src = args.join(' ');
        try {
          const code = compileSource(src);
          code.push({ op: 'ret' });
          const key = `eval:${++sh.seq}`;
          sh.blocks[key] = code;
          this.enter(key, 'eval');
          sh.pc = -1;
          return this.done(0);
        } catch (e) {
          if (e instanceof ShellSyntaxError) {
            this.syntaxError(e);
            return this.done(2);
          }
          if (e instanceof ShellUnsupported) {
            this.io.notice('engine.notice.scriptNotSimulated', src);
            return this.done(2);
          }
          throw e;
        }
      }
      case 'exec': {
        if (args.length === 0) return this.done(0);
        const [cmd = '', ...rest] = args;
        if (BUILTINS.has(cmd)) {
          const out = this.builtin(cmd, rest, ins);
          if (out) return out;
          throw new Exit(sh.status);
        }
        const kind = this.io.lookupCommand(cmd);
        if (kind === 'missing') {
          this.err(sh.flavor === 'bash' ? `exec: ${cmd}: not found` : `exec: ${cmd}: not found`);
          throw new Exit(127);
        }
        return { k: 'exec', argv: args };
      }
      case 'cd': {
        const dir = args[0] ?? sh.vars.HOME ?? '/';
        const path = normalizePath(dir, sh.cwd);
        if (this.io.files.stat(path) !== 'dir') {
          this.err(
            sh.flavor === 'bash'
              ? `cd: ${dir}: No such file or directory`
              : sh.flavor === 'ash'
                ? `cd: can't cd to ${dir}: No such file or directory`
                : `cd: can't cd to ${dir}`,
          );
          return this.done(sh.flavor === 'dash' ? 2 : 1);
        }
        sh.vars.OLDPWD = sh.cwd;
        sh.cwd = path;
        sh.vars.PWD = path;
        return this.done(0);
      }
      case 'pwd':
        this.emit(1, `${sh.cwd}\n`);
        return this.done(0);
      case 'env':
      case 'printenv': {
        const env = sh.exported.filter((k) => k in sh.vars).map((k) => `${k}=${sh.vars[k]}`);
        if (args.length === 0) {
          this.emit(1, env.map((e) => `${e}\n`).join(''));
          return this.done(0);
        }
        if (name === 'printenv') {
          let status = 0;
          for (const a of args) {
            if (sh.exported.includes(a) && a in sh.vars) this.emit(1, `${sh.vars[a]}\n`);
            else status = 1;
          }
          return this.done(status);
        }
        break;
      }
      case 'uname': {
        const parts = args.length === 0 ? ['-s'] : args;
        const all = parts.includes('-a');
        const vals: string[] = [];
        if (all || parts.includes('-s')) vals.push('Linux');
        if (all || parts.includes('-n')) vals.push(this.io.hostname);
        if (all || parts.includes('-r')) vals.push(this.io.kernel);
        if (all || parts.includes('-m')) vals.push('x86_64');
        this.emit(1, `${vals.join(' ')}\n`);
        return this.done(0);
      }
    }
    const util = this.io.utility(name, args, sh.cwd);
    if (util) {
      this.emit(1, util.stdout);
      this.emit(2, util.stderr);
      return this.done(util.status);
    }
    const kind = this.io.lookupCommand(name);
    if (kind === 'missing') {
      this.emit(
        2,
        sh.flavor === 'bash'
          ? `${this.prefix(ins.line)}${name}: command not found\n`
          : `${this.prefix(ins.line)}${name}: not found\n`,
      );
      return this.done(127);
    }
    const last =
      sh.block === 'main' &&
      sh.pc === (sh.blocks.main?.length ?? 0) - 1 &&
      sh.frames.length === 0 &&
      !sh.traps.EXIT &&
      this.base[1]?.k === 'out';
    if (kind === 'program' && last) return { k: 'exec', argv: [name, ...args] };
    this.io.notice('engine.notice.programNotSimulated', [name, ...args].join(' '));
    return this.done(0);
  }

  private stdinChunk(): { data: string; closed: boolean } {
    if (this.stdinText !== undefined) return { data: this.stdinText, closed: true };
    const sh = this.sh;
    this.pullStdin();
    const data = sh.inbuf;
    sh.inbuf = '';
    return { data, closed: sh.inClosed };
  }

  private cat(args: string[]): ShellOutcome | undefined {
    const sh = this.sh;
    const files = args.filter((a) => a !== '-u');
    let status = 0;
    for (const f of files.length ? files : ['-']) {
      if (f === '-') {
        const got = this.stdinChunk();
        this.emit(1, got.data);
        if (!got.closed) {
          sh.resume = { kind: 'stdin' };
          return { k: 'stdin' };
        }
        continue;
      }
      const got = this.io.files.read(normalizePath(f, sh.cwd));
      if (got.ok) this.emit(1, got.content);
      else {
        this.emit(
          2,
          got.error === 'dir'
            ? `cat: ${sh.flavor === 'ash' ? 'read error' : f}: Is a directory\n`
            : sh.flavor === 'ash'
              ? `cat: can't open '${f}': No such file or directory\n`
              : `cat: ${f}: No such file or directory\n`,
        );
        status = 1;
      }
    }
    sh.status = status;
    return undefined;
  }

  private read(args: string[]): ShellOutcome | undefined {
    const sh = this.sh;
    const names = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '-p');
    let line: string | undefined;
    let eof = false;
    if (this.stdinText !== undefined) {
      const nl = this.stdinText.indexOf('\n');
      line = nl >= 0 ? this.stdinText.slice(0, nl) : this.stdinText;
      eof = nl < 0;
    } else {
      this.pullStdin();
      const nl = sh.inbuf.indexOf('\n');
      if (nl >= 0) {
        line = sh.inbuf.slice(0, nl);
        sh.inbuf = sh.inbuf.slice(nl + 1);
      } else if (sh.inClosed) {
        line = sh.inbuf;
        sh.inbuf = '';
        eof = true;
      } else {
        sh.resume = { kind: 'stdin' };
        return { k: 'stdin' };
      }
    }
    const raw = args.includes('-r');
    let text = line ?? '';
    if (!raw) text = text.replace(/\\(.)/g, '$1');
    const vars = names.length ? names : ['REPLY'];
    const fields = text.trim().split(/[ \t]+/);
    vars.forEach((v, i) => {
      sh.vars[v] = this.noteValue(
        i === vars.length - 1 ? fields.slice(i).join(' ') : (fields[i] ?? ''),
      );
    });
    sh.status = eof ? 1 : 0;
    return undefined;
  }

  private expr(args: string[]): ShellOutcome | undefined {
    const sh = this.sh;
    const [a = '', op, b = ''] = args;
    let v: string;
    if (op === undefined) v = a;
    else {
      const isNum = (s: string) => /^-?\d+$/.test(s);
      const num = ['+', '-', '*', '/', '%'].includes(op);
      if (num && (!isNum(a) || !isNum(b))) {
        this.emit(2, 'expr: non-integer argument\n');
        sh.status = 2;
        return undefined;
      }
      const x = Number(a);
      const y = Number(b);
      const cmp = (r: boolean) => (r ? '1' : '0');
      const both = isNum(a) && isNum(b);
      switch (op) {
        case '+':
          v = String(x + y);
          break;
        case '-':
          v = String(x - y);
          break;
        case '*':
          v = String(x * y);
          break;
        case '/':
        case '%':
          if (y === 0) {
            this.emit(2, 'expr: division by zero\n');
            sh.status = 2;
            return undefined;
          }
          v = String(op === '/' ? Math.trunc(x / y) : x % y);
          break;
        case '=':
          v = cmp(a === b);
          break;
        case '!=':
          v = cmp(a !== b);
          break;
        case '<':
          v = cmp(both ? x < y : a < b);
          break;
        case '>':
          v = cmp(both ? x > y : a > b);
          break;
        case '<=':
          v = cmp(both ? x <= y : a <= b);
          break;
        case '>=':
          v = cmp(both ? x >= y : a >= b);
          break;
        default:
          this.emit(2, 'expr: syntax error\n');
          sh.status = 2;
          return undefined;
      }
    }
    this.emit(1, `${v}\n`);
    sh.status = v === '0' || v === '' ? 1 : 0;
    return undefined;
  }

  private trap(args: string[]): ShellOutcome | undefined {
    const sh = this.sh;
    if (args.length === 0 || args[0] === '-p') {
      for (const [sig, src] of Object.entries(sh.traps))
        this.emit(1, `trap -- '${src.replace(/'/g, `'\\''`)}' ${sig}\n`);
      sh.status = 0;
      return undefined;
    }
    let [action, ...sigs] = args;
    if (sigs.length === 0 || (action !== undefined && /^\d+$/.test(action))) {
      sigs = action === undefined ? [] : [action, ...sigs];
      action = '-';
    }
    let status = 0;
    for (const raw of sigs) {
      const name = trapName(raw);
      if (!name) {
        this.err(`trap: ${raw}: bad trap`);
        status = 1;
        continue;
      }
      if (action === '-') {
        delete sh.traps[name];
        delete sh.blocks[`trap:${name}`];
        continue;
      }
      const src = action ?? '';
      if (src !== '') {
        try {
          const code = compileSource(src);
          code.push({ op: 'ret' });
          sh.blocks[`trap:${name}`] = code;
        } catch {
          this.io.notice('engine.notice.scriptNotSimulated', src);
          status = 2;
          continue;
        }
      }
      sh.traps[name] = src;
    }
    sh.status = status;
    return undefined;
  }
}
