// Value parsers for typed flags (sizes, durations, decimals) with the Go libraries' error texts.
import { parseGoDuration, parseGoFloat, parseSize } from './format/units.ts';
import type { ValueParsers } from './parse/flags.ts';

/** big.Rat.SetString as `--cpus` (opts.NanoCPUs) parses, in nano-CPUs. */
export function parseNanoCpus(
  s: string,
): { ok: true; value: number } | { ok: false; error: string } {
  const bad = { ok: false as const, error: `failed to parse ${s} as a rational number` };
  let value: number;
  const frac = /^([+-]?\d+)\/(\d+)$/.exec(s);
  if (frac) {
    const den = Number(frac[2]);
    if (den === 0) return bad;
    value = Number(frac[1]) / den;
  } else {
    const f = parseGoFloat(s);
    if (!f.ok || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return bad;
    value = f.value;
  }
  const nano = value * 1e9;
  if (!Number.isInteger(Math.round(nano * 1e6) / 1e6)) {
    return { ok: false, error: 'value is too precise' };
  }
  return { ok: true, value: Math.round(nano) };
}

export const VALUE_PARSERS: ValueParsers = {
  bytes: (s) => (s === '-1' ? { ok: true, value: -1 } : parseSize(s)),
  duration: (s) => parseGoDuration(s),
  decimal: (s) => parseNanoCpus(s),
};
