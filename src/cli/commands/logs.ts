// `docker logs` / `docker container logs`: the container's log, streams apart, --tail across both, -t, --since,
// --until, --details, and -f following new lines until the container stops (or Ctrl-C).
import type { CommandSpec, Invocation } from '../command.ts';
import type { Container, LogLine } from '../../engine/index.ts';
import { rfc3339Nano } from '../../engine/index.ts';
import { renderError } from '../render-error.ts';
import { flagsOf, useOf } from './spec-helpers.ts';
import { nanosFor, timeBounds } from './timestamps.ts';
import { t } from '../../i18n/fr.ts';

interface LogOptions {
  timestamps: boolean;
  details: boolean;
  since?: number;
  until?: number;
}

const isLive = (c: Container | undefined): boolean =>
  !!c &&
  (c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting');

function writeLine(inv: Invocation, line: LogLine, seq: number, o: LogOptions): void {
  let text = line.text;
  if (o.details) text = ` ${text}`;
  if (o.timestamps) text = `${rfc3339Nano(line.time, nanosFor(seq))} ${text}`;
  inv.out[line.stream](text);
}

const wanted = (line: LogLine, o: LogOptions): boolean =>
  (o.since === undefined || line.time >= o.since) &&
  (o.until === undefined || line.time <= o.until);

/** `--tail`: a count, or everything for "all", negatives and anything unreadable (as the daemon does). */
function tailCount(raw: unknown): number | undefined {
  if (typeof raw !== 'string' || !/^\d+$/.test(raw.trim())) return undefined;
  return Number(raw.trim());
}

async function run(inv: Invocation): Promise<number> {
  const { engine, out } = inv;
  const ref = inv.args[0] ?? '';
  const found = engine.findContainer(ref);
  if (!found.ok) {
    out.stderr(`${renderError(found.error)}\n`);
    return 1;
  }
  const id = found.value.id;
  const now = engine.now();
  const bounds = timeBounds(inv.flags.values, now);
  if ('error' in bounds) {
    out.stderr(`${bounds.error}\n`);
    return 1;
  }
  const o: LogOptions = {
    timestamps: inv.flags.values.timestamps === true,
    details: inv.flags.values.details === true,
    ...bounds,
  };
  const c = found.value;
  const tail = tailCount(inv.flags.values.tail);
  const lines = c.logs;
  const first = tail === undefined ? 0 : Math.max(0, lines.length - tail);
  if (first === 0 && c.logsDropped > 0) {
    out.stderr(
      `${t('cli.logs.truncated', { dropped: c.logsDropped, max: engine.state.limits.maxLogLines })}\n`,
    );
  }
  for (let i = first; i < lines.length; i++) {
    const line = lines[i] as LogLine;
    if (wanted(line, o)) writeLine(inv, line, c.logsDropped + i, o);
  }
  if (inv.flags.values.follow !== true || !isLive(c)) return 0;
  if (o.until !== undefined && o.until <= now) return 0;
  if (inv.ctx.canFollow === false) {
    out.stderr(`${t('cli.follow.notHere', { command: `docker ${inv.path.join(' ')}` })}\n`);
    return 0;
  }
  return follow(inv, id, c.logsDropped + lines.length, o);
}

/** Prints complete lines as they arrive until the container stops, `--until` passes or Ctrl-C. */
function follow(inv: Invocation, id: string, from: number, o: LogOptions): Promise<number> {
  const { engine } = inv;
  let next = from;
  return new Promise((resolve) => {
    const flush = (all: boolean) => {
      const c = engine.state.containers[id];
      if (!c) return;
      const start = Math.max(next, c.logsDropped);
      for (let abs = start; abs < c.logsDropped + c.logs.length; abs++) {
        const line = c.logs[abs - c.logsDropped] as LogLine;
        // A line still being written is printed once complete (or when the container stops).
        if (!all && !line.text.endsWith('\n')) break;
        if (o.until !== undefined && line.time > o.until) break;
        if (wanted(line, o)) writeLine(inv, line, abs, o);
        next = abs + 1;
      }
    };
    const finish = (code: number) => {
      off();
      inv.ctx.signal.removeEventListener('abort', onAbort);
      resolve(code);
    };
    const check = () => {
      const c = engine.state.containers[id];
      const live = isLive(c);
      flush(!live);
      if (!live) finish(0);
      else if (o.until !== undefined && engine.now() >= o.until) finish(0);
    };
    const onAbort = () => finish(130);
    const off = engine.subscribe(check);
    inv.ctx.signal.addEventListener('abort', onAbort);
    if (inv.ctx.signal.aborted) finish(130);
    else check();
  });
}

export const command: CommandSpec = {
  path: ['container', 'logs'],
  aliases: [['logs']],
  use: useOf('logs'),
  flags: flagsOf('logs', 'all'),
  args: { min: 1, max: 1 },
  run,
};
