// Real (non-virtual) work pending around an engine: module loads, just-bash running a line. The virtual-time
// driver must not fast-forward the clock while any is pending, since such a wait looks like idleness to it.

/** Pending sections per engine (any object standing for it), nested sections counting each. */
const pending = new WeakMap<object, number>();

const add = (owner: object, n: number) => pending.set(owner, (pending.get(owner) ?? 0) + n);

/** Whether real work is pending for this engine. */
export function isBusy(owner: object): boolean {
  return (pending.get(owner) ?? 0) > 0;
}

/** Runs `work` as real work pending for this engine until it settles. */
export async function busyWhile<T>(owner: object, work: () => Promise<T>): Promise<T> {
  add(owner, 1);
  try {
    return await work();
  } finally {
    add(owner, -1);
  }
}

/**
 * Inside a `busyWhile` section: awaits `wait`, which waits only on the virtual clock (a `sleep`, a docker
 * command waiting for a container), as no pending work, so that the driver may move the clock on meanwhile.
 */
export async function idleWhile<T>(owner: object, wait: Promise<T>): Promise<T> {
  add(owner, -1);
  try {
    return await wait;
  } finally {
    add(owner, 1);
  }
}
