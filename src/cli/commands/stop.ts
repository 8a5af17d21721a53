// `docker stop` / `docker container stop`: the stop signal, then SIGKILL after the timeout; names printed in order.
import type { CommandSpec, FlagSpec, Invocation } from '../command.ts';
import { renderError } from '../render-error.ts';
import { flagsOf, useOf } from './spec-helpers.ts';
import { isDown, waitFor } from './common.ts';

/** The hidden, deprecated `--time` alias of `--timeout`. */
export const TIME_FLAG: FlagSpec = {
  long: 'time',
  type: 'int',
  description: 'Seconds to wait before killing the container (deprecated: use --timeout)',
  hidden: true,
  emulated: true,
};

export function timeoutOf(inv: Invocation): number | undefined {
  const t = inv.flags.values.timeout ?? inv.flags.values.time;
  return typeof t === 'number' ? t : undefined;
}

async function run(inv: Invocation): Promise<number> {
  const { engine, out } = inv;
  const timeout = timeoutOf(inv);
  const signal = typeof inv.flags.values.signal === 'string' ? inv.flags.values.signal : undefined;
  const results = inv.args.map((ref) => ({
    ref,
    r: engine.stop(ref, {
      ...(timeout !== undefined ? { timeout } : {}),
      ...(signal !== undefined ? { signal } : {}),
    }),
  }));
  let code = 0;
  for (const { ref, r } of results) {
    if (!r.ok) {
      out.stderr(`${renderError(r.error)}\n`);
      code = 1;
      continue;
    }
    if (!(await waitFor(engine, () => isDown(engine, r.value.id), inv.ctx.signal))) return 130;
    out.stdout(`${ref}\n`);
  }
  return code;
}

export const command: CommandSpec = {
  path: ['container', 'stop'],
  aliases: [['stop']],
  use: useOf('stop'),
  flags: [...flagsOf('stop', 'all'), TIME_FLAG],
  args: { min: 1 },
  run,
};
