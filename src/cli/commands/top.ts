// `docker top` / `docker container top`: the container's processes as the host's `ps -ef` (or `-o …`, `aux`)
// shows them, every column 20 wide.
import type { CommandSpec, Invocation } from '../command.ts';
import { listProcesses, toCivil, type ProcessInfo } from '../../engine/index.ts';
import { renderError } from '../render-error.ts';
import { renderTableWidths } from '../format/tabwriter.ts';
import { useOf } from './spec-helpers.ts';
import { t } from '../../i18n/fr.ts';

const p2 = (n: number) => String(n).padStart(2, '0');

/** Host user names: the emulated host only knows root (uid 0); others show as numbers, as ps does. */
const userOf = (uid: number) => (uid === 0 ? 'root' : String(uid));

function stime(ms: number): string {
  const c = toCivil(ms);
  return `${p2(c.hour)}:${p2(c.minute)}`;
}

function elapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = `${p2(m)}:${p2(s % 60)}`;
  return d > 0 ? `${d}-${p2(h)}:${rest}` : h > 0 ? `${p2(h)}:${rest}` : rest;
}

type Column = { header: string; value: (p: ProcessInfo, now: number) => string };

const COLUMNS: Record<string, Column> = {
  pid: { header: 'PID', value: (p) => String(p.pid) },
  ppid: { header: 'PPID', value: (p) => String(p.ppid) },
  uid: { header: 'UID', value: (p) => String(p.uid) },
  user: { header: 'USER', value: (p) => userOf(p.uid) },
  comm: { header: 'COMMAND', value: (p) => p.comm },
  args: { header: 'COMMAND', value: (p) => p.args },
  command: { header: 'COMMAND', value: (p) => p.args },
  cmd: { header: 'CMD', value: (p) => p.args },
  etime: { header: 'ELAPSED', value: (p, now) => elapsed(now - p.startedAt) },
  time: { header: 'TIME', value: () => '00:00:00' },
  tty: { header: 'TT', value: (p) => (p.tty ? 'pts/0' : '?') },
  stat: { header: 'STAT', value: (p) => (p.nsPid === 1 ? 'Ss' : 'S') },
  pcpu: { header: '%CPU', value: () => '0.0' },
  '%cpu': { header: '%CPU', value: () => '0.0' },
  pmem: { header: '%MEM', value: () => '0.0' },
  '%mem': { header: '%MEM', value: () => '0.0' },
  c: { header: 'C', value: () => '0' },
  stime: { header: 'STIME', value: (p) => stime(p.startedAt) },
};

const EF = ['uid', 'pid', 'ppid', 'c', 'stime', 'tty', 'time', 'cmd'];

/** The columns the ps arguments ask for, or undefined for options this emulator does not read. */
function columnsFor(args: string[]): { cols: Column[]; ef: boolean } | undefined {
  if (args.length === 0 || (args.length === 1 && args[0] === '-ef')) {
    const cols = EF.map((k) => COLUMNS[k] as Column);
    cols[0] = { header: 'UID', value: (p) => userOf(p.uid) };
    cols[5] = { header: 'TTY', value: (p) => (p.tty ? 'pts/0' : '?') };
    return { cols, ef: true };
  }
  if (args[0] === '-o' && args.length === 2) {
    const cols: Column[] = [];
    for (const name of (args[1] ?? '').split(',')) {
      const col = COLUMNS[name.toLowerCase()];
      if (!col) return undefined;
      cols.push(col);
    }
    return { cols, ef: false };
  }
  return undefined;
}

async function run(inv: Invocation): Promise<number> {
  const { engine, out } = inv;
  const [ref = '', ...psArgs] = inv.args;
  const found = engine.findContainer(ref);
  if (!found.ok) {
    out.stderr(`${renderError(found.error)}\n`);
    return 1;
  }
  const c = found.value;
  if (c.state.status === 'restarting') {
    out.stderr(
      `Error response from daemon: Container ${c.id} is restarting, wait until the container is running\n`,
    );
    return 1;
  }
  if (c.state.status !== 'running' && c.state.status !== 'paused') {
    out.stderr(`${renderError({ code: 'CONTAINER_NOT_RUNNING', id: c.id })}\n`);
    return 1;
  }
  const spec = columnsFor(psArgs);
  if (!spec) {
    out.stderr(`${t('cli.top.psOptions', { options: psArgs.join(' ') })}\n`);
    return 1;
  }
  const now = engine.now();
  const rows = [spec.cols.map((col) => col.header)];
  for (const p of listProcesses(engine.state, c))
    rows.push(spec.cols.map((col) => col.value(p, now)));
  out.stdout(renderTableWidths(rows, 20));
  return 0;
}

export const command: CommandSpec = {
  path: ['container', 'top'],
  aliases: [['top']],
  use: useOf('top'),
  flags: [],
  args: { min: 1 },
  stopAtFirstArg: true,
  run,
};
