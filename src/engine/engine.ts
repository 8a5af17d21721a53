// The Engine object: the public API over the state (operations, virtual clock, subscriptions, snapshots).
import type { Container, EngineLimits, EngineState } from './types.ts';
import { fail, ok, own, type Result } from './errors.ts';
import { createCore, emitContainerEvent, notify, type AttachListener, type Core } from './core.ts';
import { initialState } from './state.ts';
import { parseSignal, type Signal } from './signals.ts';
import {
  lookupContainer,
  lookupLocalImage,
  resolveImageForRun,
  findContainerByName,
  indexContainer,
  type ResolvedImage,
} from './containers/lookup.ts';
import { buildContainer, isValidContainerName, type CreateSpec } from './containers/create.ts';
import {
  containerExited,
  destroyContainer,
  deliverSignal,
  isActive,
  restartFromPolicy,
  resumeRunningScripts,
  runMainProgram,
  startContainer,
  stopContainer,
  stopTimeoutExpired,
} from './containers/lifecycle.ts';
import { validateSnapshot } from './snapshot.ts';
import { runHealthCheck } from './containers/health.ts';
import { ptyInput } from './containers/pty.ts';
import { DueQueue } from './due-queue.ts';
import type { ScriptRunner } from './programs/types.ts';
import type { ImageOps } from './images/ops.ts';
import { lateParts, latePartsLoaded, loadLateParts } from './late.ts';
import type { FsOps } from './fs/ops.ts';
import { createNetworkOps, type NetworkOps } from './network/ops.ts';
import { createResourceOps, type ResourceOps } from './resources/ops.ts';
import {
  createVolumeOps,
  prepareMounts,
  removeAnonymousVolumes,
  type VolumeOps,
} from './volumes/ops.ts';

export interface EngineOptions {
  state?: EngineState;
  now?: number;
  seed?: number;
  limits?: Partial<EngineLimits>;
  /** Local image tags at start ("nginx:latest"…); the course's usual set by default. */
  presentTags?: readonly string[];
  /** Runs shell scripts beyond the interpreter's subset to completion (the machine passes just-bash). */
  scriptRunner?: ScriptRunner;
}

/** The part of an AbortSignal the engine needs (the engine has no DOM types). */
export interface AbortLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
}

export interface StopOptions {
  /** Seconds before SIGKILL (`-t`); the container's StopTimeout or 10 by default. */
  timeout?: number;
  /** Signal name or number (`-s`); the container's StopSignal or SIGTERM by default. */
  signal?: string;
}

export interface ContainerRef {
  id: string;
  name: string;
}

export interface Engine {
  /** The live state, read-only by contract (mutate only through the operations). */
  readonly state: Readonly<EngineState>;
  now(): number;
  toSnapshot(): EngineState;
  advanceTo(t: number): void;
  advanceBy(ms: number): void;
  /** The earliest virtual time at which something happens by itself, if any. */
  nextWakeAt(): number | undefined;
  /** Called after every state change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  recordShellLine(line: string, where?: string, exitCode?: number): void;

  findContainer(ref: string): Result<Container>;
  findImage(ref: string): ResolvedImage | undefined;
  /** Image for `run`/`create`: local, or why it is not (pull access denied, manifest unknown, not pulled). */
  resolveImage(ref: string): Result<ResolvedImage>;
  /** Containers, oldest first. */
  listContainers(): Container[];

  create(spec: CreateSpec): Result<ContainerRef>;
  start(ref: string): Result<ContainerRef>;
  /** Sends the stop signal; `done` is false while the container still runs (SIGKILL comes at the timeout). */
  stop(ref: string, opts?: StopOptions): Result<ContainerRef & { done: boolean }>;
  restart(ref: string, opts?: StopOptions): Result<ContainerRef & { done: boolean }>;
  kill(ref: string, signal?: string): Result<ContainerRef>;
  pause(ref: string): Result<ContainerRef>;
  unpause(ref: string): Result<ContainerRef>;
  remove(ref: string, opts?: { force?: boolean; volumes?: boolean }): Result<ContainerRef>;
  rename(ref: string, newName: string): Result<ContainerRef>;
  /** Listens to a container's output and exit (foreground run, start -a, attach, wait). */
  attach(id: string, listener: AttachListener): () => void;
  writeStdin(id: string, data: string): void;
  closeStdin(id: string): void;
  /** Images: pulls, the local store, rmi, tag, history, commit, disk usage. */
  readonly images: ImageOps;
  /** Containers' layered filesystems (diff, cp, shells) and exec processes. */
  readonly fs: FsOps;
  /** Networks, and HTTP between the host and containers (curl, wget, published ports). */
  readonly network: NetworkOps;
  /** Volumes, and the host files the engine changes (bind mounts). */
  readonly volumes: VolumeOps;
  /** `docker stats` samples and `docker update` of limits. */
  readonly resources: ResourceOps;
  /** Resolves when the virtual clock has moved `ms` on (or at once if `signal` aborts). */
  sleep(ms: number, signal?: AbortLike): Promise<void>;
}

const refOf = (c: Container): ContainerRef => ({ id: c.id, name: c.name });

const earlier = (t: number | undefined, v: number | undefined): number | undefined =>
  v !== undefined && (t === undefined || v < t) ? v : t;

function dueTime(c: Container): number | undefined {
  const st = c.state;
  let t = st.killAt;
  if (st.status === 'running') {
    t = earlier(t, c.processes[0]?.program.wakeAt);
    t = earlier(t, st.health?.nextCheckAt);
  } else if (st.status === 'restarting') t = earlier(t, st.restartAt);
  return t;
}

function fireDue(core: Core, c: Container, now: number): void {
  if (c.state.killAt !== undefined && c.state.killAt <= now) stopTimeoutExpired(core, c);
  if (
    c.state.status === 'restarting' &&
    c.state.restartAt !== undefined &&
    c.state.restartAt <= now
  )
    restartFromPolicy(core, c);
  const wake = c.processes[0]?.program.wakeAt;
  if (c.state.status === 'running' && wake !== undefined && wake <= now) runMainProgram(core, c);
  const probe = c.state.health?.nextCheckAt;
  if (c.state.status === 'running' && probe !== undefined && probe <= now) runHealthCheck(core, c);
}

class EngineImpl implements Engine {
  readonly core: Core;
  private imageOps: ImageOps | undefined;
  private fsOps: FsOps | undefined;
  readonly network: NetworkOps;
  readonly volumes: VolumeOps;
  readonly resources: ResourceOps;
  /** Runtime-only timers of `sleep` (pull progress, shells' `sleep`): not part of the state. */
  private readonly timers: { at: number; resolve: () => void }[] = [];

  constructor(state: EngineState, scriptRunner?: ScriptRunner) {
    this.core = createCore(state);
    if (scriptRunner) this.core.scriptRunner = scriptRunner;
    // A restored script resumes once the heavy parts are there (the browser loads them late: late.ts).
    if (latePartsLoaded()) resumeRunningScripts(this.core);
    else if (Object.keys(state.containers).length > 0)
      void loadLateParts().then(
        () => resumeRunningScripts(this.core),
        () => undefined,
      );
    this.network = createNetworkOps(this.core);
    this.volumes = createVolumeOps(this.core);
    this.resources = createResourceOps(this.core);
  }

  /** Only docker commands use them: a late part. */
  get images(): ImageOps {
    this.imageOps ??= lateParts().createImageOps(this.core);
    return this.imageOps;
  }

  /** Only docker commands and container shells use them: a late part. */
  get fs(): FsOps {
    this.fsOps ??= lateParts().createFsOps(this.core);
    return this.fsOps;
  }

  sleep(ms: number, signal?: AbortLike): Promise<void> {
    if (!(ms > 0) || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = { at: this.core.state.now + ms, resolve };
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

  private fireTimers(): void {
    const now = this.core.state.now;
    for (let i = 0; i < this.timers.length;) {
      const timer = this.timers[i] as { at: number; resolve: () => void };
      if (timer.at <= now) {
        this.timers.splice(i, 1);
        timer.resolve();
      } else i++;
    }
  }

  get state(): Readonly<EngineState> {
    return this.core.state;
  }

  now(): number {
    return this.core.state.now;
  }

  toSnapshot(): EngineState {
    return JSON.parse(JSON.stringify(this.core.state)) as EngineState;
  }

  nextWakeAt(): number | undefined {
    let t: number | undefined;
    for (const timer of this.timers) if (t === undefined || timer.at < t) t = timer.at;
    const cs = this.core.state.containers;
    for (const id in cs) {
      const c = cs[id];
      const d = c ? dueTime(c) : undefined;
      if (d !== undefined && (t === undefined || d < t)) t = d;
    }
    return t;
  }

  advanceTo(t: number): void {
    const { state } = this.core;
    if (!(t > state.now)) return;
    // Wake-ups come from a heap built once per call: each costs log(n), not a scan of every container.
    const queue = new DueQueue();
    const enqueue = (c: Container) => {
      const d = dueTime(c);
      if (d !== undefined) queue.push(d, c.id);
    };
    for (const id in state.containers) enqueue(state.containers[id] as Container);
    let guard = 0;
    for (;;) {
      let w = queue.peek();
      for (const timer of this.timers) if (w === undefined || timer.at < w) w = timer.at;
      if (w === undefined || w > t || guard++ > 1_000_000) {
        // One full check at the end, in case an operation changed another container's schedule.
        const full = guard <= 1_000_000 ? this.nextWakeAt() : undefined;
        if (full === undefined || full > t) break;
        for (const id in state.containers) enqueue(state.containers[id] as Container);
        continue;
      }
      state.now = Math.max(state.now, w);
      for (let e = queue.pop(); e; e = queue.pop()) {
        if (e.time > state.now) {
          queue.push(e.time, e.id);
          break;
        }
        const c = own(state.containers, e.id);
        if (!c) continue;
        const d = dueTime(c);
        if (d !== undefined && d <= state.now) fireDue(this.core, c, state.now);
        if (state.containers[e.id]) enqueue(c);
      }
      this.fireTimers();
      notify(this.core);
    }
    state.now = t;
    this.fireTimers();
    notify(this.core);
  }

  advanceBy(ms: number): void {
    if (ms > 0) this.advanceTo(this.core.state.now + ms);
  }

  subscribe(listener: () => void): () => void {
    this.core.subscribers.add(listener);
    return () => this.core.subscribers.delete(listener);
  }

  recordShellLine(line: string, where = 'host', exitCode?: number): void {
    const { state } = this.core;
    state.events.push({
      time: state.now,
      type: 'shell',
      action: 'line',
      id: where,
      attributes: exitCode === undefined ? { line } : { line, exitCode: String(exitCode) },
    });
    if (where === 'host') {
      state.host.history.push(line);
      if (state.host.history.length > 1000)
        state.host.history.splice(0, state.host.history.length - 1000);
    }
    const excess = state.events.length - state.limits.maxEvents;
    if (excess > 0) state.events.splice(0, excess);
    notify(this.core);
  }

  findContainer(ref: string): Result<Container> {
    return lookupContainer(this.core.state, ref);
  }

  findImage(ref: string): ResolvedImage | undefined {
    return lookupLocalImage(this.core.state, ref);
  }

  resolveImage(ref: string): Result<ResolvedImage> {
    return resolveImageForRun(this.core.state, ref);
  }

  listContainers(): Container[] {
    return Object.values(this.core.state.containers);
  }

  create(spec: CreateSpec): Result<ContainerRef> {
    const built = buildContainer(this.core.state, spec);
    if (!built.ok) return built;
    const c = built.value;
    const mounted = prepareMounts(this.core, c);
    if (!mounted.ok) return mounted;
    this.core.state.containers[c.id] = c;
    indexContainer(this.core.state, c);
    emitContainerEvent(this.core, c, 'create');
    notify(this.core);
    return ok(refOf(c));
  }

  start(ref: string): Result<ContainerRef> {
    const found = this.findContainer(ref);
    if (!found.ok) return found;
    const c = found.value;
    if (c.state.status === 'paused') return fail({ code: 'START_PAUSED' });
    if (c.state.status === 'running' || c.state.status === 'restarting') return ok(refOf(c));
    if (c.state.status === 'removing' || c.state.status === 'dead')
      return fail({ code: 'REMOVAL_IN_PROGRESS', id: c.id });
    // A start by hand resets the restart manager: count and back-off (moby's ResetRestartManager).
    c.restartCount = 0;
    c.state.restartDelay = undefined;
    const started = startContainer(this.core, c);
    // A container that was never able to start is removed at once when it asked for --rm.
    if (!started.ok && c.config.autoRemove && c.state.startedAt === null) {
      destroyContainer(this.core, c);
      removeAnonymousVolumes(this.core, c);
    }
    notify(this.core);
    return started.ok ? ok(refOf(c)) : started;
  }

  private parseOptSignal(raw: string | undefined): Result<Signal | undefined> {
    if (raw === undefined || raw === '') return ok(undefined);
    const sig = parseSignal(raw);
    return sig ? ok(sig) : fail({ code: 'INVALID_SIGNAL', signal: raw });
  }

  stop(ref: string, opts: StopOptions = {}): Result<ContainerRef & { done: boolean }> {
    const found = this.findContainer(ref);
    if (!found.ok) return found;
    const sig = this.parseOptSignal(opts.signal);
    if (!sig.ok) return sig;
    const c = found.value;
    const done = stopContainer(this.core, c, {
      ...(sig.value ? { signal: sig.value } : {}),
      ...(opts.timeout !== undefined ? { timeout: opts.timeout } : {}),
    });
    return ok({ ...refOf(c), done });
  }

  restart(ref: string, opts: StopOptions = {}): Result<ContainerRef & { done: boolean }> {
    const found = this.findContainer(ref);
    if (!found.ok) return found;
    const sig = this.parseOptSignal(opts.signal);
    if (!sig.ok) return sig;
    const c = found.value;
    c.restartCount = 0;
    c.state.restartDelay = undefined;
    if (isActive(c)) {
      c.state.pendingRestart = true;
      stopContainer(this.core, c, {
        ...(sig.value ? { signal: sig.value } : {}),
        ...(opts.timeout !== undefined ? { timeout: opts.timeout } : {}),
      });
      return ok({ ...refOf(c), done: !c.state.pendingRestart });
    }
    if (c.state.status === 'restarting') {
      c.state.restartAt = undefined;
      c.state.status = 'exited';
    }
    const started = startContainer(this.core, c);
    if (!started.ok) return started;
    emitContainerEvent(this.core, c, 'restart');
    notify(this.core);
    return ok({ ...refOf(c), done: true });
  }

  kill(ref: string, signal?: string): Result<ContainerRef> {
    const found = this.findContainer(ref);
    if (!found.ok) return fail({ code: 'KILL_FAILED', ref, cause: found.error });
    const c = found.value;
    const sig = this.parseOptSignal(signal);
    if (!sig.ok) return fail({ code: 'KILL_FAILED', ref, cause: sig.error });
    if (!isActive(c))
      return fail({ code: 'KILL_FAILED', ref, cause: { code: 'CONTAINER_NOT_RUNNING', id: c.id } });
    const s = sig.value ?? { name: 'SIGKILL', number: 9 };
    if (s.number === 9) c.state.stoppedByUser = true;
    emitContainerEvent(this.core, c, 'kill', { signal: String(s.number) });
    deliverSignal(this.core, c, s);
    notify(this.core);
    return ok(refOf(c));
  }

  pause(ref: string): Result<ContainerRef> {
    const found = this.findContainer(ref);
    if (!found.ok) return found;
    const c = found.value;
    if (c.state.status === 'restarting') return fail({ code: 'CANNOT_PAUSE_RESTARTING', id: c.id });
    if (c.state.status === 'paused') return fail({ code: 'CONTAINER_ALREADY_PAUSED', id: c.id });
    if (c.state.status !== 'running') return fail({ code: 'CONTAINER_NOT_RUNNING', id: c.id });
    c.state.status = 'paused';
    emitContainerEvent(this.core, c, 'pause');
    notify(this.core);
    return ok(refOf(c));
  }

  unpause(ref: string): Result<ContainerRef> {
    const found = this.findContainer(ref);
    if (!found.ok) return found;
    const c = found.value;
    if (c.state.status !== 'paused') return fail({ code: 'CONTAINER_NOT_PAUSED', id: c.id });
    c.state.status = 'running';
    emitContainerEvent(this.core, c, 'unpause');
    runMainProgram(this.core, c);
    notify(this.core);
    return ok(refOf(c));
  }

  remove(ref: string, opts: { force?: boolean; volumes?: boolean } = {}): Result<ContainerRef> {
    const found = this.findContainer(ref);
    if (!found.ok) return found;
    const c = found.value;
    const status = c.state.status;
    if ((status === 'running' || status === 'paused' || status === 'restarting') && !opts.force) {
      return fail({ code: 'REMOVE_RUNNING', ref, status });
    }
    if (isActive(c)) {
      c.state.stoppedByUser = true;
      emitContainerEvent(this.core, c, 'kill', { signal: '9' });
      const autoRemove = c.config.autoRemove;
      c.config.autoRemove = false;
      containerExited(this.core, c, 137);
      c.config.autoRemove = autoRemove;
    }
    if (this.core.state.containers[c.id]) destroyContainer(this.core, c);
    if (opts.volumes) removeAnonymousVolumes(this.core, c);
    notify(this.core);
    return ok(refOf(c));
  }

  rename(ref: string, newName: string): Result<ContainerRef> {
    const found = this.findContainer(ref);
    if (!found.ok) return found;
    const c = found.value;
    const name = newName.replace(/^\//, '');
    if (!isValidContainerName(newName)) return fail({ code: 'INVALID_NAME', name: newName });
    if (name === c.name) return fail({ code: 'RENAME_SAME_NAME' });
    const holder = findContainerByName(this.core.state, name);
    if (holder) return fail({ code: 'NAME_CONFLICT', name, id: holder.id, renaming: true });
    const oldName = c.name;
    c.name = name;
    indexContainer(this.core.state, c, oldName);
    for (const ep of Object.values(c.endpoints))
      ep.dnsNames = ep.dnsNames.map((n) => (n === oldName ? name : n));
    emitContainerEvent(this.core, c, 'rename', { oldName: `/${oldName}` });
    notify(this.core);
    return ok(refOf(c));
  }

  attach(id: string, listener: AttachListener): () => void {
    let set = this.core.attachments.get(id);
    if (!set) {
      set = new Set();
      this.core.attachments.set(id, set);
    }
    set.add(listener);
    return () => {
      this.core.attachments.get(id)?.delete(listener);
    };
  }

  writeStdin(id: string, data: string): void {
    const c = own(this.core.state.containers, id);
    if (!c || c.stdinClosed || !c.config.openStdin) return;
    if (c.config.tty) ptyInput(this.core, c, data);
    else c.stdinBuffer += data;
    if (c.state.status === 'running') runMainProgram(this.core, c);
    notify(this.core);
  }

  closeStdin(id: string): void {
    const c = own(this.core.state.containers, id);
    if (!c || c.stdinClosed) return;
    c.stdinClosed = true;
    if (c.state.status === 'running') runMainProgram(this.core, c);
    notify(this.core);
  }
}

export function createEngine(options: EngineOptions = {}): Engine {
  const state =
    options.state ??
    initialState({
      ...(options.now !== undefined ? { now: options.now } : {}),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.presentTags ? { presentTags: options.presentTags } : {}),
    });
  return new EngineImpl(state, options.scriptRunner);
}

/** Restores an engine from a snapshot after checking its shape; the snapshot is copied, not shared. */
export function engineFromSnapshot(
  snapshot: unknown,
  options: { scriptRunner?: ScriptRunner } = {},
): Result<Engine> {
  const checked = validateSnapshot(snapshot);
  if (!checked.ok) return checked;
  return ok(
    new EngineImpl(JSON.parse(JSON.stringify(checked.value)) as EngineState, options.scriptRunner),
  );
}
