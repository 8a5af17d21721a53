// The ONE place that says what differs legitimately between real Docker's records and the emulator's output.
//
// Before comparing, both sides go through `normalize`, which replaces:
//  - IDs: 64-hex and 12-hex container/image IDs (and `sha256:<id>` where an image ID is meant) by
//    `<id-N>` / `<id-N-full>`, N by first appearance, consistent between the two lengths (same 12 first
//    characters = same N). Maps live in a `NormalizeMaps` kept per file, one for each side;
//  - generated names (`adjective_surname` from Docker's word lists) by `<name-N>`, mapped the same way;
//  - content digests (`sha256:…` elsewhere, `@sha256:…`) by `sha256:<digest>`;
//  - timestamps (RFC 3339, `2026-11-27 19:32:44 +0000 UTC`, nginx's two formats, date(1), redis) by `<time>`,
//    but not Go's zero time `0001-01-01T00:00:00Z`;
//  - ages and durations (`Up 5 seconds`, `2 minutes ago`, `Less than a second ago`…) by `<age>`;
//  - sizes (`173MB`, `1.09kB`, `2.824MiB`, `"Size": 173279791`) except `0B`, and the percentages that follow them;
//  - host ports ≥ 32768 (ephemeral, chosen by `-P`), container IPs 172.16-31.x.x, MAC addresses, PIDs
//    (nginx's `N#N`, worker PIDs, `"Pid"`, `docker top`'s PID/PPID);
//  - offline stand-ins (README, "Images"): nginx 1.22.1 vs the Hub's version (`nginx/x.y.z`,
//    NGINX_VERSION/NJS_*/PKG_RELEASE values), nginx's `built by gcc` notice (absent from the stand-in),
//    the BusyBox banner, Debian's `+dfsg`/`+ds` build suffixes;
//  - host-specific values: data-root `/tmp/dk/root28` vs `/var/lib/docker` (and exec-root), overlay2
//    layer directories, the working directory (`/tmp/dk/work` vs `/home/apprenant`), `docker info`'s host
//    lines (name, ID, CPUs, memory, kernel, OS, cgroup, runc/containerd versions, plugin paths, registry
//    mirrors, warnings), `docker version`'s server build details, the kernel in nginx's `OS:` notice, its
//    rlimit, curl's version in access logs, the CPU count in `--cpus` errors, `docker top`'s user name for
//    uid 101 and STIME, and `docker stats`' measured figures;
// then re-pads every table by Go's tabwriter rule (a column is max(minwidth, longest cell + 3) wide, the
// last one unpadded) — but only a table that already obeys that rule, so padding bugs still show.
import { NAME_ADJECTIVES, NAME_SURNAMES } from '../../src/engine/names-data.ts';

/** Gives the number that stands for an ID (its first 12 characters) or a generated name. */
export interface TokenResolver {
  resolve(kind: 'id' | 'name', key: string): number | string;
}

/** First-appearance numbering of IDs and names, kept across the records of one file. */
export interface NormalizeMaps extends TokenResolver {
  ids: Map<string, number>;
  names: Map<string, number>;
}

export function newMaps(): NormalizeMaps {
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  return {
    ids,
    names,
    resolve(kind, key) {
      const map = kind === 'id' ? ids : names;
      let n = map.get(key);
      if (n === undefined) {
        n = map.size + 1;
        map.set(key, n);
      }
      return n;
    },
  };
}

/** The IDs (by their first 12 characters) and generated names of a text, in reading order. */
export function tokensOf(text: string): { kind: 'id' | 'name'; key: string }[] {
  const seen: { kind: 'id' | 'name'; key: string }[] = [];
  normalize(text, {
    resolve(kind, key) {
      seen.push({ kind, key });
      return 0;
    },
  });
  return seen;
}

type Kind = 'const' | 'id' | 'name' | 'drop';

interface Rule {
  name: string;
  re: RegExp;
  kind: Kind;
  /** Replacement for `const` (may use the match). */
  to?: string | ((match: string) => string);
  /** Only in some outputs (docker info, docker version's server part). */
  when?: (ctx: TextContext, line: LineContext) => boolean;
}

interface TextContext {
  info: boolean;
  version: boolean;
}

interface LineContext {
  inServer: boolean;
}

const AGE =
  '(?:Less than a second|1 second|\\d+ seconds|About a minute|\\d+ minutes|About an hour|\\d+ hours|\\d+ days|\\d+ weeks|\\d+ months|\\d+ years)';
const SIZE = '\\d+(?:\\.\\d+)?(?:B|kB|MB|GB|TB|KiB|MiB|GiB|TiB)';
const names = `(?:${NAME_ADJECTIVES.join('|')})_(?:${NAME_SURNAMES.join('|')})`;
const INFO_HOST_KEYS = [
  'Server Version',
  'Kernel Version',
  'Operating System',
  'CPUs',
  'Total Memory',
  'Name',
  'ID',
  'Docker Root Dir',
  'containerd version',
  'runc version',
  'init version',
  'Cgroup Driver',
  'Cgroup Version',
  'Backing Filesystem',
];

/** Lines removed on both sides: what only the stand-ins or the recording host print. */
const DROP_RULES: Rule[] = [
  { name: 'nginx-built-by', re: /\[notice\] \d+#\d+: built (?:by|with) /, kind: 'drop' },
  { name: 'busybox-banner', re: /^BusyBox v\S+ \(.*\) built-in shell \(ash\)\s*$/, kind: 'drop' },
  {
    name: 'busybox-banner-help',
    re: /^Enter 'help' for a list of built-in commands\.\s*$/,
    kind: 'drop',
  },
  { name: 'info-warning', re: /^WARNING: /, kind: 'drop', when: (c) => c.info },
];

/** Masks inside a line or a table cell, by priority (an earlier rule's match cannot be re-masked). */
const RULES: Rule[] = [
  // host-specific blocks of docker info and docker version
  {
    name: 'info-host-value',
    re: new RegExp(`(?<=^ (?:${INFO_HOST_KEYS.join('|')}): ?).*$`),
    kind: 'const',
    to: '<host>',
    when: (c) => c.info,
  },
  {
    name: 'info-plugin-detail',
    re: /(?<=^ {4}(?:Version|Path): +).*$/,
    kind: 'const',
    to: '<host>',
    when: (c) => c.info,
  },
  {
    name: 'version-server-build',
    re: /(?<=^ +(?:Version|Go version|Git commit|Built|GitCommit): *).*$/,
    kind: 'const',
    to: '<host>',
    when: (c, l) => c.version && l.inServer,
  },
  // paths of the recording host (LowerDir lists one directory per image layer: the stand-ins have one)
  { name: 'overlay-lowerdir', re: /(?<="LowerDir": ?")[^"]*/g, kind: 'const', to: '<layers>' },
  {
    name: 'data-root',
    re: /\/tmp\/dk\/root28|\/var\/lib\/docker/g,
    kind: 'const',
    to: '<data-root>',
  },
  {
    name: 'exec-root',
    re: /\/tmp\/dk\/exec28|\/var\/run\/docker|\/run\/docker/g,
    kind: 'const',
    to: '<exec-root>',
  },
  {
    name: 'overlay-dir',
    re: /(?<=\/overlay2\/)[0-9a-zA-Z]{20,}(?:-init)?/g,
    kind: 'const',
    to: '<layer>',
  },
  { name: 'cwd', re: /\/tmp\/dk\/work|\/home\/apprenant/g, kind: 'const', to: '<cwd>' },
  // times
  {
    name: 'rfc3339',
    re: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)/g,
    kind: 'const',
    to: (m) => (m === '0001-01-01T00:00:00Z' ? m : '<time>'),
  },
  {
    name: 'go-time',
    re: /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? [+-]\d{4} [A-Z]{3,4}/g,
    kind: 'const',
    to: '<time>',
  },
  {
    name: 'nginx-access-time',
    re: /\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}/g,
    kind: 'const',
    to: '<time>',
  },
  {
    name: 'nginx-error-time',
    re: /\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d/g,
    kind: 'const',
    to: '<time>',
  },
  {
    name: 'date-time',
    re: /[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?: [A-Z]{3,4})? \d{4}/g,
    kind: 'const',
    to: '<time>',
  },
  {
    name: 'redis-time',
    re: /\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d\.\d{3}/g,
    kind: 'const',
    to: '<time>',
  },
  // ages
  { name: 'age-up', re: new RegExp(`(?<=\\bUp )${AGE}`, 'g'), kind: 'const', to: '<age>' },
  { name: 'age-ago', re: new RegExp(`${AGE}(?= ago\\b)`, 'g'), kind: 'const', to: '<age>' },
  // stand-ins and host software versions
  { name: 'dfsg-suffix', re: /(?<=\d)\+(?:dfsg|ds)\d+(?:-[\w.+~]+)?/g, kind: 'const', to: '' },
  { name: 'nginx-version', re: /(?<=\bnginx\/)\d+\.\d+\.\d+/g, kind: 'const', to: '<version>' },
  {
    name: 'nginx-env-version',
    re: /(?<=\b(?:NGINX_VERSION|NJS_VERSION|NJS_RELEASE|PKG_RELEASE|DYNPKG_RELEASE)=)[^\s",\]]*/g,
    kind: 'const',
    to: '<version>',
  },
  { name: 'nginx-kernel', re: /(?<=: OS: Linux )\S+/g, kind: 'const', to: '<kernel>' },
  {
    name: 'nginx-rlimit',
    re: /(?<=getrlimit\(RLIMIT_NOFILE\): )\d+:\d+/g,
    kind: 'const',
    to: '<rlimit>',
  },
  { name: 'curl-version', re: /(?<=\bcurl\/)\d+(?:\.\d+)+/g, kind: 'const', to: '<version>' },
  {
    name: 'host-cpus',
    re: /(?<=from 0\.01 to )\d+\.\d\d(?=, as there are only \d+ CPUs? available)|(?<=as there are only )\d+(?= CPUs? available)/g,
    kind: 'const',
    to: '<cpus>',
  },
  // network
  { name: 'mac', re: /\b[0-9a-f]{2}(?::[0-9a-f]{2}){5}\b/g, kind: 'const', to: '<mac>' },
  { name: 'ip', re: /\b172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}\b/g, kind: 'const', to: '<ip>' },
  {
    name: 'ephemeral-port',
    re: /(?<=[\d\]]:|"HostPort": ?")\d{5}(?!\d)/g,
    kind: 'const',
    to: (m) => (Number(m) >= 32768 && Number(m) <= 65535 ? '<hostport>' : m),
  },
  // PIDs
  { name: 'nginx-pid', re: /(?<=\[notice\] )\d+#\d+(?=:)/g, kind: 'const', to: '<pid>' },
  {
    name: 'nginx-worker-pid',
    re: /(?<=worker process |received from )\d+\b/g,
    kind: 'const',
    to: '<pid>',
  },
  { name: 'json-pid', re: /(?<="Pid": ?)\d+/g, kind: 'const', to: '<pid>' },
  // image IDs written as sha256:<id>, then digests
  {
    name: 'image-id-sha',
    re: /(?<=(?:"(?:Id|Image|Parent|ImageID)": ?"|Deleted: |^)sha256:)[0-9a-f]{64}(?=["\s]|$)/g,
    kind: 'id',
  },
  { name: 'digest', re: /(?<=sha256:)[0-9a-f]{64}\b/g, kind: 'const', to: '<digest>' },
  // IDs and names
  { name: 'id-64', re: /\b[0-9a-f]{64}\b/g, kind: 'id' },
  { name: 'id-12', re: /\b[0-9a-f]{12}\b/g, kind: 'id' },
  { name: 'name', re: new RegExp(`\\b${names}\\b`, 'g'), kind: 'name' },
  // sizes
  {
    name: 'json-size',
    re: /(?<="(?:Size|VirtualSize|SizeRw|SizeRootFs)": ?)\d+/g,
    kind: 'const',
    to: '<size>',
  },
  {
    name: 'size',
    re: new RegExp(`(?<![\\w.])${SIZE}(?![\\w])`, 'g'),
    kind: 'const',
    to: (m) => (m === '0B' ? m : '<size>'),
  },
  { name: 'size-percent', re: /(?<=B \()\d+%(?=\))/g, kind: 'const', to: '<pct>' },
  { name: 'stats-percent', re: /\b\d+\.\d\d%/g, kind: 'const', to: '<pct>' },
];

/** A masked stretch of the original text and what replaces it. */
export interface Mask {
  start: number;
  end: number;
  rule: string;
}

interface Piece {
  start: number;
  end: number;
  rule: Rule;
  text: string;
}

/** Finds the masks of one line or cell (offset = its position in the whole text). */
function findMasks(text: string, offset: number, ctx: TextContext, line: LineContext): Piece[] {
  const pieces: Piece[] = [];
  for (const rule of RULES) {
    if (rule.when && !rule.when(ctx, line)) continue;
    const re = new RegExp(
      rule.re.source,
      rule.re.flags.includes('g') ? rule.re.flags : rule.re.flags + 'g',
    );
    for (const m of text.matchAll(re)) {
      const start = m.index + offset;
      const end = start + m[0].length;
      if (end === start && rule.kind !== 'const') continue;
      if (pieces.some((p) => start < p.end && end > p.start)) continue;
      if (pieces.some((p) => start >= p.start && start < Math.max(p.end, p.start + 1))) continue;
      pieces.push({ start, end, rule, text: m[0] });
    }
  }
  return pieces.sort((a, b) => a.start - b.start);
}

function replacement(piece: Piece, maps: TokenResolver): string {
  switch (piece.rule.kind) {
    case 'id': {
      const n = maps.resolve('id', piece.text.slice(0, 12));
      return piece.text.length === 64 ? `<id-${n}-full>` : `<id-${n}>`;
    }
    case 'name':
      return `<name-${maps.resolve('name', piece.text)}>`;
    default: {
      const to = piece.rule.to ?? '<masked>';
      return typeof to === 'string' ? to : to(piece.text);
    }
  }
}

function applyPieces(text: string, offset: number, pieces: Piece[], maps: TokenResolver): string {
  let out = '';
  let at = 0;
  for (const p of pieces) {
    out += text.slice(at, p.start - offset) + replacement(p, maps);
    at = p.end - offset;
  }
  return out + text.slice(at);
}

// ------------------------------------------------------------------ tables

interface TableRule {
  minwidth: number;
  padding: number;
}

const TABLE_RULES: TableRule[] = [
  { minwidth: 10, padding: 3 },
  // docker top: tabwriter.NewWriter(out, 20, 1, 3, ' ', 0)
  { minwidth: 20, padding: 3 },
];

const runeLength = (s: string) => [...s].length;

/** Go text/tabwriter: every cell but the last of a line padded to its column's width. */
export function renderTable(rows: string[][], rule: TableRule): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.slice(0, -1).forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? rule.minwidth, runeLength(cell) + rule.padding);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) =>
        i < row.length - 1 ? cell + ' '.repeat((widths[i] ?? 0) - runeLength(cell)) : cell,
      )
      .join(''),
  );
}

const HEADER_CELL = /^[A-Z][A-Z0-9 %/.()_-]*$/;

interface Table {
  /** Index of the header line. */
  first: number;
  /** One past the last row's line. */
  end: number;
  rule: TableRule;
  /** Cells of each line, with their offsets within the line. */
  rows: { text: string; at: number }[][];
}

/** Cuts a line at the header's column starts (by runes). */
function cutRow(line: string, starts: number[]): { text: string; at: number }[] | undefined {
  const runes = [...line];
  const cells: { text: string; at: number }[] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i] as number;
    const to = i + 1 < starts.length ? (starts[i + 1] as number) : runes.length;
    if (from >= runes.length && i > 0) {
      // Only the last cell may be empty and absent (its column is the line's end).
      if (i === starts.length - 1 && from === runes.length) {
        cells.push({ text: '', at: line.length });
        break;
      }
      return undefined;
    }
    const raw = runes.slice(from, Math.max(from, to)).join('');
    const text = i + 1 < starts.length ? raw.replace(/ +$/, '') : raw;
    if (text.startsWith(' ')) return undefined;
    const at = [...runes.slice(0, from)].join('').length;
    cells.push({ text, at });
  }
  return cells;
}

/** Finds tables that follow the tabwriter rule exactly (header line, then rows up to a blank line). */
function findTables(lines: string[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i] as string;
    const parts = header.split(/ {3,}/);
    if (parts.length < 2 || !parts.every((p) => HEADER_CELL.test(p))) continue;
    const starts: number[] = [];
    let pos = 0;
    for (const part of parts) {
      const idx = header.indexOf(part, pos);
      starts.push(runeLength(header.slice(0, idx)));
      pos = idx + part.length;
    }
    let end = i + 1;
    while (end < lines.length && (lines[end] as string) !== '') end++;
    const rows: { text: string; at: number }[][] = [];
    let ok = true;
    for (let j = i; j < end; j++) {
      const cells = cutRow(lines[j] as string, starts);
      if (!cells) {
        ok = false;
        break;
      }
      rows.push(cells);
    }
    if (!ok) continue;
    const rule = TABLE_RULES.find((r) => {
      const rendered = renderTable(
        rows.map((r2) => r2.map((c) => c.text)),
        r,
      );
      return rendered.every((l, k) => l === lines[i + k]);
    });
    if (!rule) continue;
    tables.push({ first: i, end, rule, rows });
    i = end - 1;
  }
  return tables;
}

/** Column masks of tables whose figures are measured on the recording host. */
function columnMask(header: string[], col: number, cell: string): string | undefined {
  const name = header[col] ?? '';
  const isTop = header.includes('PID') && (header.includes('CMD') || header.includes('COMMAND'));
  if (isTop) {
    if (name === 'PID' || name === 'PPID') return '<pid>';
    if (name === 'STIME') return '<time>';
    if (name === 'UID' && cell !== 'root') return '<user>';
  }
  if (
    header.includes('CPU %') &&
    ['CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O'].includes(name)
  ) {
    return '<stat>';
  }
  return undefined;
}

// ------------------------------------------------------------------ entry points

function contextOf(text: string): TextContext {
  return {
    info: /^Server:$/m.test(text) && /^ (?:Server Version|Containers): /m.test(text),
    version: /^Server:\n Engine:$/m.test(text),
  };
}

interface Plan {
  lines: string[];
  lineStarts: number[];
  dropped: Set<number>;
  tables: Table[];
  ctx: TextContext;
  inServer: boolean[];
}

function plan(text: string): Plan {
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  let pos = 0;
  for (const l of lines) {
    lineStarts.push(pos);
    pos += l.length + 1;
  }
  const ctx = contextOf(text);
  const inServer: boolean[] = [];
  let server = false;
  for (const l of lines) {
    if (/^\S/.test(l)) server = l === 'Server:';
    inServer.push(server);
  }
  const dropped = new Set<number>();
  lines.forEach((l, i) => {
    if (
      DROP_RULES.some(
        (r) => (!r.when || r.when(ctx, { inServer: inServer[i] ?? false })) && r.re.test(l),
      )
    )
      dropped.add(i);
  });
  // docker info's "Registry Mirrors:" block exists only because of the recording's Hub mirror.
  lines.forEach((l, i) => {
    if (ctx.info && l === ' Registry Mirrors:') {
      dropped.add(i);
      for (let j = i + 1; j < lines.length && /^ {2}\S/.test(lines[j] as string); j++)
        dropped.add(j);
    }
  });
  const kept = lines.map((l, i) => (dropped.has(i) ? '' : l));
  const tables = findTables(kept).filter((t) => {
    for (let k = t.first; k < t.end; k++) if (dropped.has(k)) return false;
    return true;
  });
  return { lines, lineStarts, dropped, tables, ctx, inServer };
}

/** Normalizes one output (stdout or stderr) of a record, numbering IDs and names in `maps`. */
export function normalize(text: string, maps: TokenResolver): string {
  const p = plan(text);
  const out: string[] = [];
  const tableAt = new Map(p.tables.map((t) => [t.first, t]));
  for (let i = 0; i < p.lines.length; i++) {
    const table = tableAt.get(i);
    if (table) {
      const header = table.rows[0]?.map((c) => c.text) ?? [];
      const cells = table.rows.map((row, r) =>
        row.map((cell, col) => {
          const fixed = r > 0 ? columnMask(header, col, cell.text) : undefined;
          if (fixed !== undefined) return fixed;
          const start = (p.lineStarts[table.first + r] ?? 0) + cell.at;
          const pieces = findMasks(cell.text, start, p.ctx, { inServer: false });
          return applyPieces(cell.text, start, pieces, maps);
        }),
      );
      out.push(...renderTable(cells, table.rule));
      i = table.end - 1;
      continue;
    }
    if (p.dropped.has(i)) continue;
    const line = p.lines[i] as string;
    const start = p.lineStarts[i] ?? 0;
    const pieces = findMasks(line, start, p.ctx, { inServer: p.inServer[i] ?? false });
    out.push(applyPieces(line, start, pieces, maps));
  }
  return out.join('\n');
}

/**
 * The stretches of `text` that normalization masks (dropped lines, masked values, measured table
 * cells): a change outside them must change the normalized text. Used by the mutation test.
 */
export function maskedRanges(text: string): Mask[] {
  const p = plan(text);
  const masks: Mask[] = [];
  for (const i of p.dropped) {
    const start = p.lineStarts[i] ?? 0;
    masks.push({ start, end: start + (p.lines[i]?.length ?? 0) + 1, rule: 'drop' });
  }
  const inTable = new Set<number>();
  for (const t of p.tables) {
    const header = t.rows[0]?.map((c) => c.text) ?? [];
    t.rows.forEach((row, r) => {
      inTable.add(t.first + r);
      row.forEach((cell, col) => {
        const start = (p.lineStarts[t.first + r] ?? 0) + cell.at;
        if (r > 0 && columnMask(header, col, cell.text) !== undefined) {
          masks.push({ start, end: start + cell.text.length, rule: 'column' });
          return;
        }
        for (const piece of findMasks(cell.text, start, p.ctx, { inServer: false })) {
          masks.push({ start: piece.start, end: piece.end, rule: piece.rule.name });
        }
      });
    });
  }
  p.lines.forEach((line, i) => {
    if (p.dropped.has(i) || inTable.has(i)) return;
    const start = p.lineStarts[i] ?? 0;
    for (const piece of findMasks(line, start, p.ctx, { inServer: p.inServer[i] ?? false })) {
      masks.push({ start: piece.start, end: piece.end, rule: piece.rule.name });
    }
  });
  return masks.sort((a, b) => a.start - b.start);
}
