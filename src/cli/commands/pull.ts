// `docker pull` / `docker image pull`, and the pull progress display shared with `run`/`create` (jsonmessage's rules).
import type { Engine, PullPlan, PullStep } from '../../engine/index.ts';
import { parseImageReference } from '../../engine/index.ts';
import type { CommandSpec, Invocation } from '../command.ts';
import { errorText, renderError } from '../render-error.ts';
import { goUnitsHumanSize } from '../format/units.ts';
import { flagsOf, useOf } from './spec-helpers.ts';

/** JSONProgress.String(): `[===>   ] ` only on terminals wider than 110 columns, then `current/total`. */
export function progressString(current: number, total: number, columns: number): string {
  if (current <= 0 && total <= 0) return '';
  const cur = goUnitsHumanSize(current);
  if (total <= 0) return cur.padStart(8);
  let percentage = Math.trunc(Math.trunc((current / total) * 100) / 2);
  if (percentage > 50) percentage = 50;
  let bar = '';
  if (columns > 110) {
    bar = `[${'='.repeat(percentage)}>${' '.repeat(Math.max(0, 50 - percentage))}] `;
  }
  const numbers =
    current > total ? cur.padStart(8) : `${cur.padStart(8)}/${goUnitsHumanSize(total)}`;
  return bar + numbers;
}

/** Writes jsonmessage lines: one per event when piped; per-layer lines redrawn in place on a terminal. */
export class PullDisplay {
  private ids = new Map<string, number>();
  private readonly write: (s: string) => void;
  private readonly tty: boolean;
  /** The terminal's width now: it may be resized while the pull runs. */
  private readonly columns: () => number;

  constructor(write: (s: string) => void, tty: boolean, columns: () => number) {
    this.write = write;
    this.tty = tty;
    this.columns = columns;
  }

  /** A message without a layer ID: clears the layer lines' bookkeeping. */
  message(text: string): void {
    this.ids.clear();
    this.write(`${text}\n`);
  }

  layer(id: string, status: string, current?: number, total?: number): void {
    const progress =
      current !== undefined ? progressString(current, total ?? 0, this.columns()) : '';
    if (!this.tty) {
      if (progress === '') this.write(`${id}: ${status}\n`);
      return;
    }
    let line = this.ids.get(id);
    if (line === undefined) {
      line = this.ids.size;
      this.ids.set(id, line);
      this.write('\n');
    }
    const diff = this.ids.size - line;
    this.write(`\x1b[${diff}A\x1b[2K\r${id}: ${status} ${progress}\r\x1b[${diff}B`);
  }
}

/** Plays a pull over virtual time on `write` (stdout for `pull`, stderr for `run`), then stores the image. */
export async function streamPull(
  engine: Engine,
  plan: PullPlan,
  write: (s: string) => void,
  opts: { tty: boolean; columns: () => number; quiet: boolean; signal?: AbortSignal },
): Promise<boolean> {
  const display = new PullDisplay(opts.quiet ? () => undefined : write, opts.tty, opts.columns);
  display.message(`${plan.label}: Pulling from ${plan.remotePath}`);
  const { steps, endsAt } = engine.images.pullTimeline(plan);
  const start = engine.now();
  const show = (s: PullStep) => {
    const layer = plan.layers[s.layer];
    if (layer) display.layer(layer.shortId, s.status, s.current, s.total);
  };
  for (const step of steps) {
    const wait = start + step.at - engine.now();
    if (wait > 0) await engine.sleep(wait, opts.signal);
    if (opts.signal?.aborted) return false;
    show(step);
  }
  const rest = start + endsAt - engine.now();
  if (rest > 0) await engine.sleep(rest, opts.signal);
  if (opts.signal?.aborted) return false;
  const done = engine.images.completePull(plan);
  if (!done.ok) return false;
  display.message(`Digest: ${plan.digest}`);
  const name = plan.tag ?? plan.canonical;
  display.message(
    plan.upToDate
      ? `Status: Image is up to date for ${name}`
      : `Status: Downloaded newer image for ${name}`,
  );
  return true;
}

async function run(inv: Invocation): Promise<number> {
  const { out, engine } = inv;
  const raw = inv.args[0] ?? '';
  const quiet = inv.flags.values.quiet === true;
  const parsed = parseImageReference(raw);
  if (!parsed.ok) {
    out.stderr(`${errorText(parsed.error)}\n`);
    return 1;
  }
  if (!parsed.ref.tagGiven && !parsed.ref.digest && !quiet)
    out.stdout('Using default tag: latest\n');
  const plan = engine.images.planPull(raw);
  if (!plan.ok) {
    out.stderr(`${renderError(plan.error)}\n`);
    return 1;
  }
  const ok = await streamPull(engine, plan.value, out.stdout, {
    tty: inv.ctx.stdoutIsTTY,
    columns: () => inv.ctx.columns,
    quiet,
    signal: inv.ctx.signal,
  });
  if (!ok) return inv.ctx.signal.aborted ? 130 : 1;
  out.stdout(`${plan.value.canonical}\n`);
  return 0;
}

export const command: CommandSpec = {
  path: ['image', 'pull'],
  aliases: [['pull']],
  use: useOf('pull'),
  flags: flagsOf('pull', ['quiet', 'disable-content-trust']),
  args: { min: 1, max: 1 },
  run,
};

/**
 * Before `run`/`create`: pulls the image if it is not local ("Unable to find image … locally", then
 * the progress on stderr). Returns undefined when the image is there, or the error to print.
 */
export async function ensureImage(
  inv: Invocation,
  image: string,
): Promise<{ ok: true } | { ok: false; error: import('../../engine/index.ts').EngineError }> {
  const { engine, ctx, out } = inv;
  if (engine.findImage(image)) return { ok: true };
  const plan = engine.images.planPull(image);
  const parsed = parseImageReference(image);
  if (parsed.ok) {
    const r = parsed.ref;
    out.stderr(
      `Unable to find image '${r.digest ? `${r.familiar}@${r.digest}` : `${r.familiar}:${r.tag}`}' locally\n`,
    );
  }
  if (!plan.ok) return { ok: false, error: plan.error };
  const done = await streamPull(engine, plan.value, out.stderr, {
    tty: ctx.stdoutIsTTY,
    columns: () => ctx.columns,
    quiet: inv.flags.values.quiet === true,
    signal: ctx.signal,
  });
  if (!done) return { ok: false, error: { code: 'IMAGE_NOT_LOCAL', ref: image } };
  return { ok: true };
}
