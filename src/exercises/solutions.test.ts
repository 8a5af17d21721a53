// Every exercise replayed through the emulator: its start state fails a check, each of its solutions meets them all.
import { describe, expect, it } from 'vitest';
import { docker } from '../cli/index.ts';
import { createMachine } from '../shell/machine.ts';
import { replay, REPLAY_EPOCH, REPLAY_SEED } from '../shell/replay.ts';
import { evaluate, exercises, type Exercise } from './index.ts';

async function machineFor(exercise: Exercise) {
  // The docker command is given, not loaded lazily: a slow first import must not look like a command waiting.
  const machine = createMachine({
    now: REPLAY_EPOCH,
    seed: REPLAY_SEED,
    fixture: exercise.fixture,
    docker,
  });
  await machine.ready();
  return machine;
}

function unmet(exercise: Exercise, state: Parameters<typeof evaluate>[1]): string[] {
  const result = evaluate(exercise, state);
  return result.checks
    .filter((c) => !c.met)
    .map((c) => `${c.id} (${result.hint?.check === c.id ? result.hint.missing : '…'})`);
}

describe('exercises', () => {
  it('have unique ids, checks, hints, a solution and an alternative', () => {
    const ids = exercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const exercise of exercises) {
      expect(exercise.checks.length, exercise.id).toBeGreaterThan(0);
      expect(new Set(exercise.checks.map((c) => c.id)).size).toBe(exercise.checks.length);
      for (const check of exercise.checks) expect(check.hints.length, check.id).toBeGreaterThan(0);
      expect(exercise.solution.length).toBeGreaterThan(0);
      expect(exercise.alternatives.length).toBeGreaterThan(0);
      for (const other of exercise.seeAlso ?? []) expect(ids).toContain(other);
    }
  });

  it('count at least 8 on chapter 3.2 and 6 practice pages', () => {
    const chapter = exercises.filter(
      (e) => e.page === '03-concepts-fondamentaux/02-conteneurs-docker',
    );
    expect(chapter.length).toBeGreaterThanOrEqual(8);
    const practice = new Set(
      exercises.filter((e) => e.page.startsWith('travaux-pratiques/')).map((e) => e.page),
    );
    expect(practice.size).toBeGreaterThanOrEqual(6);
  });

  for (const exercise of exercises) {
    describe(exercise.id, () => {
      it('starts with at least one check unmet', async () => {
        const machine = await machineFor(exercise);
        expect(evaluate(exercise, machine.engine.state).complete).toBe(false);
      });

      const solutions = [exercise.solution, ...exercise.alternatives];
      solutions.forEach((lines, i) => {
        it(`${i === 0 ? 'solution' : `alternative ${i}`} meets every check`, async () => {
          const machine = await machineFor(exercise);
          const screen = await replay(lines.join('\n'), {}, machine);
          expect(unmet(exercise, machine.engine.state), screen).toEqual([]);
        });
      });
    });
  }
});
