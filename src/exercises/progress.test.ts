// Progress: recording, merging, export and the refusal of files that are not ours.
import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  exportProgress,
  mergeProgress,
  pageProgress,
  parseImport,
  readProgress,
  recordEvaluation,
} from './progress.ts';

const NOW = '2026-11-27T20:00:00.000Z';
const LATER = '2026-11-28T09:00:00.000Z';

describe('progress', () => {
  it('records checks and keeps a completion once reached', () => {
    let p = recordEvaluation(emptyProgress(), 'etats', ['created'], false, NOW);
    expect(p.exercises.etats).toEqual({ checks: ['created'] });
    p = recordEvaluation(p, 'etats', ['created', 'running'], true, NOW);
    p = recordEvaluation(p, 'etats', ['created'], false, LATER);
    expect(p.exercises.etats).toEqual({ checks: ['created'], completedAt: NOW });
    expect(pageProgress(p, ['etats', 'logs'])).toEqual({ done: 1, total: 2 });
  });

  it('reads back what it wrote, and treats garbage as empty', () => {
    const p = recordEvaluation(emptyProgress(), 'logs', ['logs'], true, NOW);
    expect(readProgress(JSON.stringify(p))).toEqual(p);
    expect(readProgress('{oops')).toEqual(emptyProgress());
    expect(readProgress(null)).toEqual(emptyProgress());
  });

  it('imports an export, dropping unknown exercises', () => {
    let p = recordEvaluation(emptyProgress(), 'logs', ['logs'], true, NOW);
    p = recordEvaluation(p, 'venu-d-ailleurs', ['x'], true, NOW);
    const result = parseImport(exportProgress(p, LATER), ['logs', 'etats']);
    expect(result).toEqual({
      ok: true,
      progress: { ...emptyProgress(), exercises: { logs: p.exercises.logs } },
    });
  });

  it('refuses what is not a progress file of this course, in French', () => {
    const known = ['logs'];
    expect(parseImport('pas du json', known)).toEqual({
      ok: false,
      error: expect.stringContaining('JSON'),
    });
    expect(parseImport('{"format":"autre-site","exercises":{}}', known)).toMatchObject({
      ok: false,
      error: expect.stringContaining('pas une progression'),
    });
    const bad = JSON.stringify({ ...emptyProgress(), exercises: { logs: { checks: 'tout' } } });
    expect(parseImport(bad, known)).toMatchObject({
      ok: false,
      error: expect.stringContaining('abîmé'),
    });
    const newer = JSON.stringify({ ...emptyProgress(), version: 99 });
    expect(parseImport(newer, known).ok).toBe(false);
    const strangers = JSON.stringify({ ...emptyProgress(), exercises: { autre: { checks: [] } } });
    expect(parseImport(strangers, known).ok).toBe(false);
  });

  it('merges without losing a completion', () => {
    const local = recordEvaluation(emptyProgress(), 'logs', ['logs'], true, LATER);
    const imported = recordEvaluation(
      recordEvaluation(emptyProgress(), 'logs', [], false, NOW),
      'etats',
      ['created', 'running'],
      false,
      NOW,
    );
    const merged = mergeProgress(local, imported);
    expect(merged.exercises.logs?.completedAt).toBe(LATER);
    expect(merged.exercises.etats?.checks).toEqual(['created', 'running']);
  });
});
