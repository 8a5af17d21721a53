// Helpers shared by the container commands: waiting on the engine, and the per-container loop with its errors.
import type { Engine, EngineError, Result } from '../../engine/index.ts';
import type { Invocation } from '../command.ts';
import { renderError } from '../render-error.ts';
import { fr, t, type FrKey } from '../../i18n/fr.ts';

/** Resolves once `done()` holds, re-checking after every engine change; resolves false if aborted first. */
export function waitFor(
  engine: Engine,
  done: () => boolean,
  signal?: AbortSignal,
): Promise<boolean> {
  if (done()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const finish = (v: boolean) => {
      off();
      signal?.removeEventListener('abort', onAbort);
      resolve(v);
    };
    const onAbort = () => finish(false);
    const off = engine.subscribe(() => {
      if (done()) finish(true);
    });
    signal?.addEventListener('abort', onAbort);
    if (signal?.aborted) finish(false);
  });
}

/** Whether the container is gone or no longer running/paused (a stop or kill has completed). */
export function isDown(engine: Engine, id: string): boolean {
  const c = engine.state.containers[id];
  return !c || (c.state.status !== 'running' && c.state.status !== 'paused');
}

/** Runs `op` on each argument in order: prints the argument on success, Docker's error on failure. */
export async function eachContainer(
  inv: Invocation,
  op: (ref: string) => Promise<Result<unknown>> | Result<unknown>,
): Promise<{ failed: string[]; code: number }> {
  const failed: string[] = [];
  for (const ref of inv.args) {
    const r = await op(ref);
    if (r.ok) inv.out.stdout(`${ref}\n`);
    else {
      inv.out.stderr(`${renderError(r.error)}\n`);
      failed.push(ref);
    }
  }
  return { failed, code: failed.length ? 1 : 0 };
}

export function noticeText(key: string, detail: string): string {
  return Object.prototype.hasOwnProperty.call(fr, key)
    ? `${t(key as FrKey, { detail })}\n`
    : `${detail}\n`;
}

export type { EngineError };
