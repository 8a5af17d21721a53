// `docker container prune [-f]`: removes every stopped container (newest first, as the daemon lists them).
import type { CommandSpec, Invocation } from '../command.ts';
import { goUnitsHumanSize } from '../format/units.ts';
import { containersNewestFirst } from '../views/lookup.ts';
import { rwLayerSize } from '../views/container-view.ts';
import { flagsOf, useOf } from './spec-helpers.ts';

const WARNING = 'WARNING! This will remove all stopped containers.';
const ACTIVE = new Set(['running', 'paused', 'restarting', 'removing']);

async function confirmed(inv: Invocation): Promise<boolean> {
  inv.out.stdout(`${WARNING}\nAre you sure you want to continue? [y/N] `);
  const answer = (await inv.ctx.stdin.read()) ?? '';
  return /^\s*y(es)?\s*$/i.test(answer.split('\n')[0] ?? '');
}

async function run(inv: Invocation): Promise<number> {
  if (inv.flags.values.force !== true && !(await confirmed(inv))) {
    inv.out.stdout('Total reclaimed space: 0B\n');
    return 0;
  }
  const deleted: string[] = [];
  let reclaimed = 0;
  for (const c of containersNewestFirst(inv.engine.state)) {
    if (ACTIVE.has(c.state.status)) continue;
    const size = rwLayerSize(c);
    if (!inv.engine.remove(c.id).ok) continue;
    deleted.push(c.id);
    reclaimed += size;
  }
  const list = deleted.length ? `Deleted Containers:\n${deleted.join('\n')}\n\n` : '';
  inv.out.stdout(`${list}Total reclaimed space: ${goUnitsHumanSize(reclaimed)}\n`);
  return 0;
}

export const command: CommandSpec = {
  path: ['container', 'prune'],
  aliases: [],
  use: useOf('container prune'),
  flags: flagsOf('container prune', ['force']),
  args: { min: 0, max: 0 },
  run,
};
