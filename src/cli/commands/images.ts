// `docker images` / `docker image ls`: the local store, one row per tag, newest first (-a -q --digests --filter --format).
import { pathMatch } from '../format/path-match.ts';
import type { CommandSpec, Invocation } from '../command.ts';
import type { EngineState, ImageRow } from '../../engine/index.ts';
import { parseImageReference } from '../../engine/index.ts';
import { humanDuration, humanSize } from '../format/units.ts';
import { goTimeString } from '../views/go-time.ts';
import { flagBool, flagString, flagStrings } from '../views/flags.ts';
import { flagsOf, useOf } from './spec-helpers.ts';
import { printTableOrFormatted } from './listing.ts';

export const IMAGE_HEADERS: Record<string, string> = {
  Containers: 'CONTAINERS',
  CreatedAt: 'CREATED AT',
  CreatedSince: 'CREATED',
  Digest: 'DIGEST',
  ID: 'IMAGE ID',
  Repository: 'REPOSITORY',
  SharedSize: 'SHARED SIZE',
  Size: 'SIZE',
  Tag: 'TAG',
  UniqueSize: 'UNIQUE SIZE',
  VirtualSize: 'VIRTUAL SIZE',
};

/** formatter.imageContext's fields, in the order `{{json .}}` prints them. */
function imageContext(row: ImageRow, now: number, trunc: boolean): Record<string, string> {
  const id = trunc ? row.image.id.slice(0, 12) : `sha256:${row.image.id}`;
  return {
    Containers: 'N/A',
    CreatedAt: goTimeString(row.image.created),
    CreatedSince: `${humanDuration(now - row.image.created)} ago`,
    Digest: row.digest || '<none>',
    ID: id,
    Repository: row.repository,
    SharedSize: 'N/A',
    Size: humanSize(row.image.size),
    Tag: row.tag,
    UniqueSize: 'N/A',
    VirtualSize: humanSize(row.image.size),
  };
}

type Filter = (row: ImageRow) => boolean;

/** Docker's reference.FamiliarMatch: the pattern against the familiar name, or name:tag. */
function referenceMatch(pattern: string, row: ImageRow): boolean {
  const matches = (text: string) => {
    const r = pathMatch(pattern, text);
    return r.ok && r.matched;
  };
  return matches(row.repository) || matches(`${row.repository}:${row.tag}`);
}

/** The daemon refuses a malformed pattern before listing anything. */
const badPattern = (pattern: string) => !pathMatch(pattern, '').ok;

function buildFilters(
  state: EngineState,
  raw: string[],
  repoArg: string | undefined,
): { ok: true; filters: Filter[] } | { ok: false; message: string } {
  const filters: Filter[] = [];
  const byName = new Map<string, string[]>();
  for (const f of raw) {
    const eq = f.indexOf('=');
    if (eq < 0) return { ok: false, message: `bad format of filter (expected name=value)` };
    const k = f.slice(0, eq).toLowerCase();
    const list = byName.get(k) ?? [];
    list.push(f.slice(eq + 1));
    byName.set(k, list);
  }
  for (const [k, values] of byName) {
    switch (k) {
      case 'dangling': {
        for (const v of values)
          if (!['true', 'false', '1', '0'].includes(v.toLowerCase()))
            return { ok: false, message: `Invalid filter 'dangling=${v}'` };
        const want = ['true', '1'].includes((values[0] ?? '').toLowerCase());
        filters.push((r) => (r.repository === '<none>') === want);
        break;
      }
      case 'reference':
        if (values.some(badPattern)) return { ok: false, message: 'syntax error in pattern' };
        filters.push((r) => values.some((v) => referenceMatch(v, r)));
        break;
      case 'label':
        filters.push((r) =>
          values.every((v) => {
            const [lk = '', lv] = v.split('=');
            const labels = r.image.config.Labels ?? {};
            return lv === undefined ? lk in labels : labels[lk] === lv;
          }),
        );
        break;
      case 'before':
      case 'since': {
        for (const v of values) {
          const ref =
            state.tags[v] ??
            state.tags[`${v}:latest`] ??
            Object.keys(state.images).find((id) => id.startsWith(v));
          const img = ref ? state.images[ref] : undefined;
          if (!img) return { ok: false, message: `No such image: ${v}` };
          filters.push((r) =>
            k === 'before' ? r.image.created < img.created : r.image.created > img.created,
          );
        }
        break;
      }
      default:
        return { ok: false, message: `invalid filter '${k}'` };
    }
  }
  if (repoArg !== undefined) {
    const parsed = parseImageReference(repoArg);
    const tagGiven = parsed.ok && parsed.ref.tagGiven;
    const repo = parsed.ok ? parsed.ref.familiar : repoArg;
    if (badPattern(repo)) return { ok: false, message: 'syntax error in pattern' };
    filters.push(
      (r) =>
        (referenceMatch(repo, r) || r.repository === repo) &&
        (!tagGiven || (parsed.ok && r.tag === parsed.ref.tag)),
    );
  }
  return { ok: true, filters };
}

function run(inv: Invocation): number {
  const { engine, flags, out } = inv;
  const all = flagBool(flags, 'all');
  const quiet = flagBool(flags, 'quiet');
  const trunc = !flagBool(flags, 'no-trunc');
  const digests = flagBool(flags, 'digests');
  const format = flagString(flags, 'format') ?? '';
  const built = buildFilters(engine.state, flagStrings(flags, 'filter'), inv.args[0]);
  if (!built.ok) {
    out.stderr(`Error response from daemon: ${built.message}\n`);
    return 1;
  }
  const now = engine.now();
  const rows = engine.images.list(all).filter((r) => built.filters.every((f) => f(r)));
  if (quiet) {
    out.stdout(
      rows.map((r) => `${trunc ? r.image.id.slice(0, 12) : `sha256:${r.image.id}`}\n`).join(''),
    );
    return 0;
  }
  const contexts = rows.map((r) => imageContext(r, now, trunc));
  const table = () => {
    const header = ['REPOSITORY', 'TAG'];
    if (digests) header.push('DIGEST');
    header.push('IMAGE ID', 'CREATED', 'SIZE');
    const lines = [header];
    for (const c of contexts) {
      const row = [c.Repository ?? '', c.Tag ?? ''];
      if (digests) row.push(c.Digest ?? '');
      row.push(c.ID ?? '', c.CreatedSince ?? '', c.Size ?? '');
      lines.push(row);
    }
    return lines;
  };
  return printTableOrFormatted(out, format, table, contexts, {
    typeName: 'formatter.imageContext',
    headers: IMAGE_HEADERS,
  });
}

export const command: CommandSpec = {
  path: ['image', 'ls'],
  aliases: [['images'], ['image', 'list']],
  use: useOf('images'),
  flags: flagsOf('images', ['all', 'digests', 'filter', 'format', 'no-trunc', 'quiet']),
  args: { min: 0, max: 1 },
  run,
};
