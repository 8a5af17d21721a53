// `docker create` / `docker container create`: a new Created container; prints its full ID.
import type { CommandSpec, Invocation } from '../command.ts';
import { parseImageReference } from '../../engine/index.ts';
import { errorText, renderError } from '../render-error.ts';
import { runFlags, toCreateSpec } from './container-options.ts';
import { useOf } from './spec-helpers.ts';
import { unableToFind } from './run.ts';
import { ensureImage } from './pull.ts';

async function run(inv: Invocation): Promise<number> {
  const [image = '', ...cmd] = inv.args;
  const usageError = (msg: string) => {
    inv.out.stderr(`docker: ${msg}\n\nRun 'docker create --help' for more information\n`);
    return 125;
  };
  const ref = parseImageReference(image);
  if (!ref.ok) return usageError(errorText(ref.error));
  const built = toCreateSpec(inv, image, cmd);
  if (!built.ok) return usageError(built.message);
  const pulled = await ensureImage(inv, image);
  if (!pulled.ok) {
    if (pulled.error.code !== 'IMAGE_NOT_LOCAL') inv.out.stderr(`${renderError(pulled.error)}\n`);
    return 1;
  }
  const created = inv.engine.create(built.spec);
  if (!created.ok) {
    const e = created.error;
    if (
      e.code === 'PULL_ACCESS_DENIED' ||
      e.code === 'MANIFEST_UNKNOWN' ||
      e.code === 'IMAGE_NOT_LOCAL'
    ) {
      inv.out.stderr(unableToFind(image));
    }
    inv.out.stderr(`${renderError(e)}\n`);
    return 1;
  }
  inv.out.stdout(`${created.value.id}\n`);
  return 0;
}

export const command: CommandSpec = {
  path: ['container', 'create'],
  aliases: [['create']],
  use: useOf('create'),
  flags: runFlags('create'),
  args: { min: 1 },
  stopAtFirstArg: true,
  run,
};
