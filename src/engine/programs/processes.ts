// The processes of a container as `ps` sees them (docker top, busybox ps, stats' PIDS), derived from programs.
import type { Container, EngineState } from '../types.ts';

export interface ProcessInfo {
  /** PID on the host (docker top). */
  pid: number;
  /** PID inside the container's namespace (ps run in the container). */
  nsPid: number;
  ppid: number;
  nsPpid: number;
  uid: number;
  /** argv[0]'s base name (ps -o comm). */
  comm: string;
  /** The command line as ps prints it (args). */
  args: string;
  startedAt: number;
  tty: boolean;
}

const base = (p: string): string => p.split('/').pop() ?? p;

function objectData(data: unknown): Record<string, unknown> {
  return data !== null && typeof data === 'object' && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : {};
}

/** The container's processes, PID 1 first; empty when it is not running or paused. */
export function listProcesses(state: EngineState, c: Container): ProcessInfo[] {
  const main = c.processes[0];
  if (!main || (c.state.status !== 'running' && c.state.status !== 'paused')) return [];
  const tty = c.config.tty;
  const shimPid = c.state.pid - 23;
  const out: ProcessInfo[] = [];
  let mainPid = c.state.pid;
  let mainNs = 1;
  if (c.config.init) {
    out.push({
      pid: c.state.pid,
      nsPid: 1,
      ppid: shimPid,
      nsPpid: 0,
      uid: 0,
      comm: 'docker-init',
      args: ['/sbin/docker-init', '--', ...main.argv].join(' '),
      startedAt: main.startedAt,
      tty,
    });
    mainPid = c.state.pid + 1;
    mainNs = 7;
  }
  const parent = { pid: out.length ? c.state.pid : shimPid, ns: out.length ? 1 : 0 };
  const data = objectData(main.program.data);
  const kind = main.program.kind;
  const argv = main.argv;
  const add = (
    nsPid: number,
    args: string,
    comm: string,
    uid = 0,
    ppidNs = mainNs,
    ppidHost = mainPid,
  ) =>
    out.push({
      pid: mainPid + nsPid - mainNs,
      nsPid,
      ppid: ppidHost,
      nsPpid: ppidNs,
      uid,
      comm,
      args,
      startedAt: main.startedAt,
      tty,
    });
  const mainRow = (uid: number, comm: string, args: string) =>
    out.push({
      pid: mainPid,
      nsPid: mainNs,
      ppid: parent.pid,
      nsPpid: parent.ns,
      uid,
      comm,
      args,
      startedAt: main.startedAt,
      tty,
    });
  if (kind === 'nginx') {
    mainRow(0, 'nginx', `nginx: master process ${argv.join(' ')}`);
    const workers = Array.isArray(data.workers) ? (data.workers as number[]) : [];
    for (const w of workers) add(w, 'nginx: worker process', 'nginx', 101);
    return out;
  }
  if (kind === 'redis-server') {
    mainRow(999, 'redis-server', 'redis-server *:6379');
    return out;
  }
  mainRow(0, base(argv[0] ?? ''), argv.join(' '));
  const sh = objectData(data.sh);
  const resume = objectData(sh.resume);
  if (kind === 'shell' && resume.kind === 'sleep' && Array.isArray(resume.argv)) {
    const child = resume.argv as string[];
    add(mainNs + 6, child.join(' '), base(child[0] ?? 'sleep'));
  }
  return out;
}
