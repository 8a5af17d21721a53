// `docker tag` / `docker image tag`: another name for a local image.
import type { CommandSpec, Invocation } from '../command.ts';
import { parseImageReference } from '../../engine/index.ts';
import { errorText, renderError } from '../render-error.ts';
import { useOf } from './spec-helpers.ts';

function run(inv: Invocation): number {
  const [source = '', target = ''] = inv.args;
  const parsed = parseImageReference(target);
  if (!parsed.ok || parsed.ref.digest) {
    const why = parsed.ok ? 'invalid reference format' : errorText(parsed.error);
    inv.out.stderr(`Error parsing reference: "${target}" is not a valid repository/tag: ${why}\n`);
    return 1;
  }
  const r = inv.engine.images.tag(source, target);
  if (!r.ok) {
    inv.out.stderr(`${renderError(r.error)}\n`);
    return 1;
  }
  return 0;
}

export const command: CommandSpec = {
  path: ['image', 'tag'],
  aliases: [['tag']],
  use: useOf('tag'),
  flags: [],
  args: { min: 2, max: 2 },
  run,
};
