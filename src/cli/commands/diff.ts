// `docker diff` / `docker container diff`: the container's R/W layer as A (added), C (changed), D (deleted).
import type { CommandSpec, Invocation } from '../command.ts';
import { renderError } from '../render-error.ts';
import { useOf } from './spec-helpers.ts';

function run(inv: Invocation): number {
  const r = inv.engine.fs.diff(inv.args[0] ?? '');
  if (!r.ok) {
    inv.out.stderr(`${renderError(r.error)}\n`);
    return 1;
  }
  inv.out.stdout(r.value.map((d) => `${d.kind} ${d.path}\n`).join(''));
  return 0;
}

export const command: CommandSpec = {
  path: ['container', 'diff'],
  aliases: [['diff']],
  use: useOf('diff'),
  flags: [],
  args: { min: 1, max: 1 },
  run,
};
