// `docker kill` / `docker container kill`: send a signal (SIGKILL by default, names or numbers with -s).
import type { CommandSpec } from '../command.ts';
import { flagsOf, useOf } from './spec-helpers.ts';
import { eachContainer } from './common.ts';

export const command: CommandSpec = {
  path: ['container', 'kill'],
  aliases: [['kill']],
  use: useOf('kill'),
  flags: flagsOf('kill', 'all'),
  args: { min: 1 },
  run: async (inv) => {
    const sig = inv.flags.values.signal;
    return (
      await eachContainer(inv, (ref) =>
        inv.engine.kill(ref, typeof sig === 'string' && sig !== '' ? sig : undefined),
      )
    ).code;
  },
};
