// The engine's resources API: `docker stats` samples, `docker update` of limits, and the OOM killer.
import type { Container } from '../types.ts';
import { fail, ok, type Result } from '../errors.ts';
import { emitContainerEvent, notify, type Core } from '../core.ts';
import { lookupContainer } from '../containers/lookup.ts';
import { parseRestartPolicy } from '../containers/create.ts';
import { containerExited } from '../containers/lifecycle.ts';
import { cpuShares, memoryUsage, statsOf, type StatsSample } from './stats.ts';

export type { StatsSample };

export interface ResourceUpdate {
  memory?: number;
  memorySwap?: number;
  memoryReservation?: number;
  nanoCpus?: number;
  cpuShares?: number;
  pidsLimit?: number;
  restart?: string;
}

export interface ResourceOps {
  /** One sample per container, in the order given (CPU shares computed across all running ones). */
  stats(ids: readonly string[]): Map<string, StatsSample>;
  update(ref: string, change: ResourceUpdate): Result<Container>;
}

const MIN_MEMORY = 6 * 1024 * 1024;

/** The kernel's OOM killer: a container whose memory exceeds its limit (plus swap) dies with 137. */
export function enforceMemoryLimit(core: Core, c: Container): void {
  const limit = c.config.memory;
  if (limit <= 0 || c.state.status !== 'running') return;
  const swap = c.config.memorySwap;
  const allowed = swap === -1 ? Infinity : swap > limit ? swap : limit;
  if (memoryUsage(c) <= allowed) return;
  c.state.oomKilled = true;
  emitContainerEvent(core, c, 'oom');
  containerExited(core, c, 137);
}

export function createResourceOps(core: Core): ResourceOps {
  return {
    stats(ids) {
      const { state } = core;
      const running = Object.values(state.containers).filter((c) => c.state.status === 'running');
      const cpu = cpuShares(state, running);
      const out = new Map<string, StatsSample>();
      for (const id of ids) {
        const c = state.containers[id];
        if (c) out.set(id, statsOf(state, c, cpu.get(id) ?? 0));
      }
      return out;
    },
    update(ref, u) {
      const found = lookupContainer(core.state, ref);
      if (!found.ok) return found;
      const c = found.value;
      const cfg = c.config;
      if (u.memory !== undefined && u.memory > 0 && u.memory < MIN_MEMORY)
        return fail({ code: 'MEMORY_TOO_SMALL' });
      const memory = u.memory ?? cfg.memory;
      let swap = u.memorySwap ?? cfg.memorySwap;
      if (
        u.memory !== undefined &&
        u.memorySwap === undefined &&
        cfg.memorySwap > 0 &&
        memory > cfg.memorySwap
      )
        return fail({
          code: 'DAEMON_TEXT',
          message: `Cannot update container ${c.id}: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time`,
        });
      if (u.memorySwap !== undefined && u.memorySwap > 0 && memory > 0 && u.memorySwap < memory)
        return fail({ code: 'MEMORY_SWAP_TOO_SMALL' });
      const cpus = core.state.host.cpus ?? 2;
      if (
        u.nanoCpus !== undefined &&
        u.nanoCpus !== 0 &&
        (u.nanoCpus < 0.01e9 || u.nanoCpus > cpus * 1e9)
      )
        return fail({ code: 'CPUS_OUT_OF_RANGE', max: cpus });
      let restart = cfg.restartPolicy;
      if (u.restart !== undefined) {
        const r = parseRestartPolicy(u.restart);
        if (!r.ok) return r;
        if (cfg.autoRemove && r.value.name !== 'no')
          return fail({
            code: 'DAEMON_TEXT',
            message: `Cannot update container ${c.id}: Restart policy cannot be updated because AutoRemove is enabled for the container`,
          });
        restart = r.value;
      }
      // A memory limit set without swap gets as much swap again, as at create.
      if (
        u.memory !== undefined &&
        u.memorySwap === undefined &&
        (cfg.memorySwap === 0 || cfg.memory === 0)
      )
        swap = u.memory > 0 ? u.memory * 2 : 0;
      cfg.memory = memory;
      cfg.memorySwap = swap;
      if (u.memoryReservation !== undefined) cfg.memoryReservation = u.memoryReservation;
      if (u.nanoCpus !== undefined) cfg.nanoCpus = u.nanoCpus;
      if (u.cpuShares !== undefined) cfg.cpuShares = u.cpuShares;
      if (u.pidsLimit !== undefined) cfg.pidsLimit = u.pidsLimit <= 0 ? null : u.pidsLimit;
      cfg.restartPolicy = restart;
      emitContainerEvent(core, c, 'update');
      enforceMemoryLimit(core, c);
      notify(core);
      return ok(c);
    },
  };
}
