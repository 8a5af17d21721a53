// Compares a record's expected output with the emulator's, after normalization, and says where they differ.
//
// IDs and generated names: the expected side is numbered by first appearance in its file. The emulator's
// IDs cannot be numbered the same way independently (one record that prints an extra ID would shift
// every later number), so each emulator ID is *paired* with the expected ID it stands for: within a
// record, the k-th ID of the emulator's output is paired with the k-th ID of the expected output, unless
// either is already paired. Pairs found in a record are kept only if that record matches; an unpaired
// emulator ID never equals an expected one. So a later record that shows a container under another ID
// than the one it was paired with fails, as with a first-appearance mapping of both sides.
import { firstDifference } from './diff.ts';
import {
  newMaps,
  normalize,
  tokensOf,
  type NormalizeMaps,
  type TokenResolver,
} from './normalize.ts';

export interface Outcome {
  stdout: string;
  stderr: string;
  exitCode: number | null;
}

export interface Comparison {
  match: boolean;
  /** A short description of the first difference (empty when they match). */
  diff: string;
}

type TokenKind = 'id' | 'name';

/** The per-file state of a comparison: the expected side's numbering and the emulator's pairs. */
export interface FileMaps {
  expected: NormalizeMaps;
  /** Emulator key → expected key, per kind. */
  pairs: Record<TokenKind, Map<string, string>>;
  /** Next number for emulator tokens that stand for nothing expected. */
  strays: number;
}

export function newFileMaps(): FileMaps {
  return { expected: newMaps(), pairs: { id: new Map(), name: new Map() }, strays: 0 };
}

/** Normalizes both sides and compares stream by stream; keeps new pairs only when the record matches. */
export function compareOutcome(expected: Outcome, actual: Outcome, maps: FileMaps): Comparison {
  const eTokens = [...tokensOf(expected.stdout), ...tokensOf(expected.stderr)];
  const aTokens = [...tokensOf(actual.stdout), ...tokensOf(actual.stderr)];
  const e = {
    stdout: normalize(expected.stdout, maps.expected),
    stderr: normalize(expected.stderr, maps.expected),
  };

  const pairs: Record<TokenKind, Map<string, string>> = {
    id: new Map(maps.pairs.id),
    name: new Map(maps.pairs.name),
  };
  for (const kind of ['id', 'name'] as const) {
    const ek = eTokens.filter((t) => t.kind === kind).map((t) => t.key);
    const ak = aTokens.filter((t) => t.kind === kind).map((t) => t.key);
    const taken = new Set(pairs[kind].values());
    for (let i = 0; i < Math.min(ek.length, ak.length); i++) {
      const a = ak[i] as string;
      const x = ek[i] as string;
      if (pairs[kind].has(a) || taken.has(x)) continue;
      pairs[kind].set(a, x);
      taken.add(x);
    }
  }
  let strays = maps.strays;
  const strayNumbers = new Map<string, string>();
  const actualResolver: TokenResolver = {
    resolve(kind, key) {
      const x = pairs[kind].get(key);
      if (x !== undefined) return maps.expected.resolve(kind, x);
      const k = `${kind}:${key}`;
      let stray = strayNumbers.get(k);
      if (stray === undefined) {
        stray = `?${++strays}`;
        strayNumbers.set(k, stray);
      }
      return stray;
    },
  };
  const a = {
    stdout: normalize(actual.stdout, actualResolver),
    stderr: normalize(actual.stderr, actualResolver),
  };

  const diffs: string[] = [];
  if (e.stdout !== a.stdout) diffs.push(`stdout ${firstDifference(e.stdout, a.stdout)}`);
  if (e.stderr !== a.stderr) diffs.push(`stderr ${firstDifference(e.stderr, a.stderr)}`);
  if (expected.exitCode !== actual.exitCode) {
    diffs.push(`code de sortie : attendu ${expected.exitCode}, obtenu ${actual.exitCode}`);
  }
  const match = diffs.length === 0;
  if (match) maps.pairs = pairs;
  else maps.strays = strays;
  return { match, diff: diffs.join('\n') };
}
