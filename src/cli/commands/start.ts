// `docker start` / `docker container start`: start containers (print their names) or attach to one (-a, -i).
import type { CommandSpec, Invocation } from '../command.ts';
import { renderError } from '../render-error.ts';
import { flagsOf, useOf } from './spec-helpers.ts';
import { attachUntilExit, pumpStdin } from './run.ts';

async function run(inv: Invocation): Promise<number> {
  const { out, engine } = inv;
  const attach = inv.flags.values.attach === true;
  const interactive = inv.flags.values.interactive === true;
  if (attach || interactive) {
    if (inv.args.length > 1) {
      out.stderr('you cannot start and attach multiple containers at once\n');
      return 1;
    }
    const ref = inv.args[0] ?? '';
    const found = engine.findContainer(ref);
    if (!found.ok) {
      out.stderr(`${renderError(found.error)}\n`);
      return 1;
    }
    const c = found.value;
    if (c.config.tty && interactive && !inv.ctx.stdinIsTTY) {
      out.stderr('the input device is not a TTY\n');
      return 1;
    }
    const session = attachUntilExit(inv, c.id, !c.config.tty);
    if (c.state.status !== 'running') {
      const started = engine.start(c.id);
      if (!started.ok) {
        session.detach();
        out.stderr(`${renderError(started.error)}\nError: failed to start containers: ${ref}\n`);
        return 1;
      }
    }
    const stop = { done: false };
    if (interactive && c.config.openStdin) void pumpStdin(inv, c.id, stop);
    const code = await session.exit;
    stop.done = true;
    return code;
  }
  const failed: string[] = [];
  for (const ref of inv.args) {
    const r = engine.start(ref);
    if (r.ok) out.stdout(`${ref}\n`);
    else {
      out.stderr(`${renderError(r.error)}\n`);
      failed.push(ref);
    }
  }
  if (failed.length === 0) return 0;
  out.stderr(`Error: failed to start containers: ${failed.join(', ')}\n`);
  return 1;
}

export const command: CommandSpec = {
  path: ['container', 'start'],
  aliases: [['start']],
  use: useOf('start'),
  flags: flagsOf('start', ['attach', 'interactive']),
  args: { min: 1 },
  run,
};
