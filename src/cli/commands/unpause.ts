// `docker unpause` / `docker container unpause`: thaw paused containers.
import type { CommandSpec } from '../command.ts';
import { flagsOf, useOf } from './spec-helpers.ts';
import { eachContainer } from './common.ts';

export const command: CommandSpec = {
  path: ['container', 'unpause'],
  aliases: [['unpause']],
  use: useOf('unpause'),
  flags: flagsOf('unpause', 'all'),
  args: { min: 1 },
  run: async (inv) => (await eachContainer(inv, (ref) => inv.engine.unpause(ref))).code,
};
