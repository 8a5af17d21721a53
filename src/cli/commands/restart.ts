// `docker restart` / `docker container restart`: stop (signal, timeout, SIGKILL) then start again.
import type { CommandSpec, Invocation } from '../command.ts';
import { renderError } from '../render-error.ts';
import { flagsOf, useOf } from './spec-helpers.ts';
import { waitFor } from './common.ts';
import { TIME_FLAG, timeoutOf } from './stop.ts';

async function run(inv: Invocation): Promise<number> {
  const { engine, out } = inv;
  const timeout = timeoutOf(inv);
  const signal = typeof inv.flags.values.signal === 'string' ? inv.flags.values.signal : undefined;
  let code = 0;
  for (const ref of inv.args) {
    const r = engine.restart(ref, {
      ...(timeout !== undefined ? { timeout } : {}),
      ...(signal !== undefined ? { signal } : {}),
    });
    if (!r.ok) {
      out.stderr(`${renderError(r.error)}\n`);
      code = 1;
      continue;
    }
    const id = r.value.id;
    const restarted = await waitFor(
      engine,
      () => {
        const c = engine.state.containers[id];
        return !c || !c.state.pendingRestart;
      },
      inv.ctx.signal,
    );
    if (!restarted) return 130;
    out.stdout(`${ref}\n`);
  }
  return code;
}

export const command: CommandSpec = {
  path: ['container', 'restart'],
  aliases: [['restart']],
  use: useOf('restart'),
  flags: [...flagsOf('restart', 'all'), TIME_FLAG],
  args: { min: 1 },
  run,
};
