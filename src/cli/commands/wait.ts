// `docker wait` / `docker container wait`: block until each container stops, then print its exit code.
import type { CommandSpec, Invocation } from '../command.ts';
import { renderError } from '../render-error.ts';
import { flagsOf, useOf } from './spec-helpers.ts';

function exitOf(inv: Invocation, id: string): Promise<number> {
  const c = inv.engine.state.containers[id];
  if (
    !c ||
    c.state.status === 'created' ||
    c.state.status === 'exited' ||
    c.state.status === 'dead'
  ) {
    return Promise.resolve(c?.state.exitCode ?? 0);
  }
  return new Promise((resolve) => {
    const onAbort = () => {
      off();
      resolve(-1);
    };
    const off = inv.engine.attach(id, {
      exit: (code) => {
        off();
        inv.ctx.signal.removeEventListener('abort', onAbort);
        resolve(code);
      },
    });
    inv.ctx.signal.addEventListener('abort', onAbort);
  });
}

export const command: CommandSpec = {
  path: ['container', 'wait'],
  aliases: [['wait']],
  use: useOf('wait'),
  flags: flagsOf('wait', 'all'),
  args: { min: 1 },
  run: async (inv) => {
    let code = 0;
    for (const ref of inv.args) {
      const found = inv.engine.findContainer(ref);
      if (!found.ok) {
        inv.out.stderr(`${renderError(found.error)}\n`);
        code = 1;
        continue;
      }
      const exit = await exitOf(inv, found.value.id);
      if (exit < 0) return 130;
      inv.out.stdout(`${exit}\n`);
    }
    return code;
  },
};
