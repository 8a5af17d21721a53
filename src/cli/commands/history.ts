// `docker history` / `docker image history`: the image's layers and metadata steps, newest first.
import type { CommandSpec, Invocation } from '../command.ts';
import { renderError } from '../render-error.ts';
import { humanDuration, humanSize } from '../format/units.ts';
import { rfc3339 } from '../views/go-time.ts';
import { flagBool, flagString } from '../views/flags.ts';
import { flagsOf, useOf } from './spec-helpers.ts';
import { printTableOrFormatted } from './listing.ts';

const HEADERS: Record<string, string> = {
  ID: 'IMAGE',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  CreatedBy: 'CREATED BY',
  Size: 'SIZE',
  Comment: 'COMMENT',
};

/** stringutils.Ellipsis: at most `max` runes, the last one `…`. */
function ellipsis(s: string, max: number): string {
  const runes = [...s];
  return runes.length <= max ? s : runes.slice(0, max - 1).join('') + '…';
}

function run(inv: Invocation): number {
  const { engine, flags, out } = inv;
  const r = engine.images.history(inv.args[0] ?? '');
  if (!r.ok) {
    out.stderr(`${renderError(r.error)}\n`);
    return 1;
  }
  const trunc = !flagBool(flags, 'no-trunc');
  const human = flags.values.human !== false;
  const quiet = flagBool(flags, 'quiet');
  const now = engine.now();
  const contexts = r.value.map(({ id, entry }) => {
    const createdBy = entry.createdBy.replace(/\t/g, ' ');
    return {
      ID: id === undefined ? '<missing>' : trunc ? id.slice(0, 12) : `sha256:${id}`,
      CreatedSince: human ? `${humanDuration(now - entry.created)} ago` : rfc3339(entry.created),
      CreatedAt: rfc3339(entry.created),
      CreatedBy: trunc ? ellipsis(createdBy, 45) : createdBy,
      Size: human ? humanSize(entry.size) : String(entry.size),
      Comment: entry.comment,
    };
  });
  if (quiet) {
    out.stdout(contexts.map((c) => `${c.ID}\n`).join(''));
    return 0;
  }
  const format = flagString(flags, 'format') ?? '';
  const table = () => [
    ['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'],
    ...contexts.map((c) => [c.ID, c.CreatedSince, c.CreatedBy, c.Size, c.Comment]),
  ];
  return printTableOrFormatted(out, format, table, contexts, {
    typeName: 'formatter.historyContext',
    headers: HEADERS,
  });
}

export const command: CommandSpec = {
  path: ['image', 'history'],
  aliases: [['history']],
  use: useOf('history'),
  flags: flagsOf('history', ['format', 'human', 'no-trunc', 'quiet']),
  args: { min: 1, max: 1 },
  run,
};
