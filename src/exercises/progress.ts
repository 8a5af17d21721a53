// The learner's progress (no account): what is saved in localStorage, exported as JSON and imported back.
import { t } from '../i18n/fr.ts';

export const PROGRESS_FORMAT = 'cours-docker-interactif/progression';
export const PROGRESS_VERSION = 1;
export { PROGRESS_EVENT, PROGRESS_KEY } from './progress-key.ts';

export interface ExerciseProgress {
  /** Checks met the last time the exercise was evaluated. */
  checks: string[];
  /** ISO date of the first completion. */
  completedAt?: string;
}

export interface Progress {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  exercises: Record<string, ExerciseProgress>;
}

export type ImportResult = { ok: true; progress: Progress } | { ok: false; error: string };

export function emptyProgress(): Progress {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exercises: {} };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readEntry(value: unknown): ExerciseProgress | undefined {
  if (!isRecord(value)) return undefined;
  const { checks, completedAt } = value;
  if (!Array.isArray(checks) || !checks.every((c) => typeof c === 'string')) return undefined;
  if (completedAt !== undefined) {
    if (typeof completedAt !== 'string' || Number.isNaN(Date.parse(completedAt))) return undefined;
    return { checks: [...checks], completedAt };
  }
  return { checks: [...checks] };
}

/** Reads a progress object; `undefined` when it is not one (foreign or malformed). */
function readProgressObject(value: unknown): { progress?: Progress; foreign: boolean } {
  if (!isRecord(value) || value.format !== PROGRESS_FORMAT) return { foreign: true };
  if (value.version !== PROGRESS_VERSION || !isRecord(value.exercises)) return { foreign: false };
  const progress = emptyProgress();
  for (const [id, raw] of Object.entries(value.exercises)) {
    const entry = readEntry(raw);
    if (!entry) return { foreign: false };
    progress.exercises[id] = entry;
  }
  return { progress, foreign: false };
}

/** What localStorage holds; anything unreadable counts as no progress at all. */
export function readProgress(raw: string | null | undefined): Progress {
  if (!raw) return emptyProgress();
  try {
    return readProgressObject(JSON.parse(raw)).progress ?? emptyProgress();
  } catch {
    return emptyProgress();
  }
}

/** Records an evaluation; a completed exercise stays completed (undo does not take it back). */
export function recordEvaluation(
  progress: Progress,
  id: string,
  met: readonly string[],
  complete: boolean,
  nowIso: string,
): Progress {
  const before = progress.exercises[id];
  const entry: ExerciseProgress = { checks: [...met] };
  const completedAt = before?.completedAt ?? (complete ? nowIso : undefined);
  if (completedAt) entry.completedAt = completedAt;
  return { ...progress, exercises: { ...progress.exercises, [id]: entry } };
}

/** The better of two entries: completed beats started, more checks beat fewer. */
function better(a: ExerciseProgress | undefined, b: ExerciseProgress): ExerciseProgress {
  if (!a) return b;
  if (a.completedAt && b.completedAt) return a.completedAt <= b.completedAt ? a : b;
  if (a.completedAt) return a;
  if (b.completedAt) return b;
  return b.checks.length > a.checks.length ? b : a;
}

/** Local progress with an imported one: nothing already completed is lost. */
export function mergeProgress(local: Progress, imported: Progress): Progress {
  const exercises = { ...local.exercises };
  for (const [id, entry] of Object.entries(imported.exercises))
    exercises[id] = better(exercises[id], entry);
  return { ...local, exercises };
}

/** The file « Exporter ma progression » downloads. */
export function exportProgress(progress: Progress, nowIso: string): string {
  return `${JSON.stringify({ ...progress, exportedAt: nowIso }, null, 2)}\n`;
}

/**
 * Reads an imported file. Refused, with a French reason, when it is not JSON, comes from elsewhere,
 * is malformed, or names none of this course's exercises; exercises it does not know are dropped.
 */
export function parseImport(text: string, knownIds: readonly string[]): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: t('progression.import.illisible') };
  }
  const read = readProgressObject(value);
  if (read.foreign) return { ok: false, error: t('progression.import.etranger') };
  if (!read.progress) return { ok: false, error: t('progression.import.invalide') };
  const known = new Set(knownIds);
  const progress = emptyProgress();
  for (const [id, entry] of Object.entries(read.progress.exercises))
    if (known.has(id)) progress.exercises[id] = entry;
  if (
    Object.keys(progress.exercises).length === 0 &&
    Object.keys(read.progress.exercises).length > 0
  )
    return { ok: false, error: t('progression.import.etranger') };
  return { ok: true, progress };
}

/** How many exercises of a page are completed. */
export function pageProgress(
  progress: Progress,
  ids: readonly string[],
): { done: number; total: number } {
  return {
    done: ids.filter((id) => progress.exercises[id]?.completedAt !== undefined).length,
    total: ids.length,
  };
}
