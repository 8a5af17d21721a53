// Virtual-time driver: runs a line to its end, fast-forwarding the clock whenever it waits only on virtual time.

/** What the driver needs of a machine (a structural subset of `Machine`). */
export interface Clocked {
  nextWakeAt(): number | undefined;
  advanceTo(t: number): number;
  readonly engine: { now(): number };
  /** Whether real work is pending (module loads, just-bash): the clock then stays where it is. */
  busy?(): boolean;
}

/** What the driver needs of a running line. */
export interface Awaitable {
  done(): boolean;
  waitingForInput(): boolean;
}

const schedule: (fn: () => void) => void =
  typeof setImmediate === 'function' ? (fn) => setImmediate(fn) : (fn) => setTimeout(fn, 0);

/** How long real pending work may hold the clock before the driver stops waiting for it (real ms). */
const MAX_BUSY_MS = 60_000;

/**
 * Waits (in real time) while the machine reports real work pending; false if it stayed busy too long.
 * A lazy import or a just-bash run can look idle to the driver: the clock must not move meanwhile.
 */
async function whileBusy(machine: Clocked): Promise<boolean> {
  if (!machine.busy?.()) return true;
  const started = performance.now();
  while (machine.busy()) {
    if (performance.now() - started > MAX_BUSY_MS) return false;
    await new Promise((resolve) => setTimeout(resolve, 1));
    await settle(1);
  }
  await settle();
  return true;
}

/** Lets every pending microtask and a few macrotask turns run (what "blocked" means here). */
export async function settle(turns = 3): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise<void>((resolve) => schedule(resolve));
}

export type DriveResult =
  | { state: 'ended' }
  /** Blocked on the keyboard: the caller types or interrupts. */
  | { state: 'input' }
  /** Nothing scheduled and not reading: it waits for something outside virtual time (or forever). */
  | { state: 'idle' }
  /** Still running when the time limit was reached. */
  | { state: 'timeout' };

export interface DriveOptions {
  /** Give up after this much virtual time (default: one day). */
  maxVirtualMs?: number;
  /** Stop (returning `input`) when the line reads the keyboard (default true). */
  stopOnInput?: boolean;
}

/**
 * Runs until the line ends, fast-forwarding virtual time: whenever nothing is left to do but wait
 * for the clock, jump it to the next wake-up of the engine or of a shell `sleep`.
 */
export async function runToCompletion(
  machine: Clocked,
  running: Awaitable,
  options: DriveOptions = {},
): Promise<DriveResult> {
  const limit = machine.engine.now() + (options.maxVirtualMs ?? 24 * 3600 * 1000);
  const stopOnInput = options.stopOnInput ?? true;
  let idleRounds = 0;
  let stuckRounds = 0;
  for (let steps = 0; steps < 1_000_000; steps++) {
    await settle();
    if (!(await whileBusy(machine))) return { state: 'idle' };
    if (running.done()) return { state: 'ended' };
    if (stopOnInput && running.waitingForInput()) return { state: 'input' };
    const next = machine.nextWakeAt();
    if (next === undefined) {
      // Give real asynchronous work (lazy imports, just-bash internals) a chance before calling it idle.
      if (++idleRounds > 50) return { state: 'idle' };
      await new Promise((resolve) => setTimeout(resolve, 1));
      continue;
    }
    idleRounds = 0;
    // A wake-up that is due but changes nothing must not spin forever.
    if (next <= machine.engine.now()) {
      if (++stuckRounds > 1000) return { state: 'idle' };
    } else stuckRounds = 0;
    if (next > limit) {
      machine.advanceTo(limit);
      await settle();
      return running.done() ? { state: 'ended' } : { state: 'timeout' };
    }
    machine.advanceTo(next);
  }
  return { state: 'timeout' };
}

/**
 * Lets `ms` of virtual time pass while something may be running (a `sleep N` in `replay`, the
 * delay between two typed keys): every wake-up on the way happens at its own time.
 */
export async function passTime(machine: Clocked, ms: number): Promise<void> {
  const target = machine.engine.now() + ms;
  for (let steps = 0; steps < 1_000_000; steps++) {
    await settle();
    await whileBusy(machine);
    const next = machine.nextWakeAt();
    if (next === undefined || next > target) {
      if (machine.engine.now() < target) machine.advanceTo(target);
      await settle();
      if (machine.engine.now() >= target) return;
      continue;
    }
    machine.advanceTo(next);
  }
}
