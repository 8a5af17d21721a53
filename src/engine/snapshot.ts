// Schema check of a snapshot before an engine is restored from it (shape, not every field's meaning).
import type { EngineState } from './types.ts';
import { fail, ok, type Result } from './errors.ts';
import { checkInvariants } from './invariants.ts';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function validateSnapshot(s: unknown): Result<EngineState> {
  const bad = (reason: string) => fail<EngineState>({ code: 'INVALID_SNAPSHOT', reason });
  if (!isObj(s)) return bad('not an object');
  if (s.schema !== 1) return bad('unknown schema');
  if (typeof s.now !== 'number' || !Number.isFinite(s.now)) return bad('now');
  if (typeof s.rng !== 'number') return bad('rng');
  if (typeof s.nextPid !== 'number') return bad('nextPid');
  for (const key of [
    'registry',
    'images',
    'tags',
    'layers',
    'containers',
    'volumes',
    'networks',
    'host',
    'limits',
  ]) {
    if (!isObj(s[key])) return bad(key);
  }
  if (!Array.isArray(s.events)) return bad('events');
  const containers = s.containers as Record<string, unknown>;
  for (const [id, c] of Object.entries(containers)) {
    if (
      !isObj(c) ||
      c.id !== id ||
      typeof c.name !== 'string' ||
      !isObj(c.config) ||
      !isObj(c.state)
    )
      return bad(`container ${id}`);
    if (
      !Array.isArray(c.logs) ||
      !Array.isArray(c.processes) ||
      !Array.isArray(c.boundPorts) ||
      !isObj(c.endpoints)
    ) {
      return bad(`container ${id}`);
    }
  }
  const state = s as unknown as EngineState;
  const problems = checkInvariants(state);
  if (problems.length > 0) return bad(problems.join('; '));
  return ok(state);
}
