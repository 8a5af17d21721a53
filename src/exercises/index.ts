// Public entry point of the exercises: every exercise, found by id or by page, and their evaluation.
import { chapterExercises } from './chapitre-3-2.ts';
import { practiceExercises } from './travaux-pratiques.ts';
import type { Exercise } from './types.ts';

export type { Check, ContainerMatch, Exercise, ExerciseCheck } from './types.ts';
export { evaluate, type Evaluation, type CheckResult } from './evaluate.ts';

export const exercises: readonly Exercise[] = [...chapterExercises, ...practiceExercises];

export function exerciseById(id: string): Exercise | undefined {
  return exercises.find((exercise) => exercise.id === id);
}

/** The exercises of each page, in page order: `{ "03-…/02-conteneurs-docker": ["…", …] }`. */
export function exercisesByPage(): Record<string, string[]> {
  const pages: Record<string, string[]> = {};
  for (const exercise of exercises) (pages[exercise.page] ??= []).push(exercise.id);
  return pages;
}
