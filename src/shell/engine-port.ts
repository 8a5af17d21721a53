// How the host shell creates or restores its engine: through the engine's light entry point, so that the
// browser shows a prompt before the heavy parts (shell interpreter, HTTP) load; see `loadLateParts`.
import {
  createEngine,
  engineFromSnapshot,
  loadLateParts,
  type Engine,
  type EngineOptions,
} from '../engine/light.ts';

export { loadLateParts };

/** The engine a machine drives: its clock, its wake-ups, its event log and snapshots. */
export type MachineEngine = Engine;

export type { EngineOptions };

export function newEngine(options: EngineOptions): MachineEngine {
  return createEngine(options);
}

/** Restores an engine from a saved state; throws with the engine's reason if it is not valid. */
export function restoreEngine(
  state: unknown,
  options: Pick<EngineOptions, 'scriptRunner'> = {},
): MachineEngine {
  const result = engineFromSnapshot(state, options);
  if (!result.ok) throw new Error(`instantané invalide : ${JSON.stringify(result.error)}`);
  return result.value;
}
