// `docker image prune [-a] [-f]`: removes dangling (or all unused) images, after confirmation.
import type { CommandSpec, Invocation } from '../command.ts';
import { goUnitsHumanSize } from '../format/units.ts';
import { flagsOf, useOf } from './spec-helpers.ts';

const WARNING_DANGLING = 'WARNING! This will remove all dangling images.';
const WARNING_ALL =
  'WARNING! This will remove all images without at least one container associated to them.';

async function confirmed(inv: Invocation, warning: string): Promise<boolean> {
  inv.out.stdout(`${warning}\nAre you sure you want to continue? [y/N] `);
  const answer = (await inv.ctx.stdin.read()) ?? '';
  if (!/^\s*y(es)?\s*$/i.test(answer.split('\n')[0] ?? '')) {
    return false;
  }
  return true;
}

async function run(inv: Invocation): Promise<number> {
  const all = inv.flags.values.all === true;
  if (
    inv.flags.values.force !== true &&
    !(await confirmed(inv, all ? WARNING_ALL : WARNING_DANGLING))
  ) {
    inv.out.stdout('Total reclaimed space: 0B\n');
    return 0;
  }
  const r = inv.engine.images.prune(all);
  let text = '';
  if (r.lines.length) {
    text += 'Deleted Images:\n';
    for (const l of r.lines)
      text += 'untagged' in l ? `untagged: ${l.untagged}\n` : `deleted: ${l.deleted}\n`;
    text += '\n';
  }
  inv.out.stdout(`${text}Total reclaimed space: ${goUnitsHumanSize(r.reclaimed)}\n`);
  return 0;
}

export const command: CommandSpec = {
  path: ['image', 'prune'],
  aliases: [],
  use: useOf('image prune'),
  flags: flagsOf('image prune', ['all', 'force']),
  args: { min: 0, max: 0 },
  run,
};
