// `docker stats`: one table (--no-stream) or a live view redrawn every second with the CLI's escape sequences.
import type { Container, StatsSample } from '../../engine/index.ts';
import type { CommandSpec, Invocation } from '../command.ts';
import { renderError } from '../render-error.ts';
import { flagsOf, useOf } from './spec-helpers.ts';
import { writeFormatted } from '../views/formatter.ts';
import { containersNewestFirst } from '../views/lookup.ts';
import { bytesSize, humanSizeWithPrecision } from '../format/units.ts';
import { t } from '../../i18n/fr.ts';

const DEFAULT_FORMAT =
  'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';

const HEADERS = {
  Container: 'CONTAINER',
  ID: 'CONTAINER ID',
  Name: 'NAME',
  CPUPerc: 'CPU %',
  MemUsage: 'MEM USAGE / LIMIT',
  MemPerc: 'MEM %',
  NetIO: 'NET I/O',
  BlockIO: 'BLOCK I/O',
  PIDs: 'PIDS',
};

const size3 = (n: number) => humanSizeWithPrecision(n, 3);

/** formatter.statsContext: the strings each column shows. */
function statsContext(
  c: Container,
  asked: string,
  s: StatsSample,
  noTrunc: boolean,
): Record<string, string> {
  return {
    Container: asked,
    ID: noTrunc ? c.id : c.id.slice(0, 12),
    Name: c.name,
    CPUPerc: `${s.cpuPercent.toFixed(2)}%`,
    MemUsage: `${bytesSize(s.memUsage)} / ${bytesSize(s.memLimit)}`,
    MemPerc: `${(s.memLimit > 0 ? (100 * s.memUsage) / s.memLimit : 0).toFixed(2)}%`,
    NetIO: `${size3(s.netRx)} / ${size3(s.netTx)}`,
    BlockIO: `${size3(s.blockRead)} / ${size3(s.blockWrite)}`,
    PIDs: String(s.pids),
  };
}

function render(
  inv: Invocation,
  targets: { c: Container; asked: string }[],
  format: string,
): { ok: true; text: string } | { ok: false; error: string } {
  const samples = inv.engine.resources.stats(targets.map((x) => x.c.id));
  const noTrunc = inv.flags.values['no-trunc'] === true;
  const rows = targets.flatMap(({ c, asked }) => {
    const s = samples.get(c.id);
    return s ? [statsContext(c, asked, s, noTrunc)] : [];
  });
  const r = writeFormatted(format, rows, { typeName: 'formatter.statsContext', headers: HEADERS });
  return r.ok ? { ok: true, text: r.output } : { ok: false, error: r.error };
}

const shown = (c: Container, all: boolean): boolean =>
  all ||
  c.state.status === 'running' ||
  c.state.status === 'paused' ||
  c.state.status === 'restarting';

export const command: CommandSpec = {
  path: ['container', 'stats'],
  aliases: [['stats']],
  use: useOf('stats'),
  flags: flagsOf('stats', 'all'),
  args: { min: 0 },
  async run(inv) {
    const all = inv.flags.values.all === true;
    const raw = inv.flags.values.format;
    const format =
      typeof raw === 'string' && raw !== ''
        ? raw === 'table'
          ? DEFAULT_FORMAT
          : raw
        : DEFAULT_FORMAT;
    const named = inv.args.length > 0;
    const targets = (): { c: Container; asked: string }[] | undefined => {
      if (!named)
        return containersNewestFirst(inv.engine.state)
          .filter((c) => shown(c, all))
          .map((c) => ({ c, asked: c.id.slice(0, 12) }));
      const out: { c: Container; asked: string }[] = [];
      for (const ref of inv.args) {
        const found = inv.engine.findContainer(ref);
        if (!found.ok) {
          inv.out.stderr(`${renderError(found.error)}\n`);
          return undefined;
        }
        out.push({ c: found.value, asked: ref });
      }
      return out;
    };
    const first = targets();
    if (!first) return 1;
    const once = render(inv, first, format);
    if (!once.ok) {
      inv.out.stderr(`${once.error}\n`);
      return 1;
    }
    if (inv.flags.values['no-stream'] === true) {
      inv.out.stdout(once.text);
      return 0;
    }
    if (inv.ctx.canFollow === false) {
      inv.out.stdout(once.text);
      inv.out.stderr(`${t('cli.follow.notHere', { command: `docker ${inv.path.join(' ')}` })}\n`);
      return 0;
    }
    const tty = inv.ctx.stdoutIsTTY;
    const frame = (text: string) => {
      if (!tty) {
        inv.out.stdout(text);
        return;
      }
      // As CLI 28 draws it: the table from home, then again with each line erased to its end.
      const lines = text.replace(/\n$/, '').split('\n');
      inv.out.stdout(`\x1b[H${text}`);
      inv.out.stdout(`\x1b[H${lines.map((l) => `${l} \x1b[K\n`).join('')} \x1b[K\n\x1b[J`);
    };
    frame(once.text);
    for (;;) {
      await inv.engine.sleep(1000, inv.ctx.signal);
      if (inv.ctx.signal.aborted) return 130;
      const now = targets();
      if (!now) return 1;
      const r = render(inv, now, format);
      if (!r.ok) return 1;
      frame(r.text);
    }
  },
};
