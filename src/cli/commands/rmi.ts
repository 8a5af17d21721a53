// `docker rmi` / `docker image rm`: untag and delete images, with the daemon's conflicts (-f).
import type { CommandSpec, Invocation } from '../command.ts';
import type { RemoveLine } from '../../engine/index.ts';
import { renderError } from '../render-error.ts';
import { flagsOf, useOf } from './spec-helpers.ts';

export function removeLines(lines: readonly RemoveLine[]): string {
  return lines
    .map((l) => ('untagged' in l ? `Untagged: ${l.untagged}\n` : `Deleted: ${l.deleted}\n`))
    .join('');
}

function run(inv: Invocation): number {
  const force = inv.flags.values.force === true;
  const prune = inv.flags.values['no-prune'] !== true;
  let code = 0;
  for (const ref of inv.args) {
    const r = inv.engine.images.remove(ref, { force, prune });
    if (r.ok) inv.out.stdout(removeLines(r.value));
    else {
      inv.out.stderr(`${renderError(r.error)}\n`);
      code = 1;
    }
  }
  return code;
}

export const command: CommandSpec = {
  path: ['image', 'rm'],
  aliases: [['rmi'], ['image', 'remove']],
  use: useOf('rmi'),
  flags: flagsOf('rmi', ['force', 'no-prune']),
  args: { min: 1 },
  run,
};
