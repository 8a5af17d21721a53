// docker's timetypes.GetTimestamp for --since/--until: Go durations relative to now, RFC 3339 dates, Unix seconds.
import type { FlagValue } from '../command.ts';

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Days since the epoch of a civil date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** A Go duration ("10s", "1h30m", "1.5m") in ms, or undefined. */
export function parseGoDuration(value: string): number | undefined {
  const m = /^([-+]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(value);
  if (!m) return value === '0' ? 0 : undefined;
  let total = 0;
  for (const part of value.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g))
    total += Number(part[1]) * (UNIT_MS[part[2] ?? 's'] ?? 0);
  return m[1] === '-' ? -total : total;
}

/** The instant a --since/--until value names (ms since the epoch), or undefined if it is not valid. */
export function parseTimestamp(value: string, now: number): number | undefined {
  if (value === '') return undefined;
  const d = parseGoDuration(value);
  if (d !== undefined) return now - d;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[-+]\d{2}:?\d{2})?$/.exec(
      value,
    );
  if (!m) return undefined;
  const [, y, mo, da, h = '0', mi = '0', s = '0', frac = '', tz = 'Z'] = m;
  let ms =
    daysFromCivil(Number(y), Number(mo), Number(da)) * 86_400_000 +
    Number(h) * 3_600_000 +
    Number(mi) * 60_000 +
    Number(s) * 1000 +
    Math.floor(Number(`0.${frac || '0'}`) * 1000);
  if (tz !== 'Z') {
    const sign = tz[0] === '-' ? -1 : 1;
    const digits = tz.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return ms;
}

/** The times --since and --until name (those given), or Docker's error for the first it cannot read. */
export function timeBounds(
  values: Readonly<Record<string, FlagValue>>,
  now: number,
): { since?: number; until?: number } | { error: string } {
  const bounds: { since?: number; until?: number } = {};
  for (const flag of ['since', 'until'] as const) {
    const raw = values[flag];
    if (typeof raw !== 'string' || raw === '') continue;
    const at = parseTimestamp(raw, now);
    if (at === undefined) return { error: timestampError(flag, raw) };
    bounds[flag] = at;
  }
  return bounds;
}

/** Docker's error for a value it cannot read. */
export function timestampError(flag: 'since' | 'until', value: string): string {
  return `invalid value for "${flag}": failed to parse value as time or duration: "${value}"`;
}

/** Deterministic sub-millisecond digits so that timestamps look like Docker's nanosecond ones. */
export function nanosFor(seq: number): number {
  return (seq * 7_919 + 104_729) % 1_000_000;
}
