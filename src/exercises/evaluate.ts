// Evaluates an exercise against a machine's engine state: which checks hold, and the hint for the first unmet one.
import type { EngineState } from '../engine/index.ts';
import { diagnose, holds, type CheckInput } from './checks.ts';
import { timelineOf } from './timeline.ts';
import type { Exercise } from './types.ts';

export interface CheckResult {
  id: string;
  met: boolean;
}

export interface Evaluation {
  checks: CheckResult[];
  complete: boolean;
  /** The first unmet check: what is missing now (from the state) and its authored hints. */
  hint?: { check: string; missing: string; hints: string[] };
}

export function evaluate(exercise: Exercise, state: Readonly<EngineState>): Evaluation {
  const input: CheckInput = { state, timeline: timelineOf(state, exercise.fixture) };
  const checks = exercise.checks.map((c) => ({ id: c.id, met: holds(c.check, input) }));
  const firstUnmet = exercise.checks.find((_, i) => !checks[i]?.met);
  return {
    checks,
    complete: firstUnmet === undefined,
    ...(firstUnmet
      ? {
          hint: {
            check: firstUnmet.id,
            missing: diagnose(firstUnmet.check, input),
            hints: firstUnmet.hints,
          },
        }
      : {}),
  };
}
