// Go time formats the views print: RFC 3339 (nano), Time.String() and the zero time, from virtual ms.
import { toCivil } from '../../engine/time.ts';

const p2 = (n: number): string => String(n).padStart(2, '0');

function datePart(ms: number): { date: string; clock: string; frac: number } {
  const c = toCivil(ms);
  return {
    date: `${String(c.year).padStart(4, '0')}-${p2(c.month)}-${p2(c.day)}`,
    clock: `${p2(c.hour)}:${p2(c.minute)}:${p2(c.second)}`,
    frac: c.ms,
  };
}

/** Go's zero time.Time in RFC 3339, which Docker prints for "never" (FinishedAt of a running container). */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

/** time.RFC3339Nano in UTC: fraction without trailing zeros ("…T19:32:05.16Z", "…T19:32:05Z"); null → zero time. */
export function rfc3339Nano(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return ZERO_TIME;
  const { date, clock, frac } = datePart(ms);
  const fraction = frac === 0 ? '' : '.' + String(frac).padStart(3, '0').replace(/0+$/, '');
  return `${date}T${clock}${fraction}Z`;
}

/** time.RFC3339 in UTC, whole seconds ("2026-11-27T19:33:50Z"): volumes' CreatedAt. */
export function rfc3339(ms: number): string {
  const { date, clock } = datePart(ms);
  return `${date}T${clock}Z`;
}

/** time.Unix(sec, 0).String() on a UTC host: "2026-11-27 19:32:06 +0000 UTC" (`docker ps` CreatedAt). */
export function goTimeString(ms: number): string {
  const { date, clock } = datePart(Math.floor(ms / 1000) * 1000);
  return `${date} ${clock} +0000 UTC`;
}
