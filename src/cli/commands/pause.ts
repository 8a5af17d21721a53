// `docker pause` / `docker container pause`: freeze every process of the containers.
import type { CommandSpec } from '../command.ts';
import { flagsOf, useOf } from './spec-helpers.ts';
import { eachContainer } from './common.ts';

export const command: CommandSpec = {
  path: ['container', 'pause'],
  aliases: [['pause']],
  use: useOf('pause'),
  flags: flagsOf('pause', 'all'),
  args: { min: 1 },
  run: async (inv) => (await eachContainer(inv, (ref) => inv.engine.pause(ref))).code,
};
