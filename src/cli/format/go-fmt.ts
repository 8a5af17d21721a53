// Go's number and string formatting (strconv/fmt) reproduced exactly: %g/%e/%f, shortest floats, Quote.

interface Decimal {
  /** Significant digits without leading or trailing zeros ('' for zero). */
  d: string;
  /** Position of the decimal point relative to the first digit. */
  dp: number;
}

/** The exact decimal expansion of a finite, non-negative double. */
function exactDecimal(x: number): Decimal {
  if (x === 0) return { d: '', dp: 0 };
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  let digits: string;
  let dp: number;
  if (exp >= 0) {
    digits = (mant << BigInt(exp)).toString();
    dp = digits.length;
  } else {
    digits = (mant * 5n ** BigInt(-exp)).toString();
    dp = digits.length + exp;
  }
  return trimDecimal({ d: digits, dp });
}

function trimDecimal(dec: Decimal): Decimal {
  let d = dec.d;
  let dp = dec.dp;
  let i = 0;
  while (i < d.length && d[i] === '0') i++;
  d = d.slice(i);
  dp -= i;
  d = d.replace(/0+$/, '');
  if (d === '') dp = 0;
  return { d, dp };
}

/** Rounds to nd significant digits, halfway cases to even (exact decimal input). */
function roundDecimal(dec: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= dec.d.length) return dec;
  let up: boolean;
  const next = dec.d.charCodeAt(nd) - 48;
  if (next > 5) up = true;
  else if (next < 5) up = false;
  else if (nd + 1 < dec.d.length) up = true;
  else up = nd > 0 && (dec.d.charCodeAt(nd - 1) - 48) % 2 === 1;
  if (!up) return trimDecimal({ d: dec.d.slice(0, nd), dp: dec.dp });
  const digits = dec.d
    .slice(0, nd)
    .split('')
    .map((c) => c.charCodeAt(0) - 48);
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === 9) {
    digits[i] = 0;
    i--;
  }
  if (i < 0) return { d: '1', dp: dec.dp + 1 };
  digits[i] = (digits[i] as number) + 1;
  return trimDecimal({ d: digits.join(''), dp: dec.dp });
}

/** Shortest decimal that round-trips (JS and Go agree on it). */
function shortestDecimal(x: number): Decimal {
  if (x === 0) return { d: '', dp: 0 };
  const s = x.toExponential();
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return exactDecimal(x);
  return trimDecimal({ d: (m[1] ?? '') + (m[2] ?? ''), dp: Number(m[3]) + 1 });
}

function digitAt(dec: Decimal, i: number): string {
  return i < dec.d.length ? (dec.d[i] as string) : '0';
}

function fmtE(neg: boolean, dec: Decimal, prec: number, e: string): string {
  let s = neg ? '-' : '';
  s += dec.d.length === 0 ? '0' : digitAt(dec, 0);
  if (prec > 0) {
    s += '.';
    for (let i = 1; i <= prec; i++) s += digitAt(dec, i);
  }
  const exp = dec.d.length === 0 ? 0 : dec.dp - 1;
  const abs = Math.abs(exp);
  s += e + (exp < 0 ? '-' : '+') + (abs < 10 ? '0' : '') + String(abs);
  return s;
}

function fmtF(neg: boolean, dec: Decimal, prec: number): string {
  let s = neg ? '-' : '';
  if (dec.dp > 0) {
    for (let i = 0; i < dec.dp; i++) s += digitAt(dec, i);
  } else s += '0';
  if (prec > 0) {
    s += '.';
    for (let i = 0; i < prec; i++) {
      const j = dec.dp + i;
      s += j < 0 ? '0' : digitAt(dec, j);
    }
  }
  return s;
}

/** strconv.FormatFloat(x, fmt, prec, 64) for fmt 'e', 'E', 'f', 'g', 'G'; prec -1 is the shortest. */
export function formatFloat(x: number, fmt: 'e' | 'E' | 'f' | 'g' | 'G', prec: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  const neg = x < 0 || Object.is(x, -0);
  const abs = Math.abs(x);
  const shortest = prec < 0;
  let dec: Decimal;
  if (shortest) {
    dec = shortestDecimal(abs);
    if (fmt === 'e' || fmt === 'E') prec = Math.max(dec.d.length - 1, 0);
    else if (fmt === 'f') prec = Math.max(dec.d.length - dec.dp, 0);
    else prec = dec.d.length;
  } else {
    const exact = exactDecimal(abs);
    if (fmt === 'e' || fmt === 'E') dec = roundDecimal(exact, prec + 1);
    else if (fmt === 'f') dec = roundDecimal(exact, exact.dp + prec);
    else {
      if (prec === 0) prec = 1;
      dec = roundDecimal(exact, prec);
    }
    if (dec.d.length === 0 && exact.d.length > 0 && fmt === 'f') dec = { d: '', dp: 0 };
  }
  if (fmt === 'e' || fmt === 'E') return fmtE(neg, dec, prec, fmt);
  if (fmt === 'f') return fmtF(neg, dec, prec);
  // %g
  let eprec = prec;
  if (eprec > dec.d.length && dec.d.length >= dec.dp) eprec = dec.d.length;
  if (shortest) eprec = 6;
  const exp = dec.dp - 1;
  if (dec.d.length > 0 && (exp < -4 || exp >= eprec)) {
    if (prec > dec.d.length) prec = dec.d.length;
    return fmtE(neg, dec, prec - 1, fmt === 'g' ? 'e' : 'E');
  }
  if (prec > dec.dp) prec = dec.d.length;
  return fmtF(neg, dec, Math.max(prec - dec.dp, 0));
}

/** Go's %v of a float64 (shortest %g, exponent from 1e21 / below 1e-4). */
export function formatFloatV(x: number): string {
  return formatFloat(x, 'g', -1);
}

/** Go's unicode.IsPrint, close enough: letters, marks, numbers, punctuation, symbols, ASCII space. */
export function isPrintRune(cp: number): boolean {
  if (cp === 0x20) return true;
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(String.fromCodePoint(cp));
}

const SHORT_ESCAPES: Record<number, string> = {
  7: '\\a',
  8: '\\b',
  12: '\\f',
  10: '\\n',
  13: '\\r',
  9: '\\t',
  11: '\\v',
};

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** strconv.Quote: a double-quoted Go string literal. */
export function goQuote(s: string, quote = '"'): string {
  let out = quote;
  for (const ch of s) {
    let cp = ch.codePointAt(0) as number;
    if (ch === quote || ch === '\\') {
      out += '\\' + ch;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd; // a lone surrogate stands for invalid UTF-8
    if (isPrintRune(cp)) {
      out += String.fromCodePoint(cp);
      continue;
    }
    const short = SHORT_ESCAPES[cp];
    if (short !== undefined) out += short;
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}

/** %#U of a rune: U+007D '}' (the quoted char only when printable). */
export function formatRuneU(cp: number): string {
  const u = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
  return isPrintRune(cp) ? `${u} '${String.fromCodePoint(cp)}'` : u;
}

/** Number of bytes of s in UTF-8 (Go's len(s)). */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}
