// HTTP dates (RFC 7231 IMF-fixdate: "Mon, 05 Jan 2026 09:00:00 GMT") from virtual time, without Date.
import { toCivil } from '../time.ts';

const DAYS = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number): string => String(n).padStart(2, '0');

export function httpDate(ms: number): string {
  const c = toCivil(ms);
  const days = Math.floor(Math.floor(ms) / 86_400_000);
  const dow = DAYS[((days % 7) + 7) % 7];
  return `${dow}, ${p2(c.day)} ${MONTHS[c.month - 1]} ${c.year} ${p2(c.hour)}:${p2(c.minute)}:${p2(c.second)} GMT`;
}
