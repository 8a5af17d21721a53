// Calendar formatting of virtual times (ms since the epoch, UTC) without the Date object.

export interface CivilTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

/** Howard Hinnant's civil_from_days, on ms since the epoch. */
export function toCivil(ms: number): CivilTime {
  const t = Math.floor(ms);
  const days = Math.floor(t / 86_400_000);
  const rem = t - days * 86_400_000;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return {
    year,
    month,
    day,
    hour: Math.floor(rem / 3_600_000),
    minute: Math.floor(rem / 60_000) % 60,
    second: Math.floor(rem / 1000) % 60,
    ms: rem % 1000,
  };
}

const p2 = (n: number): string => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 3339 with nanoseconds as Docker prints them ("2026-11-27T19:32:05.196926647Z"); the zero time for null. */
export function rfc3339Nano(ms: number | null, nanosExtra = 0): string {
  if (ms === null) return '0001-01-01T00:00:00Z';
  const c = toCivil(ms);
  const frac = String(c.ms * 1_000_000 + (nanosExtra % 1_000_000)).padStart(9, '0');
  return `${c.year}-${p2(c.month)}-${p2(c.day)}T${p2(c.hour)}:${p2(c.minute)}:${p2(c.second)}.${frac}Z`;
}

/** nginx error-log time: "2026/11/27 19:32:05". */
export function nginxErrorTime(ms: number): string {
  const c = toCivil(ms);
  return `${c.year}/${p2(c.month)}/${p2(c.day)} ${p2(c.hour)}:${p2(c.minute)}:${p2(c.second)}`;
}

/** nginx access-log time: "27/Nov/2026:19:32:10 +0000". */
export function nginxAccessTime(ms: number): string {
  const c = toCivil(ms);
  return `${p2(c.day)}/${MONTHS[c.month - 1]}/${c.year}:${p2(c.hour)}:${p2(c.minute)}:${p2(c.second)} +0000`;
}

/** redis log time: "27 Nov 2026 19:33:20.123". */
export function redisTime(ms: number): string {
  const c = toCivil(ms);
  return `${p2(c.day)} ${MONTHS[c.month - 1]} ${c.year} ${p2(c.hour)}:${p2(c.minute)}:${p2(c.second)}.${String(c.ms).padStart(3, '0')}`;
}
