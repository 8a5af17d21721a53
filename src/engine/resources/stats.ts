// The resource model behind `docker stats` and limits: memory per program, CPU demand and its share, traffic, OOM.
import type { Container, EngineState } from '../types.ts';
import { derivedHex } from '../rng.ts';
import { dataOf } from '../programs/types.ts';
import { lateParts } from '../late.ts';
import type { ShellProgramData } from '../programs/simulators/shell.ts';

export interface StatsSample {
  /** CPU use in percent of one CPU (Docker's CPU %: up to 100 × CPUs). */
  cpuPercent: number;
  memUsage: number;
  memLimit: number;
  netRx: number;
  netTx: number;
  blockRead: number;
  blockWrite: number;
  pids: number;
}

const KiB = 1024;
const MiB = 1024 * 1024;

/** Bytes of background traffic a bridge-connected container sees at start (IPv6 router solicitations, ARP). */
const IDLE_RX = 1086;
const IDLE_TX = 126;

const isUp = (c: Container): boolean => c.state.status === 'running' || c.state.status === 'paused';

/** A small per-container variation so that two idle nginx do not show the very same figure. */
function jitter(c: Container, span: number): number {
  return parseInt(derivedHex(c.id, 4), 16) % span;
}

/** Resident memory of the main program when idle, as measured on real containers. */
function baseMemory(c: Container): number {
  const kind = c.processes[0]?.program.kind ?? '';
  switch (kind) {
    case 'nginx':
      return Math.round(2.7 * MiB) + jitter(c, 160) * KiB;
    case 'redis-server':
      return Math.round(3.6 * MiB) + jitter(c, 200) * KiB;
    case 'sleep':
      return 332 * KiB;
    case 'shell':
      return 420 * KiB + jitter(c, 64) * KiB;
    case 'external':
      return Math.round(1.1 * MiB) + jitter(c, 128) * KiB;
    default:
      return 512 * KiB;
  }
}

/** Memory a program's own data holds (a shell's variables grow with what it stores). */
function programMemory(c: Container): number {
  let n = 0;
  for (const p of c.processes) {
    if (p.program.kind !== 'shell') continue;
    const sh = dataOf<ShellProgramData>(p.program).sh;
    if (sh) n += lateParts().shellMemory(sh);
  }
  return n > 64 * KiB ? n : 0;
}

export function memoryUsage(c: Container): number {
  if (!isUp(c)) return 0;
  return (
    baseMemory(c) +
    programMemory(c) +
    (c.usage?.extraMemory ?? 0) +
    ((c.usage?.requests ?? 0) > 0 ? 16 * KiB : 0)
  );
}

/** Whether the main program burns CPU (a loop that never sleeps is stepped every few ms). */
export function cpuDemand(state: EngineState, c: Container): number {
  if (c.state.status !== 'running') return 0;
  if (c.usage && c.usage.cpuDemand > 0) return c.usage.cpuDemand;
  const wake = c.processes[0]?.program.wakeAt;
  return wake !== undefined && wake - state.now <= 10 ? 1 : 0;
}

/**
 * CPU % of each busy container: its demand, capped by --cpus, then the host's CPUs shared by
 * --cpu-shares weight when the demand exceeds them (the CFS scheduler's behaviour).
 */
export function cpuShares(state: EngineState, containers: Container[]): Map<string, number> {
  const cpus = state.host.cpus ?? 2;
  const wants = new Map<string, number>();
  let total = 0;
  let weighted = 0;
  for (const c of containers) {
    let d = cpuDemand(state, c);
    if (c.config.nanoCpus > 0) d = Math.min(d, c.config.nanoCpus / 1e9);
    if (d <= 0) continue;
    wants.set(c.id, d);
    total += d;
    weighted += d * (c.config.cpuShares || 1024);
  }
  const out = new Map<string, number>();
  for (const c of containers) {
    const d = wants.get(c.id) ?? 0;
    let got = d;
    if (total > cpus && d > 0)
      got = Math.min(d, (cpus * d * (c.config.cpuShares || 1024)) / weighted);
    out.set(c.id, got * 100);
  }
  return out;
}

export function statsOf(state: EngineState, c: Container, cpuPercent: number): StatsSample {
  if (!isUp(c)) {
    return {
      cpuPercent: 0,
      memUsage: 0,
      memLimit: 0,
      netRx: 0,
      netTx: 0,
      blockRead: 0,
      blockWrite: 0,
      pids: 0,
    };
  }
  const hostMem = state.host.memoryBytes ?? 8 * 1024 * MiB;
  const limit = c.config.memory > 0 ? Math.min(c.config.memory, hostMem) : hostMem;
  const bridged = Object.values(c.endpoints).some((e) => e.ipAddress !== '');
  const main = c.processes[0];
  const workers =
    main?.program.kind === 'nginx'
      ? ((main.program.data as { workers?: number[] } | null)?.workers?.length ?? 0)
      : 0;
  return {
    cpuPercent: c.state.status === 'paused' ? 0 : cpuPercent,
    memUsage: Math.min(memoryUsage(c), limit),
    memLimit: limit,
    netRx: bridged ? IDLE_RX + jitter(c, 600) + (c.usage?.rxBytes ?? 0) : 0,
    netTx: bridged ? IDLE_TX + (c.usage?.txBytes ?? 0) : 0,
    blockRead: 0,
    blockWrite: 0,
    pids: c.processes.length + workers,
  };
}
