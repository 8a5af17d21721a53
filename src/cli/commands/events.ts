// `docker events` / `docker system events`: the engine's event log with --since/--until/--filter/--format,
// followed live until Ctrl-C (or --until) when the command has the terminal to itself.
import type { CommandSpec, Invocation } from '../command.ts';
import type { EngineEvent } from '../../engine/index.ts';
import { rfc3339Nano } from '../../engine/index.ts';
import { executeTemplate, parseTemplate, goJsonMarshal } from '../format/go-template/index.ts';
import { finalFormat } from '../views/formatter.ts';
import { flagsOf, useOf } from './spec-helpers.ts';
import { nanosFor, timeBounds } from './timestamps.ts';
import { t } from '../../i18n/fr.ts';

type DockerEvent = Extract<EngineEvent, { type: 'container' | 'image' | 'network' | 'volume' }>;

const FILTER_KEYS = [
  'container',
  'event',
  'image',
  'label',
  'network',
  'type',
  'volume',
  'scope',
  'daemon',
  'plugin',
  'node',
  'service',
  'secret',
  'config',
];

type Filters = Map<string, string[]>;

function parseFilters(raw: string[]): Filters | string {
  const filters: Filters = new Map();
  for (const f of raw) {
    const eq = f.indexOf('=');
    if (eq < 0) return `bad format of filter (expected name=value)`;
    const key = f.slice(0, eq).toLowerCase();
    const value = f.slice(eq + 1);
    if (!FILTER_KEYS.includes(key)) return `Error response from daemon: invalid filter '${key}'`;
    filters.set(key, [...(filters.get(key) ?? []), value]);
  }
  return filters;
}

function matches(ev: DockerEvent, filters: Filters): boolean {
  for (const [key, values] of filters) {
    const any = (test: (v: string) => boolean) => values.some(test);
    const name = ev.attributes.name ?? '';
    let ok: boolean;
    switch (key) {
      case 'type':
        ok = any((v) => v === ev.type);
        break;
      case 'event':
        ok = any((v) => v === ev.action || ev.action.startsWith(`${v}:`));
        break;
      case 'container':
        ok = ev.type === 'container' && any((v) => v === name || ev.id.startsWith(v));
        break;
      case 'image':
        ok = any((v) =>
          ev.type === 'image' ? ev.id === v || ev.id.startsWith(v) : ev.attributes.image === v,
        );
        break;
      case 'label':
        ok = any((v) => {
          const i = v.indexOf('=');
          return i < 0 ? v in ev.attributes : ev.attributes[v.slice(0, i)] === v.slice(i + 1);
        });
        break;
      case 'network':
        ok = ev.type === 'network' && any((v) => v === name || ev.id.startsWith(v));
        break;
      case 'volume':
        ok = ev.type === 'volume' && any((v) => v === ev.id);
        break;
      case 'scope':
        ok = any((v) => v === 'local');
        break;
      default:
        ok = false;
    }
    if (!ok) return false;
  }
  return true;
}

/** The events API message, as templates see it (Go field names). */
function message(ev: DockerEvent, seq: number) {
  const timeNano = ev.time * 1_000_000 + nanosFor(seq);
  const legacy = ev.type === 'container' || ev.type === 'image';
  return {
    ...(legacy ? { Status: ev.action, ID: ev.id, From: ev.attributes.image ?? '' } : {}),
    Type: ev.type,
    Action: ev.action,
    Actor: { ID: ev.id, Attributes: { ...ev.attributes } },
    Scope: 'local',
    Time: Math.floor(ev.time / 1000),
    TimeNano: timeNano,
  };
}

function defaultLine(ev: DockerEvent, seq: number): string {
  const attrs = Object.keys(ev.attributes)
    .sort()
    .map((k) => `${k}=${ev.attributes[k]}`)
    .join(', ');
  return `${rfc3339Nano(ev.time, nanosFor(seq))} ${ev.type} ${ev.action} ${ev.id}${attrs ? ` (${attrs})` : ''}\n`;
}

function jsonLine(ev: DockerEvent, seq: number): string {
  const m = message(ev, seq);
  const obj = {
    ...(m.Status !== undefined ? { status: m.Status, id: m.ID, from: m.From } : {}),
    Type: m.Type,
    Action: m.Action,
    Actor: m.Actor,
    scope: m.Scope,
    time: m.Time,
    timeNano: m.TimeNano,
  };
  return `${goJsonMarshal(obj) ?? '{}'}\n`;
}

async function run(inv: Invocation): Promise<number> {
  const { engine, out, ctx } = inv;
  const now = engine.now();
  const bounds = timeBounds(inv.flags.values, now);
  if ('error' in bounds) {
    out.stderr(`${bounds.error}\n`);
    return 1;
  }
  const { since, until } = bounds;
  const filters = parseFilters(
    Array.isArray(inv.flags.values.filter) ? inv.flags.values.filter : [],
  );
  if (typeof filters === 'string') {
    out.stderr(`${filters}\n`);
    return 1;
  }
  const format = typeof inv.flags.values.format === 'string' ? inv.flags.values.format : '';
  let render: (ev: DockerEvent, seq: number) => string | { error: string };
  if (format === '') render = defaultLine;
  else if (format === 'json') render = jsonLine;
  else {
    const parsed = parseTemplate(finalFormat(format));
    if (!parsed.ok) {
      out.stderr(`template parsing error: ${parsed.error}\n`);
      return 64;
    }
    render = (ev, seq) => {
      const r = executeTemplate(parsed.template, message(ev, seq), { typeName: 'events.Message' });
      return r.ok ? `${r.output}\n` : { error: r.error };
    };
  }
  const print = (ev: EngineEvent, seq: number): boolean => {
    if (ev.type === 'shell' || !matches(ev, filters)) return true;
    const line = render(ev, seq);
    if (typeof line !== 'string') {
      out.stderr(`${line.error}\n`);
      return false;
    }
    out.stdout(line);
    return true;
  };
  const events = engine.state.events;
  if (since !== undefined) {
    for (let i = 0; i < events.length; i++) {
      const ev = events[i] as EngineEvent;
      if (ev.time < since || (until !== undefined && ev.time > until)) continue;
      if (!print(ev, i)) return 1;
    }
  }
  if (until !== undefined && until <= now) return 0;
  if (ctx.canFollow === false) {
    out.stderr(`${t('cli.follow.notHere', { command: `docker ${inv.path.join(' ')}` })}\n`);
    return 0;
  }
  let lastEvent = events[events.length - 1];
  return new Promise((resolve) => {
    const finish = (code: number) => {
      off();
      ctx.signal.removeEventListener('abort', onAbort);
      resolve(code);
    };
    const onAbort = () => finish(130);
    const off = engine.subscribe(() => {
      const all = engine.state.events;
      // The log is bounded (old events drop off the front): new ones follow the last one printed.
      const start = lastEvent ? all.lastIndexOf(lastEvent) + 1 : 0;
      for (let i = start; i < all.length; i++) {
        const ev = all[i] as EngineEvent;
        if (until !== undefined && ev.time > until) return finish(0);
        print(ev, i);
      }
      lastEvent = all[all.length - 1];
      if (until !== undefined && engine.now() >= until) finish(0);
    });
    ctx.signal.addEventListener('abort', onAbort);
    if (ctx.signal.aborted) finish(130);
    if (until !== undefined) void engine.sleep(until - now, ctx.signal).then(() => finish(0));
  });
}

export const command: CommandSpec = {
  path: ['system', 'events'],
  aliases: [['events']],
  use: useOf('events'),
  flags: flagsOf('events', 'all'),
  args: { min: 0, max: 0 },
  run,
};
