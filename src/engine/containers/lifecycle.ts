// The container state machine: start, program stepping, signals, stop/kill/pause, exits, restarts, removal.
import type { Container, ContainerProcess, ProgramState } from '../types.ts';
import { fail, ok, type EngineError, type Result } from '../errors.ts';
import { emitContainerEvent, forEachAttachment, notify, type Core } from '../core.ts';
import { IGNORED_BY_DEFAULT, parseSignal, type Signal } from '../signals.ts';
import { programFor, resolveExecutable, simulatorFor } from '../programs/registry.ts';
import type { ProgramHost, ScriptResult, StreamName } from '../programs/types.ts';
import { connectOnStart, disconnectOnStop } from './network.ts';
import { removeAnonymousVolumes } from '../volumes/ops.ts';
import { enforceMemoryLimit } from '../resources/ops.ts';
import { initHealth } from './health.ts';
import { unindexContainer } from './lookup.ts';
import { describeStartError } from './start-errors.ts';

const MAX_STEPS_PER_INSTANT = 1000;
/** Characters of log a container keeps (besides the line cap), so that huge lines cannot fill memory. */
const MAX_LOG_CHARS = 32 * 1024 * 1024;
const DEFAULT_STOP_TIMEOUT_S = 10;
const RESTART_BASE_DELAY = 100;
const RESTART_MAX_DELAY = 60_000;
/** Time the runtime takes to bring a restarted container up again (runc create + start), as measured. */
const RESTART_START_OVERHEAD = 150;

export const isActive = (c: Container): boolean =>
  c.state.status === 'running' || c.state.status === 'paused';

/** Appends output to the container's log and to attached clients (a TTY turns \n into \r\n, one stream). */
export function writeOutput(core: Core, c: Container, stream: StreamName, text: string): void {
  if (text === '') return;
  const { state } = core;
  const data = c.config.tty ? text.replace(/\r?\n/g, '\r\n') : text;
  const out: StreamName = c.config.tty ? 'stdout' : stream;
  // Most writes are one whole line: no need to split them.
  const single = data.indexOf('\n') === data.length - 1;
  c.logChars ??= c.logs.reduce((n, l) => n + l.text.length, 0);
  if (single) appendLog(c, state.now, out, data);
  else for (const line of data.match(/[^\n]*\n|[^\n]+$/g) ?? []) appendLog(c, state.now, out, line);
  let excess = Math.max(0, c.logs.length - state.limits.maxLogLines);
  // Huge lines are capped in size too: the oldest go first, the newest line always stays.
  let chars = c.logChars;
  for (let i = 0; i < c.logs.length; i++) {
    const text = c.logs[i]?.text ?? '';
    if (i < excess) chars -= text.length;
    else if (chars > MAX_LOG_CHARS && i < c.logs.length - 1) {
      chars -= text.length;
      excess = i + 1;
    } else break;
  }
  if (excess > 0) {
    c.logs.splice(0, excess);
    c.logsDropped += excess;
  }
  c.logChars = chars;
  if (core.attachments.has(c.id)) forEachAttachment(core, c.id, (l) => l.output?.(out, data));
}

function appendLog(c: Container, time: number, stream: StreamName, line: string): void {
  const last = c.logs[c.logs.length - 1];
  // A partial last line of the same stream is continued rather than split.
  if (last && last.stream === stream && !last.text.endsWith('\n')) last.text += line;
  else c.logs.push({ time, stream, text: line });
  c.logChars = (c.logChars ?? 0) + line.length;
}

interface StepOutcome {
  exited?: number;
  exec?: { argv: string[]; shellName: string };
}

function makeHost(
  core: Core,
  c: Container,
  proc: ContainerProcess,
  outcome: StepOutcome,
): ProgramHost {
  return {
    get now() {
      return core.state.now;
    },
    state: core.state,
    container: c,
    process: proc,
    write: (stream, text) => {
      if (outcome.exited === undefined) writeOutput(core, c, stream, text);
    },
    exit: (code) => {
      if (outcome.exited === undefined) outcome.exited = code;
    },
    exec: (argv, shellName) => {
      if (outcome.exited === undefined) outcome.exec = { argv, shellName };
    },
    takeStdin: () => {
      const data = c.stdinBuffer;
      c.stdinBuffer = '';
      return { data, closed: c.stdinClosed };
    },
    notice: (key, detail) => forEachAttachment(core, c.id, (l) => l.notice?.(key, detail)),
    runScript: (request) => {
      const runner = core.scriptRunner;
      if (!runner) return false;
      const token = scriptToken(c, proc);
      core.runningScripts.add(token);
      runner(request).then(
        (result) => scriptFinished(core, c.id, token, result),
        (err: unknown) =>
          scriptFinished(core, c.id, token, {
            stdout: '',
            stderr: `${String(err)}\n`,
            exitCode: 1,
          }),
      );
      return true;
    },
    scriptRunning: () => core.runningScripts.has(scriptToken(c, proc)),
  };
}

const scriptToken = (c: Container, proc: ContainerProcess): string =>
  `${c.id}:${proc.pid}:${proc.startedAt}`;

/** The injected runner finished a script: hand its result to the program, which ends with it. */
function scriptFinished(core: Core, id: string, token: string, result: ScriptResult): void {
  core.runningScripts.delete(token);
  const c = core.state.containers[id];
  const proc = c?.processes[0];
  if (!c || !proc || scriptToken(c, proc) !== token) return;
  const data = proc.program.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
  data.result = {
    stdout: result.stdout,
    stderr: result.stderr,
    exitCode: result.exitCode,
    ...(result.unsimulated ? { unsimulated: true } : {}),
  };
  proc.program.wakeAt = core.state.now;
  if (c.state.status === 'running') runMainProgram(core, c);
  notify(core);
}

/** After a restore, scripts that were with the runner are handed to it again (their promise was lost). */
export function resumeRunningScripts(core: Core): void {
  for (const c of Object.values(core.state.containers)) {
    const data = c.processes[0]?.program.data;
    if (
      c.state.status !== 'running' ||
      data === null ||
      typeof data !== 'object' ||
      Array.isArray(data)
    )
      continue;
    if (data.fallback !== undefined && data.result === undefined) runMainProgram(core, c);
  }
}

/** One host per running process, reused by every step: a loop stepped each second allocates nothing here. */
const HOSTS = new WeakMap<
  ContainerProcess,
  { core: Core; c: Container; host: ProgramHost; outcome: StepOutcome }
>();

function stepHost(core: Core, c: Container, proc: ContainerProcess) {
  let entry = HOSTS.get(proc);
  if (!entry || entry.core !== core || entry.c !== c) {
    const outcome: StepOutcome = {};
    entry = { core, c, outcome, host: makeHost(core, c, proc, outcome) };
    HOSTS.set(proc, entry);
  }
  entry.outcome.exited = undefined;
  entry.outcome.exec = undefined;
  return entry;
}

/** Runs the main program while it is due; handles exec and exit. */
export function runMainProgram(core: Core, c: Container): void {
  for (let steps = 0; steps < MAX_STEPS_PER_INSTANT; steps++) {
    if (c.state.status !== 'running') return;
    const proc = c.processes[0];
    if (!proc) return;
    const prog = proc.program;
    const { host, outcome } = stepHost(core, c, proc);
    const sim = simulatorFor(prog.kind);
    prog.wakeAt = undefined;
    sim.step(host, prog);
    if (outcome.exited !== undefined) {
      containerExited(core, c, outcome.exited);
      return;
    }
    if (outcome.exec) {
      const { argv, shellName } = outcome.exec;
      const cmd = argv[0];
      const found = cmd === undefined ? undefined : resolveExecutable(core.state, c, cmd);
      if (!found || !found.found) {
        writeOutput(core, c, 'stderr', `${shellName}: exec: line 47: ${cmd ?? ''}: not found\n`);
        containerExited(core, c, 127);
        return;
      }
      proc.program = programFor(argv, found.path);
      proc.argv = argv;
      continue;
    }
    if (c.config.memory > 0) enforceMemoryLimit(core, c);
    if (prog.wakeAt === undefined || prog.wakeAt > core.state.now) return;
  }
  // A program that never yields is put to sleep a millisecond so virtual time can move on.
  const proc = c.processes[0];
  if (proc) proc.program.wakeAt = core.state.now + 1;
}

/** Starts a created/exited container. Errors leave it as it was (Created, with State.Error set). */
export function startContainer(core: Core, c: Container): Result<void> {
  const { state } = core;
  const argv = [c.path, ...c.args];
  const net = connectOnStart(state, c);
  if (!net.ok) {
    c.state.exitCode = 128;
    c.state.error = describeStartError(net.error);
    return net;
  }
  const found = resolveExecutable(state, c, c.path);
  if (!found.found) {
    disconnectOnStop(c, core.state);
    const error = found.error;
    c.state.exitCode = error.exitCode;
    c.state.error = describeStartError(error);
    return fail(error);
  }
  const program: ProgramState = programFor(argv, found.path);
  const pid = state.nextPid;
  state.nextPid += c.config.init ? 2 : 1;
  const processes: ContainerProcess[] = [
    { pid, ppid: 0, argv, uid: 0, startedAt: state.now, program },
  ];
  c.processes = processes;
  c.state.status = 'running';
  c.state.pid = pid;
  c.state.exitCode = 0;
  c.state.error = '';
  c.state.startedAt = state.now;
  c.state.stoppedByUser = false;
  c.state.killAt = undefined;
  c.state.restartAt = undefined;
  c.stdinClosed = !c.config.openStdin;
  c.stdinBuffer = '';
  initHealth(core, c);
  emitContainerEvent(core, c, 'start');
  runMainProgram(core, c);
  notify(core);
  return ok(undefined);
}

/** The main process ended with `code`: release resources, tell attached clients, apply policies. */
export function containerExited(core: Core, c: Container, code: number): void {
  const { state } = core;
  const ranFor = c.state.startedAt === null ? 0 : state.now - c.state.startedAt;
  c.state.status = 'exited';
  c.state.exitCode = code;
  c.state.pid = 0;
  c.state.finishedAt = state.now;
  c.state.killAt = undefined;
  c.processes = [];
  disconnectOnStop(c, core.state);
  emitContainerEvent(core, c, 'die', { exitCode: String(code) });
  forEachAttachment(core, c.id, (l) => l.exit?.(code));
  if (c.state.pendingRestart) {
    c.state.pendingRestart = false;
    emitContainerEvent(core, c, 'stop');
    if (startContainer(core, c).ok) emitContainerEvent(core, c, 'restart');
    notify(core);
    return;
  }
  if (c.state.stoppedByUser) emitContainerEvent(core, c, 'stop');
  const policy = c.config.restartPolicy;
  const wantsRestart =
    !c.state.stoppedByUser &&
    (policy.name === 'always' ||
      policy.name === 'unless-stopped' ||
      (policy.name === 'on-failure' &&
        code !== 0 &&
        (policy.maximumRetryCount === 0 || c.restartCount < policy.maximumRetryCount)));
  if (wantsRestart) {
    const delay =
      ranFor >= 10_000
        ? RESTART_BASE_DELAY
        : Math.min(c.state.restartDelay ?? RESTART_BASE_DELAY, RESTART_MAX_DELAY);
    c.state.restartDelay = Math.min(delay * 2, RESTART_MAX_DELAY);
    // Docker counts a restart when it schedules it (inspect shows the count while Restarting).
    c.restartCount++;
    c.state.status = 'restarting';
    c.state.restartAt = state.now + delay + RESTART_START_OVERHEAD;
  } else if (c.config.autoRemove) {
    destroyContainer(core, c);
    removeAnonymousVolumes(core, c);
  }
  notify(core);
}

/** The restart manager's turn: start a restarting container again. */
export function restartFromPolicy(core: Core, c: Container): void {
  c.state.restartAt = undefined;
  c.state.status = 'exited';
  if (!startContainer(core, c).ok) c.state.status = 'exited';
  notify(core);
}

export function destroyContainer(core: Core, c: Container): void {
  c.state.status = 'removing';
  delete core.state.containers[c.id];
  unindexContainer(core.state, c);
  emitContainerEvent(core, c, 'destroy');
  core.attachments.delete(c.id);
  notify(core);
}

/** Delivers a signal to PID 1 following Linux rules; returns whether the container is still up. */
export function deliverSignal(core: Core, c: Container, sig: Signal): void {
  if (!isActive(c)) return;
  if (sig.number === 9) {
    containerExited(core, c, 137);
    return;
  }
  if (sig.number === 19) return;
  const proc = c.processes[0];
  if (!proc) return;
  const outcome: StepOutcome = {};
  const reaction =
    simulatorFor(proc.program.kind).signal?.(makeHost(core, c, proc, outcome), proc.program, sig) ??
    'default';
  if (outcome.exited !== undefined) {
    containerExited(core, c, outcome.exited);
    return;
  }
  // Without a handler PID 1 ignores signals; with --init the program is not PID 1 and dies by default.
  if (reaction === 'default' && c.config.init && !IGNORED_BY_DEFAULT.has(sig.number)) {
    containerExited(core, c, 128 + sig.number);
  }
}

export function stopSignalOf(c: Container): Signal {
  return parseSignal(c.config.stopSignal ?? 'SIGTERM') ?? { name: 'SIGTERM', number: 15 };
}

/** `docker stop`: the stop signal, then SIGKILL after the timeout. Returns whether it is already down. */
export function stopContainer(
  core: Core,
  c: Container,
  opts: { signal?: Signal; timeout?: number },
): boolean {
  const { state } = core;
  if (c.state.status === 'restarting') {
    c.state.stoppedByUser = true;
    c.state.status = 'exited';
    c.state.restartAt = undefined;
    emitContainerEvent(core, c, 'stop');
    notify(core);
    return true;
  }
  if (!isActive(c)) return true;
  c.state.stoppedByUser = true;
  if (c.state.status === 'paused') c.state.status = 'running';
  const sig = opts.signal ?? stopSignalOf(c);
  const timeout = opts.timeout ?? c.config.stopTimeout ?? DEFAULT_STOP_TIMEOUT_S;
  emitContainerEvent(core, c, 'kill', { signal: String(sig.number) });
  deliverSignal(core, c, sig);
  if (isActive(c)) {
    if (timeout < 0) c.state.killAt = undefined;
    else if (timeout === 0) {
      emitContainerEvent(core, c, 'kill', { signal: '9' });
      containerExited(core, c, 137);
    } else c.state.killAt = state.now + timeout * 1000;
  }
  notify(core);
  return !isActive(c);
}

/** The stop timeout elapsed: SIGKILL. */
export function stopTimeoutExpired(core: Core, c: Container): void {
  c.state.killAt = undefined;
  if (!isActive(c)) return;
  emitContainerEvent(core, c, 'kill', { signal: '9' });
  containerExited(core, c, 137);
}
