// The emulated machine: an engine plus the host shell, and the routing of one typed line (reused by the terminal).
import type { CliCommand, CliContext, CliProcess, OutputChunk } from '../cli/contract.ts';
import type { EngineState } from '../engine/types.ts';
import { createHostBash, createMemoryFs, type HostBash, type HostCommand } from './bash.ts';
import { Channel, InputQueue } from './channel.ts';
import { runToCompletion } from './driver.ts';
import { loadLateParts, newEngine, restoreEngine, type MachineEngine } from './engine-port.ts';
import { createScriptRunner } from './script-runner.ts';
import { HOST, hostPrompt, initialHostEnv } from './host.ts';
import { initialHostFiles, readHostFiles, writeHostFiles } from './host-fs.ts';
import { routeLine, type Route } from './route.ts';
import { LineDiscipline } from './tty.ts';
import type { IFileSystem } from 'just-bash';
import { hostFsPort } from './host-fs-port.ts';
import { busyWhile, idleWhile, isBusy } from './busy.ts';
import { HostSync } from './host-sync.ts';

/** What a line writes on the terminal; `echo` marks what the terminal itself echoed of typed input. */
export interface TerminalChunk extends OutputChunk {
  echo?: boolean;
}

export interface LineIO {
  columns: number;
  rows: number;
  /** Whether stdout is a terminal (default true: a line typed at the prompt). */
  stdoutIsTTY?: boolean;
  /** Whether stdin is a terminal (default true). When false, `stdin` is the whole input. */
  stdinIsTTY?: boolean;
  /** Input when stdin is not a terminal (default: empty). */
  stdin?: string;
  /** Aborting it is Ctrl-C. */
  signal?: AbortSignal;
}

/** One line being run: what it writes, its exit code, and the keyboard while it runs. */
export interface RunningLine {
  readonly route: Route['kind'];
  readonly output: AsyncIterable<TerminalChunk>;
  readonly exitCode: Promise<number>;
  /** Bytes typed on the keyboard while it runs (Enter is `\r`, Ctrl-C `\x03`, detach `\x10\x11`). */
  write(data: string): void;
  /** Ctrl-C. */
  interrupt(): void;
  /** Whether it has ended. */
  done(): boolean;
  /** Whether it is blocked reading the keyboard, i.e. waiting for the user. */
  waitingForInput(): boolean;
  /** The terminal was resized: a command on the terminal sees the new size (`ctx.columns`, `onResize`). */
  resize(columns: number, rows: number): void;
}

export interface MachineSnapshot {
  schema: 1;
  engine: EngineState;
  shell: { cwd: string; vars: Record<string, string>; lastExitCode: number };
}

export interface MachineOptions {
  /** Command lines replayed into the fresh machine, fast-forwarding virtual time. */
  fixture?: string[];
  /** An engine to use instead of a new one. */
  engine?: MachineEngine;
  seed?: number;
  /** Start time of the virtual clock (ms since the epoch). */
  now?: number;
  /** Image tags present at start ("nginx:latest"…); the engine's usual set by default. */
  presentTags?: readonly string[];
  /** A saved machine to restore (takes precedence over `engine`, `seed` and `now`). */
  snapshot?: MachineSnapshot;
  /** The docker command (default: `docker` of `src/cli/index.ts`, loaded lazily). */
  docker?: CliCommand;
  /** How the docker command loads when `docker` is not given (default: a dynamic import of the CLI). */
  loadDocker?: () => Promise<CliCommand>;
  /**
   * Holds the fixture back until this resolves: a terminal shows its prompt first, then the fixture
   * runs (lines typed meanwhile wait for it, as they wait for any fixture).
   */
  fixtureAfter?: Promise<void>;
}

export interface Machine {
  readonly engine: MachineEngine;
  /** Resolves once the start fixture has been applied. */
  ready(): Promise<void>;
  prompt(): string;
  cwd(): string;
  /** Shell variables as the last line left them. */
  vars(): Readonly<Record<string, string>>;
  lastExitCode(): number;
  runLine(line: string, io: LineIO): RunningLine;
  /** Earliest virtual time at which the engine or a shell `sleep` needs to run. */
  nextWakeAt(): number | undefined;
  /**
   * Whether real work is pending (a module loading, just-bash running a line): the clock must not be
   * fast-forwarded then, however idle the line looks (see driver.ts).
   */
  busy(): boolean;
  /**
   * Moves the clock towards `t`, stopping early at the first shell `sleep` due before it so that
   * the shell can run at that moment; returns the time reached. Never goes back.
   */
  advanceTo(t: number): number;
  toSnapshot(): Promise<MachineSnapshot>;
}

/** What running a line needs beyond a prompt, loaded once for every machine (a separate chunk in the browser). */
interface LineModules {
  curl: CliCommand;
  createContainerShell: typeof import('./container-shell.ts').createContainerShell;
}

let lineModules: Promise<LineModules> | undefined;

async function defaultDockerLoader(): Promise<CliCommand> {
  return ((await import('../cli/index.ts')) as { docker: CliCommand }).docker;
}

/**
 * Loads what lines need beyond the prompt: the engine's heavy parts, container shells and the host's curl.
 * Machines call it before a line runs or a saved state with containers restores; the terminal calls it
 * once its prompt is up, so that the first line does not wait.
 */
export function loadLineModules(): Promise<LineModules> {
  lineModules ??= Promise.all([
    loadLateParts(),
    import('./container-shell.ts'),
    import('./curl.ts'),
  ]).then(
    ([, shell, host]) => ({ curl: host.curl, createContainerShell: shell.createContainerShell }),
    (error: unknown) => {
      lineModules = undefined;
      throw error;
    },
  );
  return lineModules;
}

/** Shell variables that just-bash reports but that must not be handed back to the next line. */
const TRANSIENT_VARS = new Set(['?', 'OLDPWD_SET', 'BASHPID', 'RANDOM', 'LINENO', 'SECONDS']);

interface Timer {
  at: number;
  resolve: () => void;
}

class HostMachine implements Machine {
  readonly engine: MachineEngine;
  private currentCwd: string;
  private currentVars: Record<string, string>;
  private exit = 0;
  private readonly timers: Timer[] = [];
  private readonly readyPromise: Promise<void>;
  private bashPromise: Promise<{ bash: HostBash; fs: IFileSystem }> | undefined;
  private dockerCommand: CliCommand | undefined;
  private readonly loadDocker: () => Promise<CliCommand>;
  private readonly startFiles: EngineState['host']['files'] | undefined;
  /** Lines run one after another: the next starts when the previous has ended. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: MachineOptions) {
    if (options.snapshot) {
      this.engine = restoreEngine(options.snapshot.engine, {
        scriptRunner: createScriptRunner(() => this.engine),
      });
      this.currentCwd = options.snapshot.shell.cwd;
      this.currentVars = { ...options.snapshot.shell.vars };
      this.exit = options.snapshot.shell.lastExitCode;
    } else {
      this.engine =
        options.engine ??
        newEngine({
          ...(options.now !== undefined ? { now: options.now } : {}),
          ...(options.seed !== undefined ? { seed: options.seed } : {}),
          ...(options.presentTags ? { presentTags: options.presentTags } : {}),
          scriptRunner: createScriptRunner(() => this.engine),
        });
      this.currentCwd = HOST.home;
      this.currentVars = initialHostEnv();
    }
    const files = options.snapshot?.engine.host?.files;
    this.startFiles = files && Object.keys(files).length > 0 ? files : undefined;
    // The engine holds the host's files until the shell starts (bind mounts, curl -o, snapshots).
    const hostFiles = (this.engine.state as Partial<EngineState> | undefined)?.host?.files;
    if (!this.startFiles && hostFiles)
      Object.assign(hostFiles, initialHostFiles(this.engine.now()));
    this.dockerCommand = options.docker;
    this.loadDocker = options.loadDocker ?? defaultDockerLoader;
    const fixture = options.fixture ?? [];
    const containers = (this.engine.state as Partial<EngineState> | undefined)?.containers ?? {};
    // A state with containers runs their programs as soon as the clock moves: load the heavy parts first.
    const needsModules = fixture.length > 0 || Object.keys(containers).length > 0;
    this.readyPromise = (options.fixtureAfter ?? Promise.resolve())
      .then(() => (needsModules ? this.loadModules() : undefined))
      .then(() => this.applyFixture(fixture));
  }

  ready(): Promise<void> {
    return this.readyPromise;
  }

  private async loadModules(): Promise<LineModules> {
    this.modules ??= await busyWhile(this.engine, loadLineModules);
    return this.modules;
  }

  busy(): boolean {
    return isBusy(this.engine);
  }

  prompt(): string {
    return hostPrompt(this.currentCwd);
  }

  cwd(): string {
    return this.currentCwd;
  }

  vars(): Readonly<Record<string, string>> {
    return this.currentVars;
  }

  lastExitCode(): number {
    return this.exit;
  }

  nextWakeAt(): number | undefined {
    const e = this.engine.nextWakeAt();
    const t = this.timers.reduce<number | undefined>(
      (m, x) => (m === undefined || x.at < m ? x.at : m),
      undefined,
    );
    if (e === undefined) return t;
    if (t === undefined) return e;
    return Math.min(e, t);
  }

  advanceTo(t: number): number {
    const now = this.engine.now();
    const firstTimer = this.timers.reduce((m, x) => Math.min(m, x.at), Infinity);
    const target = Math.max(now, Math.min(t, firstTimer));
    if (target > now) this.engine.advanceTo(target);
    else if (
      this.engine.nextWakeAt() !== undefined &&
      (this.engine.nextWakeAt() ?? Infinity) <= now
    ) {
      // Something is due right now: let the engine run it.
      this.engine.advanceTo(now);
    }
    this.fireTimers();
    return this.engine.now();
  }

  private fireTimers(): void {
    const now = this.engine.now();
    for (let i = this.timers.length - 1; i >= 0; i--) {
      const timer = this.timers[i] as Timer;
      if (timer.at <= now) {
        this.timers.splice(i, 1);
        timer.resolve();
      }
    }
  }

  /** `sleep` for the host shell: resolves when the virtual clock reaches the end (or on Ctrl-C). */
  private sleepVirtual(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const timer: Timer = { at: this.engine.now() + Math.max(0, ms), resolve };
      if (ms <= 0) {
        resolve();
        return;
      }
      this.timers.push(timer);
      signal?.addEventListener(
        'abort',
        () => {
          const i = this.timers.indexOf(timer);
          if (i >= 0) this.timers.splice(i, 1);
          resolve();
        },
        { once: true },
      );
    });
  }

  private async applyFixture(lines: string[]): Promise<void> {
    for (const line of lines) {
      const running = this.startLine(
        line,
        { columns: 80, rows: 24, stdoutIsTTY: false, stdinIsTTY: false },
        true,
      );
      const drain = (async () => {
        for await (const chunk of running.output) void chunk;
      })();
      await runToCompletion(this, running);
      await drain;
    }
  }

  private async docker(): Promise<CliCommand> {
    this.dockerCommand ??= await busyWhile(this.engine, this.loadDocker);
    return this.dockerCommand;
  }

  /** Syncs the engine's copy of the host files around docker/curl (bind mounts, curl -o). */
  private hostSyncCache: HostSync | undefined;
  private get hostSync(): HostSync {
    return (this.hostSyncCache ??= new HostSync(this.engine));
  }
  private rawHostFs: IFileSystem | undefined;

  /** Runs `body` with the engine's host files up to date, then writes back what it changed there. */
  private async withHostFiles<T>(body: () => Promise<T>): Promise<T> {
    const bash = this.bashPromise ? await this.bashPromise : undefined;
    if (bash) await this.hostSync.toEngine(bash.fs);
    try {
      return await body();
    } finally {
      if (bash && this.rawHostFs) await this.hostSync.fromEngine(this.rawHostFs);
    }
  }

  private hostBash(): Promise<{ bash: HostBash; fs: IFileSystem }> {
    this.bashPromise ??= busyWhile(this.engine, async () => {
      // With just-bash, after the prompt: not in the terminal's first chunk.
      const { sleepCommand, untilAborted } = await import('./userland-commands.ts');
      const raw = await createMemoryFs();
      await writeHostFiles(
        raw,
        (this.engine.state as Partial<EngineState> | undefined)?.host?.files ??
          this.startFiles ??
          initialHostFiles(this.engine.now()),
      );
      this.rawHostFs = raw;
      const fs = this.hostSync.track(raw);
      const command =
        (name: 'docker' | 'curl'): HostCommand =>
        async (args, ctx) =>
          this.withHostFiles(async () => {
            const program =
              name === 'docker' ? await this.docker() : (await this.loadModules()).curl;
            const proc = program(
              args,
              this.cliContext({
                stdin: InputQueue.ofText(ctx.stdin),
                stdoutIsTTY: false,
                stdinIsTTY: false,
                columns: 80,
                rows: 24,
                signal: ctx.signal ?? new AbortController().signal,
                env: ctx.env,
                cwd: ctx.cwd,
                canFollow: false,
              }),
            );
            let stdout = '';
            let stderr = '';
            // The command waits on the engine's clock: no real work of the line meanwhile.
            const collected = (async () => {
              for await (const chunk of proc.output) {
                if (chunk.stream === 'stdout') stdout += chunk.data;
                else stderr += chunk.data;
              }
              return proc.exitCode;
            })();
            const exitCode = await idleWhile(this.engine, collected);
            return { stdout, stderr, exitCode };
          });
      const bash = await createHostBash({
        fs,
        cwd: HOST.home,
        env: initialHostEnv(),
        commands: {
          docker: command('docker'),
          curl: command('curl'),
          sleep: sleepCommand('gnu', (duration) =>
            idleWhile(
              this.engine,
              duration === 'forever'
                ? untilAborted(this.bashSignal)
                : this.sleepVirtual(duration, this.bashSignal),
            ),
          ),
          hostname: async () => ({ stdout: `${HOST.hostname}\n`, stderr: '', exitCode: 0 }),
          whoami: async () => ({ stdout: `${HOST.user}\n`, stderr: '', exitCode: 0 }),
          id: async () => ({
            stdout: `uid=${HOST.uid}(${HOST.user}) gid=${HOST.uid}(${HOST.user}) groups=${HOST.uid}(${HOST.user}),${HOST.dockerGid}(docker)\n`,
            stderr: '',
            exitCode: 0,
          }),
        },
        sleep: (ms) => idleWhile(this.engine, this.sleepVirtual(ms, this.bashSignal)),
        uid: HOST.uid,
        gid: HOST.uid,
      });
      return { bash, fs };
    });
    return this.bashPromise;
  }

  /** The signal of the just-bash line running now (so that a shell `sleep` ends on Ctrl-C). */
  private bashSignal: AbortSignal | undefined;

  private containerShellFactory: CliContext['containerShell'];
  /** Set once `loadLineModules()` has resolved (every line awaits it before its body runs). */
  private modules: LineModules | undefined;

  private cliContext(parts: Omit<CliContext, 'engine'>): CliContext {
    const modules = this.modules;
    if (!modules) throw new Error('machine: line modules not loaded');
    this.containerShellFactory ??= modules.createContainerShell(this.engine);
    return {
      engine: this.engine,
      containerShell: this.containerShellFactory,
      hostFs: hostFsPort(async () => (await this.hostBash()).fs),
      ...parts,
    };
  }

  runLine(line: string, io: LineIO): RunningLine {
    return this.startLine(line, io, false);
  }

  private startLine(line: string, io: LineIO, isFixture: boolean): RunningLine {
    const route = routeLine(line, { vars: this.currentVars, lastExitCode: this.exit });
    const output = new Channel<TerminalChunk>();
    const stdoutIsTTY = io.stdoutIsTTY ?? true;
    const stdinIsTTY = io.stdinIsTTY ?? true;
    const abort = new AbortController();
    if (io.signal) {
      if (io.signal.aborted) abort.abort();
      else io.signal.addEventListener('abort', () => abort.abort(), { once: true });
    }
    const input = stdinIsTTY ? new InputQueue() : InputQueue.ofText(io.stdin ?? '');
    const tty = new LineDiscipline(input, {
      echo: (text) => output.push({ stream: 'stdout', data: text, echo: true }),
      interrupt: () => abort.abort(),
    });
    let finished = false;
    let directInput: InputQueue | undefined;
    const size = { columns: io.columns, rows: io.rows };
    const resizeListeners = new Set<(columns: number, rows: number) => void>();
    /** On a terminal, the context's size is live and resizes are announced (see CliContext). */
    const onTerminal = (ctx: CliContext): CliContext => {
      Object.defineProperties(ctx, {
        columns: { get: () => size.columns, enumerable: true },
        rows: { get: () => size.rows, enumerable: true },
      });
      ctx.onResize = (listener) => {
        resizeListeners.add(listener);
        return () => void resizeListeners.delete(listener);
      };
      return ctx;
    };

    const body = async (): Promise<number> => {
      switch (route.kind) {
        case 'empty':
          return this.exit;
        case 'direct':
          return this.withHostFiles(async () => {
            const [name, ...args] = route.argv;
            const program =
              name === 'docker' ? await this.docker() : (await this.loadModules()).curl;
            directInput = input;
            const ctx = this.cliContext({
              stdin: input,
              stdoutIsTTY,
              stdinIsTTY,
              columns: stdoutIsTTY ? io.columns : 80,
              rows: io.rows,
              signal: abort.signal,
              env: { ...this.currentVars },
              cwd: this.currentCwd,
              canFollow: true,
              setRawMode: stdinIsTTY ? (raw) => void (tty.raw = raw) : undefined,
            });
            const proc: CliProcess = program(args, stdoutIsTTY ? onTerminal(ctx) : ctx);
            for await (const chunk of proc.output) {
              output.push(route.mergeStderr ? { stream: 'stdout', data: chunk.data } : chunk);
            }
            return await proc.exitCode;
          });
        case 'bash': {
          const { bash } = await this.hostBash();
          const script = line.includes('$?') ? `(exit ${this.exit}); ${line}` : line;
          this.bashSignal = abort.signal;
          try {
            const result = await busyWhile(this.engine, () =>
              bash.run(script, {
                cwd: this.currentCwd,
                env: this.currentVars,
                stdin: stdinIsTTY ? '' : (io.stdin ?? ''),
                signal: abort.signal,
              }),
            );
            const interrupted = abort.signal.aborted;
            // Ctrl-C: the terminal has echoed ^C; bash adds nothing and the status is 130 (128 + SIGINT).
            const stderr = interrupted
              ? result.stderr.replace(/(^|\n)bash: execution aborted\n?$/, '$1')
              : result.stderr;
            if (result.stdout) output.push({ stream: 'stdout', data: result.stdout });
            if (stderr) output.push({ stream: 'stderr', data: stderr });
            const vars: Record<string, string> = {};
            for (const [k, v] of Object.entries(result.env))
              if (!TRANSIENT_VARS.has(k)) vars[k] = v;
            this.currentVars = vars;
            if (vars.PWD) this.currentCwd = vars.PWD;
            return interrupted ? 130 : result.exitCode;
          } finally {
            this.bashSignal = undefined;
          }
        }
      }
    };

    const waitForFixture = isFixture ? Promise.resolve() : this.readyPromise.catch(() => undefined);
    const exitCode = waitForFixture.then(() =>
      this.enqueue(async () => {
        let code: number;
        try {
          await this.loadModules();
          code = await body();
        } catch (err) {
          // A bug must not kill the terminal: report it like a crashed program would.
          output.push({
            stream: 'stderr',
            data: `erreur interne : ${err instanceof Error ? err.message : String(err)}\n`,
          });
          code = 1;
        }
        this.exit = code;
        if (route.kind !== 'empty') this.engine.recordShellLine(line, 'host', code);
        finished = true;
        output.close();
        return code;
      }),
    );

    return {
      route: route.kind,
      output,
      exitCode,
      write: (data) => tty.write(data),
      interrupt: () => tty.write('\x03'),
      done: () => finished,
      waitingForInput: () => directInput?.isWaiting() ?? false,
      resize: (columns, rows) => {
        if (columns === size.columns && rows === size.rows) return;
        size.columns = columns;
        size.rows = rows;
        for (const listener of resizeListeners) listener(columns, rows);
      },
    };
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async toSnapshot(): Promise<MachineSnapshot> {
    const engine = this.engine.toSnapshot();
    const files = this.bashPromise
      ? await readHostFiles((await this.bashPromise).fs)
      : ((this.engine.state as Partial<EngineState> | undefined)?.host?.files ??
        initialHostFiles(this.engine.now()));
    return {
      schema: 1,
      engine: { ...engine, host: { ...engine.host, files } },
      shell: { cwd: this.currentCwd, vars: { ...this.currentVars }, lastExitCode: this.exit },
    };
  }
}

export function createMachine(options: MachineOptions = {}): Machine {
  return new HostMachine(options);
}
