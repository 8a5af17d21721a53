// `docker rename` / `docker container rename`: give a container a new name.
import type { CommandSpec } from '../command.ts';
import { renderError } from '../render-error.ts';
import { flagsOf, useOf } from './spec-helpers.ts';

export const command: CommandSpec = {
  path: ['container', 'rename'],
  aliases: [['rename']],
  use: useOf('rename'),
  flags: flagsOf('rename', 'all'),
  args: { min: 2, max: 2 },
  run: (inv) => {
    const [oldName = '', newName = ''] = inv.args.map((a) => a.trim());
    if (oldName === '' || newName === '') {
      inv.out.stderr('Error: Neither old nor new names may be empty\n');
      return 1;
    }
    const r = inv.engine.rename(oldName, newName);
    if (r.ok) return 0;
    inv.out.stderr(`${renderError(r.error)}\nError: failed to rename container named ${oldName}\n`);
    return 1;
  },
};
