// docker/go-units sizes and durations, and Go's time.ParseDuration / Duration.String.
import { formatFloat } from './go-fmt.ts';

export type ParseResult = { ok: true; value: number } | { ok: false; error: string };

/** units.HumanDuration: the age wording of `docker ps` (callers add " ago" or "Up "). */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60_000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / 3_600_000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / 3_600_000) / 24 / 365)} years`;
}

const DECIMAL_ABBRS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY_ABBRS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

function sizeAndUnit(size: number, base: number, abbrs: readonly string[]): [number, string] {
  let i = 0;
  while (size >= base && i < abbrs.length - 1) {
    size /= base;
    i++;
  }
  return [size, abbrs[i] as string];
}

/** units.HumanSizeWithPrecision: `%.*g` of the size in decimal units ("1.99MB", "0B", "1e+03kB"). */
export function humanSizeWithPrecision(bytes: number, precision: number): string {
  const [size, unit] = sizeAndUnit(bytes, 1000, DECIMAL_ABBRS);
  return formatFloat(size, 'g', precision) + unit;
}

/** What docker's tables print for sizes: HumanSizeWithPrecision(n, 3) ("10.1kB", "148MB"). */
export function humanSize(bytes: number): string {
  return humanSizeWithPrecision(bytes, 3);
}

/** units.HumanSize proper, 4 significant digits (`docker system df`: "573.5MB"). */
export function goUnitsHumanSize(bytes: number): string {
  return humanSizeWithPrecision(bytes, 4);
}

/** units.BytesSize: `%.4g` in binary units ("2.824MiB", "23.54GiB", "256MiB"). */
export function bytesSize(bytes: number): string {
  const [size, unit] = sizeAndUnit(bytes, 1024, BINARY_ABBRS);
  return formatFloat(size, 'g', 4) + unit;
}

const BINARY_MULTIPLIERS: Record<string, number> = {
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
  p: 1024 ** 5,
};
const DECIMAL_MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  g: 1e9,
  t: 1e12,
  p: 1e15,
};

/** strconv.ParseFloat(s, 64), with Go's error text. */
export function parseGoFloat(s: string): ParseResult {
  const syntax = `strconv.ParseFloat: parsing ${JSON.stringify(s)}: invalid syntax`;
  let value: number;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) value = Number(s);
  else if (/^[+-]?(inf|infinity|nan)$/i.test(s)) {
    const body = s.replace(/^[+-]/, '').toLowerCase();
    value = body === 'nan' ? NaN : s.startsWith('-') ? -Infinity : Infinity;
    return { ok: true, value };
  } else if (/^[+-]?0[xX]([0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+$/.test(s)) {
    const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(s);
    if (!m) return { ok: false, error: syntax };
    const intPart = m[2] ?? '';
    const frac = m[3] ?? '';
    const mant = parseInt(intPart + frac || '0', 16);
    value = mant * 2 ** (Number(m[4]) - 4 * frac.length);
    if (m[1] === '-') value = -value;
  } else return { ok: false, error: syntax };
  if (!Number.isFinite(value)) {
    return {
      ok: false,
      error: `strconv.ParseFloat: parsing ${JSON.stringify(s)}: value out of range`,
    };
  }
  return { ok: true, value };
}

function parseSizeWith(sizeStr: string, multipliers: Record<string, number>): ParseResult {
  let sep = -1;
  for (let i = sizeStr.length - 1; i >= 0; i--) {
    if ('0123456789. '.includes(sizeStr[i] as string)) {
      sep = i;
      break;
    }
  }
  if (sep === -1) return { ok: false, error: `invalid size: '${sizeStr}'` };
  const num = sizeStr[sep] !== ' ' ? sizeStr.slice(0, sep + 1) : sizeStr.slice(0, sep);
  let sfx = sizeStr.slice(sep + 1);
  const parsed = parseGoFloat(num);
  if (!parsed.ok) return parsed;
  let size = parsed.value;
  if (size < 0) return { ok: false, error: `invalid size: '${sizeStr}'` };
  const toInt = (n: number): ParseResult => ({ ok: true, value: Math.trunc(n) });
  if (sfx.length === 0) return toInt(size);
  const bad = (): ParseResult => ({ ok: false, error: `invalid suffix: '${sfx}'` });
  if (new TextEncoder().encode(sfx).length > 3) return bad();
  sfx = sfx.toLowerCase();
  if (sfx[0] === 'b') return sfx.length > 1 ? bad() : toInt(size);
  const mul = multipliers[sfx[0] as string];
  if (mul === undefined) return bad();
  size *= mul;
  if (sfx.length === 2 && sfx[1] !== 'b') return bad();
  if (sfx.length === 3 && sfx.slice(1) !== 'ib') return bad();
  return toInt(size);
}

/** units.RAMInBytes, as `--memory` parses its value: "256m" → 268435456; errors as go-units words them. */
export function parseSize(s: string): ParseResult {
  return parseSizeWith(s, BINARY_MULTIPLIERS);
}

/** units.FromHumanSize (decimal multipliers). */
export function parseHumanSize(s: string): ParseResult {
  return parseSizeWith(s, DECIMAL_MULTIPLIERS);
}

const NS_PER_UNIT: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  µs: 1000n, // U+00B5
  μs: 1000n, // U+03BC
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

const MAX_UINT63 = 1n << 63n;

/** The quoting of Go's time package: non-ASCII and control bytes as \xNN. */
function timeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp >= 0x80 || cp < 0x20) {
      for (const b of new TextEncoder().encode(ch)) out += '\\x' + b.toString(16).padStart(2, '0');
    } else {
      if (ch === '"' || ch === '\\') out += '\\';
      out += ch;
    }
  }
  return out + '"';
}

/** time.ParseDuration, value in nanoseconds as a bigint. */
export function parseGoDurationNs(
  orig: string,
): { ok: true; value: bigint } | { ok: false; error: string } {
  const invalid = { ok: false as const, error: 'time: invalid duration ' + timeQuote(orig) };
  let s = orig;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, value: 0n };
  if (s === '') return invalid;
  let d = 0n;
  const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) return invalid;
    let i = 0;
    let v = 0n;
    while (isDigit(s[i])) {
      if (v > MAX_UINT63 / 10n) return invalid;
      v = v * 10n + BigInt((s[i] as string).charCodeAt(0) - 48);
      if (v > MAX_UINT63) return invalid;
      i++;
    }
    const pre = i > 0;
    s = s.slice(i);
    let post = false;
    let f = 0n;
    let scale = 1;
    let overflowFrac = false;
    if (s !== '' && s[0] === '.') {
      s = s.slice(1);
      let j = 0;
      while (isDigit(s[j])) {
        if (!overflowFrac) {
          if (f > (MAX_UINT63 - 1n) / 10n) overflowFrac = true;
          else {
            const y = f * 10n + BigInt((s[j] as string).charCodeAt(0) - 48);
            if (y > MAX_UINT63) overflowFrac = true;
            else {
              f = y;
              scale *= 10;
            }
          }
        }
        j++;
      }
      post = j > 0;
      s = s.slice(j);
    }
    if (!pre && !post) return invalid;
    let k = 0;
    while (k < s.length && !(s[k] === '.' || isDigit(s[k]))) k++;
    if (k === 0) return { ok: false, error: 'time: missing unit in duration ' + timeQuote(orig) };
    const u = s.slice(0, k);
    s = s.slice(k);
    const unit = NS_PER_UNIT[u];
    if (unit === undefined) {
      return {
        ok: false,
        error: 'time: unknown unit ' + timeQuote(u) + ' in duration ' + timeQuote(orig),
      };
    }
    if (v > MAX_UINT63 / unit) return invalid;
    v *= unit;
    if (f > 0n) {
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > MAX_UINT63) return invalid;
    }
    d += v;
    if (d > MAX_UINT63) return invalid;
  }
  if (neg) return { ok: true, value: -d };
  if (d > MAX_UINT63 - 1n) return invalid;
  return { ok: true, value: d };
}

/** time.ParseDuration with the value in milliseconds ("1m30s" → 90000). */
export function parseGoDuration(s: string): ParseResult {
  const r = parseGoDurationNs(s);
  if (!r.ok) return r;
  return { ok: true, value: Number(r.value) / 1e6 };
}

function fmtFrac(v: bigint, prec: number): [string, bigint] {
  let s = '';
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    print = print || digit !== 0n;
    if (print) s = digit.toString() + s;
    v /= 10n;
  }
  return [print ? '.' + s : '', v];
}

/** Duration.String for a duration in nanoseconds ("1h2m3.5s", "500ms", "0s"). */
export function formatGoDurationNs(ns: bigint): string {
  const neg = ns < 0n;
  let u = neg ? -ns : ns;
  let out: string;
  if (u < 1_000_000_000n) {
    if (u === 0n) return '0s';
    let unit: string;
    let prec: number;
    if (u < 1000n) {
      unit = 'ns';
      prec = 0;
    } else if (u < 1_000_000n) {
      unit = 'µs';
      prec = 3;
    } else {
      unit = 'ms';
      prec = 6;
    }
    const [frac, rest] = fmtFrac(u, prec);
    out = rest.toString() + frac + unit;
  } else {
    const [frac, secs] = fmtFrac(u, 9);
    u = secs;
    out = (u % 60n).toString() + frac + 's';
    u /= 60n;
    if (u > 0n) {
      out = (u % 60n).toString() + 'm' + out;
      u /= 60n;
      if (u > 0n) out = u.toString() + 'h' + out;
    }
  }
  return (neg ? '-' : '') + out;
}

/** Duration.String for a duration in milliseconds ("10s", "1m30s", "500ms", "0s"). */
export function formatGoDuration(ms: number): string {
  return formatGoDurationNs(BigInt(Math.round(ms * 1e6)));
}
