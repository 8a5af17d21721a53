// The daemon's container list for `docker ps`: filters folded, containers walked newest first, summaries built.
import type { EngineState } from '../../engine/types.ts';
import { containerSummary, type ContainerSummary } from './container-summary.ts';
import { isRunning } from './container-view.ts';
import { containersNewestFirst } from './lookup.ts';
import { candidateIds, foldFilter, includeContainer, type FilterArgs } from './ps-filter.ts';

export interface ListRequest {
  all: boolean;
  /** -n / -l; -1 (or any value ≤ 0) for no limit. */
  limit: number;
  size: boolean;
  filters: FilterArgs;
}

export type ListResult =
  { ok: true; containers: ContainerSummary[] } | { ok: false; message: string };

/** GET /containers/json: the containers `docker ps` shows, or the daemon's error text. */
export function listContainers(state: EngineState, now: number, req: ListRequest): ListResult {
  const folded = foldFilter(state, { all: req.all, limit: req.limit, filters: req.filters });
  if (!folded.ok) return folded;
  const ctx = folded.ctx;
  const candidates = candidateIds(state, req.filters);
  const out: ContainerSummary[] = [];
  const resolved = new Map<string, string | null>();
  for (const c of containersNewestFirst(state)) {
    if (candidates !== undefined && !candidates.has(c.id)) continue;
    // Stopped containers are left out before any work when neither -a, a limit nor a filter asks for them.
    if (
      !ctx.all &&
      ctx.limit <= 0 &&
      ctx.beforeId === undefined &&
      ctx.sinceId === undefined &&
      !isRunning(c)
    )
      continue;
    const summary = containerSummary(state, c, now, { size: req.size, resolved });
    const decision = includeContainer(summary, ctx);
    if (decision === 'stop') break;
    if (decision === 'exclude') continue;
    out.push(summary);
    ctx.idx++;
  }
  return { ok: true, containers: out };
}
