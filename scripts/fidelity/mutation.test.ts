// Mutation test: for EVERY scored record, a one-character change outside the masked values, a swap of the
// streams and a different exit code must each make the record stop matching.
import { describe, expect, it } from 'vitest';
import { compareOutcome, newFileMaps, type Outcome } from './compare.ts';
import { maskedRanges } from './normalize.ts';
import { DEFAULT_FILES, loadRecords, scoringOf } from './records.ts';

const matches = (a: Outcome, b: Outcome) => compareOutcome(a, b, newFileMaps()).match;

function mutateChar(c: string): string {
  if (/[a-z]/.test(c)) return c.toUpperCase();
  if (/[A-Z]/.test(c)) return c.toLowerCase();
  if (/[0-9]/.test(c)) return String((Number(c) + 1) % 10);
  return c === '#' ? '%' : '#';
}

/** Up to three positions (first, middle, last) of visible characters that no mask covers. */
function unmaskedPositions(text: string): number[] {
  const masks = maskedRanges(text);
  const free: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i] as string)) continue;
    if (masks.some((m) => i >= m.start && i < m.end)) continue;
    free.push(i);
  }
  if (free.length === 0) return [];
  return [
    ...new Set([free[0], free[Math.floor(free.length / 2)], free[free.length - 1]]),
  ] as number[];
}

const scored = DEFAULT_FILES.flatMap((file) =>
  loadRecords(file)
    .filter((r) => scoringOf(r) === 'scored')
    .map((r) => ({ file: file.split('/').pop(), r })),
);

describe('mutation test of the comparison', () => {
  it('has scored records from both files', () => {
    expect(scored.filter((s) => s.file === 'engine.jsonl').length).toBeGreaterThan(200);
    expect(scored.filter((s) => s.file === 'client.jsonl').length).toBeGreaterThan(130);
  });

  it.each(scored.map((s) => [`${s.file} ${s.r.id}`, s.r] as const))('%s', (_, r) => {
    const expected: Outcome = { stdout: r.stdout, stderr: r.stderr, exitCode: r.exit_code };
    expect(matches(expected, expected)).toBe(true);

    let mutated = 0;
    for (const stream of ['stdout', 'stderr'] as const) {
      const text = expected[stream];
      for (const i of unmaskedPositions(text)) {
        const mutant = {
          ...expected,
          [stream]: text.slice(0, i) + mutateChar(text[i] as string) + text.slice(i + 1),
        };
        expect(
          matches(expected, mutant),
          `${stream} position ${i} (${JSON.stringify(text[i])})`,
        ).toBe(false);
        mutated++;
      }
    }
    if (mutated === 0) {
      // Nothing visible outside masks (e.g. empty output): one added character must show.
      expect(matches(expected, { ...expected, stdout: expected.stdout + 'x' })).toBe(false);
    }
    if (expected.stdout !== expected.stderr) {
      expect(
        matches(expected, { ...expected, stdout: expected.stderr, stderr: expected.stdout }),
      ).toBe(false);
    }
    expect(matches(expected, { ...expected, exitCode: (expected.exitCode ?? 0) + 1 })).toBe(false);
  });
});
