// `docker rm` / `docker container rm`: remove containers (-f kills running ones, -v their anonymous volumes).
import type { CommandSpec } from '../command.ts';
import { flagsOf, useOf } from './spec-helpers.ts';
import { eachContainer } from './common.ts';

export const command: CommandSpec = {
  path: ['container', 'rm'],
  aliases: [['rm'], ['container', 'remove']],
  use: useOf('rm'),
  flags: flagsOf('rm', ['force', 'volumes']),
  args: { min: 1 },
  run: async (inv) => {
    const force = inv.flags.values.force === true;
    const volumes = inv.flags.values.volumes === true;
    return (await eachContainer(inv, (ref) => inv.engine.remove(ref, { force, volumes }))).code;
  },
};
