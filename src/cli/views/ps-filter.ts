// The daemon's container-list filtering (moby daemon/list.go): validation, then the per-container decision.
import type { Container, EngineState } from '../../engine/types.ts';
import type { ContainerSummary } from './container-summary.ts';
import { findImage } from './lookup.ts';

/** filters.Args: each key holds a set of values, in the order given. */
export type FilterArgs = Map<string, string[]>;

const ACCEPTED = new Set([
  'ancestor',
  'before',
  'exited',
  'id',
  'isolation',
  'label',
  'name',
  'status',
  'health',
  'since',
  'volume',
  'network',
  'is-task',
  'publish',
  'expose',
]);

const STATES = new Set([
  'paused',
  'restarting',
  'running',
  'dead',
  'created',
  'exited',
  'removing',
]);
const HEALTH = new Set(['starting', 'healthy', 'unhealthy', 'none']);

/**
 * opts.FilterOpt.Set on each `--filter` value: "name=value", key lowercased, both trimmed.
 * Returns the value that lacks "=" when one does (a flag error for the CLI).
 */
export function parseFilterFlags(
  values: readonly string[],
): { ok: true; args: FilterArgs } | { ok: false; bad: string } {
  const args: FilterArgs = new Map();
  for (const value of values) {
    if (value === '') continue;
    const eq = value.indexOf('=');
    if (eq < 0) return { ok: false, bad: value };
    const key = value.slice(0, eq).trim().toLowerCase();
    const val = value.slice(eq + 1).trim();
    const list = args.get(key) ?? [];
    if (!list.includes(val)) list.push(val);
    args.set(key, list);
  }
  return { ok: true, args };
}

export interface ListOptions {
  all: boolean;
  /** -n; -1 when not given. */
  limit: number;
  filters: FilterArgs;
}

/** What the daemon resolved from the filters before walking the containers. */
export interface ListContext {
  all: boolean;
  limit: number;
  filters: FilterArgs;
  exitAllowed: number[];
  beforeId: string | undefined;
  sinceId: string | undefined;
  ancestorFilter: boolean;
  ancestorImages: Set<string>;
  taskFilter: boolean;
  isTask: boolean;
  publish: Set<string>;
  expose: Set<string>;
  idx: number;
}

/** A daemon-side error of the list request: printed as "Error response from daemon: MESSAGE". */
export type FoldResult = { ok: true; ctx: ListContext } | { ok: false; message: string };

function goQuoteSimple(s: string): string {
  return JSON.stringify(s);
}

/** strconv.Atoi, with Go's error text. */
function atoi(s: string): { ok: true; value: number } | { ok: false; error: string } {
  if (/^[+-]?\d+$/.test(s)) {
    const n = Number(s);
    if (Number.isSafeInteger(n)) return { ok: true, value: n };
    return { ok: false, error: `strconv.Atoi: parsing ${goQuoteSimple(s)}: value out of range` };
  }
  return { ok: false, error: `strconv.Atoi: parsing ${goQuoteSimple(s)}: invalid syntax` };
}

/** strconv.ParseUint(s, 10, 16), with Go's error text. */
function parseUint16(s: string): { ok: true; value: number } | { ok: false; error: string } {
  if (!/^\d+$/.test(s))
    return { ok: false, error: `strconv.ParseUint: parsing ${goQuoteSimple(s)}: invalid syntax` };
  const n = Number(s);
  if (n > 65535)
    return {
      ok: false,
      error: `strconv.ParseUint: parsing ${goQuoteSimple(s)}: value out of range`,
    };
  return { ok: true, value: n };
}

/** portOp: "80", "80/tcp" or "8000-8080/udp" into the set of "port/proto" keys. */
function addPorts(key: string, value: string, into: Set<string>): string | undefined {
  if (value.includes(':')) return `filter for '${key}' should not contain ':': ${value}`;
  const slash = value.indexOf('/');
  const port = slash < 0 ? value : value.slice(0, slash);
  const proto = slash < 0 ? 'tcp' : value.slice(slash + 1);
  const fail = (err: string): string => `error while looking up for ${key} ${value}: ${err}`;
  if (port === '') return fail('empty string specified for ports');
  const dash = port.indexOf('-');
  const start = parseUint16(dash < 0 ? port : port.slice(0, dash));
  if (!start.ok) return fail(start.error);
  const end = dash < 0 ? start : parseUint16(port.slice(dash + 1));
  if (!end.ok) return fail(end.error);
  if (end.value < start.value) return fail(`invalid range specified for port: ${port}`);
  for (let p = start.value; p <= end.value; p++) into.add(`${p}/${proto.toLowerCase()}`);
  return undefined;
}

/** idOrNameFilter: a full ID, else an exact name. */
function idOrName(state: EngineState, value: string): Container | undefined {
  const byId = state.containers[value];
  if (byId) return byId;
  const name = value.replace(/^\//, '');
  for (const c of Object.values(state.containers)) if (c.name === name) return c;
  return undefined;
}

/** The image and every image built on it (populateImageFilterByParents). */
function withDescendants(state: EngineState, imageId: string, into: Set<string>): void {
  if (into.has(imageId)) return;
  into.add(imageId);
  for (const img of Object.values(state.images)) {
    if (img.parent === imageId) withDescendants(state, img.id, into);
  }
}

/** foldFilter: validates the filters and resolves the ones that name other objects. */
export function foldFilter(state: EngineState, options: ListOptions): FoldResult {
  const f = options.filters;
  for (const key of f.keys()) {
    if (!ACCEPTED.has(key)) return { ok: false, message: `invalid filter '${key}'` };
  }
  let all = options.all;
  const exitAllowed: number[] = [];
  for (const v of f.get('exited') ?? []) {
    const code = atoi(v);
    if (!code.ok) return { ok: false, message: code.error };
    exitAllowed.push(code.value);
  }
  for (const v of f.get('status') ?? []) {
    if (!STATES.has(v)) return { ok: false, message: `invalid filter 'status=${v}'` };
    all = true;
  }
  const taskValues = f.get('is-task');
  let taskFilter = false;
  let isTask = false;
  if (taskValues !== undefined) {
    if (taskValues.includes('true')) {
      taskFilter = true;
      isTask = true;
    } else if (taskValues.includes('false')) {
      taskFilter = true;
    } else return { ok: false, message: `invalid filter 'is-task=[${taskValues.join(' ')}]'` };
  }
  for (const v of f.get('health') ?? []) {
    if (!HEALTH.has(v)) return { ok: false, message: `Unrecognised filter value for health: ${v}` };
  }
  let beforeId: string | undefined;
  for (const v of f.get('before') ?? []) {
    const c = idOrName(state, v);
    if (!c) return { ok: false, message: `no such container ${v}` };
    beforeId = c.id;
  }
  let sinceId: string | undefined;
  for (const v of f.get('since') ?? []) {
    const c = idOrName(state, v);
    if (!c) return { ok: false, message: `no such container ${v}` };
    sinceId = c.id;
  }
  const ancestorImages = new Set<string>();
  for (const v of f.get('ancestor') ?? []) {
    const img = findImage(state, v);
    // The daemon only logs a warning for an unknown ancestor.
    if (img.ok) withDescendants(state, img.value.id, ancestorImages);
  }
  const publish = new Set<string>();
  for (const v of f.get('publish') ?? []) {
    const err = addPorts('publish', v, publish);
    if (err !== undefined) return { ok: false, message: err };
  }
  const expose = new Set<string>();
  for (const v of f.get('expose') ?? []) {
    const err = addPorts('expose', v, expose);
    if (err !== undefined) return { ok: false, message: err };
  }
  return {
    ok: true,
    ctx: {
      all,
      limit: options.limit,
      filters: f,
      exitAllowed,
      beforeId,
      sinceId,
      ancestorFilter: f.has('ancestor'),
      ancestorImages,
      taskFilter,
      isTask,
      publish,
      expose,
      idx: 0,
    },
  };
}

const regexCache = new Map<string, RegExp | null>();

/** Go's regexp.MatchString, unanchored; an invalid pattern never matches. */
function regexMatch(pattern: string, source: string): boolean {
  let re = regexCache.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, 'u');
    } catch {
      re = null;
    }
    if (regexCache.size > 256) regexCache.clear();
    regexCache.set(pattern, re);
  }
  return re !== null && re.test(source);
}

/** filters.Args.Match: no values → true; exact value, else any value as a regular expression. */
function match(f: FilterArgs, key: string, source: string): boolean {
  const values = f.get(key);
  if (values === undefined || values.length === 0) return true;
  if (values.includes(source)) return true;
  return values.some((v) => regexMatch(v, source));
}

function exactMatch(f: FilterArgs, key: string, source: string): boolean {
  const values = f.get(key);
  if (values === undefined || values.length === 0) return true;
  return values.includes(source);
}

function matchKVList(f: FilterArgs, key: string, labels: Record<string, string>): boolean {
  const values = f.get(key);
  if (values === undefined || values.length === 0) return true;
  if (Object.keys(labels).length === 0) return false;
  for (const v of values) {
    const eq = v.indexOf('=');
    const k = eq < 0 ? v : v.slice(0, eq);
    if (!Object.prototype.hasOwnProperty.call(labels, k)) return false;
    if (eq >= 0 && labels[k] !== v.slice(eq + 1)) return false;
  }
  return true;
}

/**
 * The containers the fast path of filterByNameIDMatches would walk: with `id` or `name` filters, only
 * those whose ID has a unique given prefix or whose name matches; otherwise every container.
 */
export function candidateIds(state: EngineState, f: FilterArgs): Set<string> | undefined {
  const names = f.get('name') ?? [];
  const ids = f.get('id') ?? [];
  if (names.length + ids.length === 0) return undefined;
  const matches = new Set<string>();
  for (const id of ids) {
    const found = findContainerIdPrefixOnly(state, id);
    if (found !== undefined) matches.add(found);
  }
  if (names.length > 0) {
    for (const c of Object.values(state.containers)) {
      if (ids.length > 0 && !matches.has(c.id)) continue;
      if (match(f, 'name', '/' + c.name) || match(f, 'name', c.name)) matches.add(c.id);
    }
  }
  return matches;
}

function findContainerIdPrefixOnly(state: EngineState, prefix: string): string | undefined {
  if (state.containers[prefix]) return prefix;
  let found: string | undefined;
  for (const id of Object.keys(state.containers)) {
    if (id.startsWith(prefix)) {
      if (found !== undefined) return undefined;
      found = id;
    }
  }
  return found;
}

export type Decision = 'include' | 'exclude' | 'stop';

/** includeContainerInList, in the daemon's order of checks. */
export function includeContainer(s: ContainerSummary, ctx: ListContext): Decision {
  const f = ctx.filters;
  if (ctx.beforeId !== undefined) {
    if (s.Id === ctx.beforeId) ctx.beforeId = undefined;
    return 'exclude';
  }
  if (ctx.sinceId !== undefined && s.Id === ctx.sinceId) return 'stop';
  if (!s.running && !ctx.all && ctx.limit <= 0) return 'exclude';
  const name = s.Names[0] ?? '';
  if (!match(f, 'name', name) && !match(f, 'name', name.replace(/^\//, ''))) return 'exclude';
  if (!match(f, 'id', s.Id)) return 'exclude';
  // No swarm here: no container is a task.
  if (ctx.taskFilter && ctx.isTask) return 'exclude';
  if (!matchKVList(f, 'label', s.Labels)) return 'exclude';
  if (!match(f, 'isolation', 'default')) return 'exclude';
  if (ctx.limit > 0 && ctx.idx === ctx.limit) return 'stop';
  if (ctx.exitAllowed.length > 0) {
    const ok = ctx.exitAllowed.some((code) => code === s.exitCode && !s.running && s.everStarted);
    if (!ok) return 'exclude';
  }
  if (!match(f, 'status', s.State)) return 'exclude';
  if (!exactMatch(f, 'health', s.health)) return 'exclude';
  const volumes = f.get('volume');
  if (volumes !== undefined) {
    const hit = volumes.some((v) =>
      s.Mounts.some(
        (m) =>
          m.Destination === v || (m.Name !== undefined && m.Name !== '' ? m.Name : m.Source) === v,
      ),
    );
    if (!hit) return 'exclude';
  }
  if (ctx.ancestorFilter) {
    if (ctx.ancestorImages.size === 0) return 'exclude';
    if (!ctx.ancestorImages.has(s.ImageID.replace(/^sha256:/, ''))) return 'exclude';
  }
  const networks = f.get('network');
  if (networks !== undefined) {
    const hit = networks.some(
      (v) =>
        s.Networks.includes(v) ||
        Object.values(s.NetworkIds).some((id) => id !== '' && id.startsWith(v)),
    );
    if (!hit) return 'exclude';
  }
  if (ctx.expose.size > 0 || ctx.publish.size > 0) {
    const hit = s.Ports.some(
      (p) =>
        ctx.publish.has(`${p.PublicPort ?? 0}/${p.Type}`) ||
        ctx.expose.has(`${p.PrivatePort}/${p.Type}`),
    );
    if (!hit) return 'exclude';
  }
  return 'include';
}
