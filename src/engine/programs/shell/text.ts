// Text builtins of the shell: echo, printf, date formats, test/[ and glob patterns for case.
import { toCivil } from '../../time.ts';

export type Flavor = 'dash' | 'ash' | 'bash';

/** Backslash escapes as `echo -e` / dash's echo / printf's format understand them; `stop` set by \c. */
export function unescape(s: string, octalNeedsZero: boolean): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[++i] ?? '';
    const simple: Record<string, string> = {
      n: '\n',
      t: '\t',
      r: '\r',
      a: '\x07',
      b: '\b',
      f: '\f',
      v: '\v',
      '\\': '\\',
      e: '\x1b',
    };
    if (n in simple) out += simple[n];
    else if (n === 'c') return { text: out, stop: true };
    else if (/[0-7]/.test(n) && (!octalNeedsZero || n === '0')) {
      const digits = /^[0-7]{1,3}/.exec(s.slice(octalNeedsZero ? i + 1 : i))?.[0] ?? '';
      out += String.fromCharCode(parseInt(digits || '0', 8));
      i += digits.length - (octalNeedsZero ? 0 : 1);
    } else if (n === 'x') {
      const hex = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1))?.[0] ?? '';
      if (hex) {
        out += String.fromCharCode(parseInt(hex, 16));
        i += hex.length;
      } else out += '\\x';
    } else out += `\\${n}`;
  }
  return { text: out, stop: false };
}

export function echo(args: string[], flavor: Flavor): string {
  let newline = true;
  let escapes = flavor === 'dash';
  let i = 0;
  while (i < args.length) {
    const a = args[i] ?? '';
    const flags = flavor === 'dash' ? /^-n+$/ : /^-[neE]+$/;
    if (!flags.test(a)) break;
    for (const f of a.slice(1)) {
      if (f === 'n') newline = false;
      else if (f === 'e') escapes = true;
      else if (f === 'E') escapes = false;
    }
    i++;
  }
  let text = args.slice(i).join(' ');
  if (escapes) {
    const u = unescape(text, true);
    text = u.text;
    if (u.stop) return text;
  }
  return text + (newline ? '\n' : '');
}

/** printf(1): the format is reused while arguments remain. */
export function printf(args: string[]): { out: string; err: string; status: number } {
  const [format = '', ...rest] = args;
  let out = '';
  let err = '';
  let status = 0;
  let ai = 0;
  const next = (): string | undefined => rest[ai++];
  const num = (v: string | undefined, spec: string): number => {
    if (v === undefined || v === '') return 0;
    if (/^[-+]?\d+$/.test(v.trim())) return Number(v.trim());
    if (/^[-+]?0x[0-9a-f]+$/i.test(v.trim())) return Number(v.trim());
    if (/^['"]./.test(v)) return v.codePointAt(1) ?? 0;
    if (spec === 'f' && /^[-+]?(\d+\.?\d*|\.\d+)$/.test(v.trim())) return Number(v.trim());
    err += `printf: ${v}: invalid number\n`;
    status = 1;
    return parseFloat(v) || 0;
  };
  do {
    let consumed = false;
    for (let i = 0; i < format.length; i++) {
      const c = format[i];
      if (c === '\\') {
        const m = /^\\(0[0-7]{0,3}|x[0-9a-fA-F]{1,2}|.)/.exec(format.slice(i));
        const seq = m?.[0] ?? '\\';
        out += unescape(seq, true).text;
        i += seq.length - 1;
        continue;
      }
      if (c !== '%') {
        out += c;
        continue;
      }
      const m = /^%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([sdiouxXfeEgGcb%])/.exec(format.slice(i));
      if (!m) {
        out += c;
        continue;
      }
      i += m[0].length - 1;
      const spec = m[4] ?? 's';
      if (spec === '%') {
        out += '%';
        continue;
      }
      consumed = true;
      const flags = m[1] ?? '';
      const width = m[2] === '*' ? num(next(), 'd') : m[2] ? Number(m[2]) : 0;
      const prec = m[3] === '*' ? num(next(), 'd') : m[3] !== undefined ? Number(m[3]) : undefined;
      const arg = next();
      let s: string;
      switch (spec) {
        case 's':
          s = arg ?? '';
          if (prec !== undefined) s = s.slice(0, prec);
          break;
        case 'b':
          s = unescape(arg ?? '', true).text;
          break;
        case 'c':
          s = (arg ?? '').slice(0, 1);
          break;
        case 'd':
        case 'i':
        case 'u': {
          const n = Math.trunc(num(arg, spec));
          s = String(Math.abs(n));
          if (prec !== undefined) s = s.padStart(prec, '0');
          s = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + s;
          break;
        }
        case 'o':
        case 'x':
        case 'X': {
          const n = Math.trunc(num(arg, spec));
          s = n.toString(spec === 'o' ? 8 : 16);
          if (spec === 'X') s = s.toUpperCase();
          if (flags.includes('#') && n !== 0)
            s = (spec === 'o' ? '0' : spec === 'x' ? '0x' : '0X') + s;
          break;
        }
        default: {
          const n = num(arg, 'f');
          const p = prec ?? 6;
          s =
            spec === 'e' || spec === 'E'
              ? n.toExponential(p)
              : spec === 'g' || spec === 'G'
                ? String(Number(n.toPrecision(p || 1)))
                : n.toFixed(p);
          if (spec === 'E' || spec === 'G') s = s.toUpperCase();
          if (n >= 0 && flags.includes('+')) s = `+${s}`;
        }
      }
      if (s.length < width) {
        if (flags.includes('-')) s = s.padEnd(width);
        else if (flags.includes('0') && spec !== 's' && spec !== 'c' && spec !== 'b') {
          const sign = /^[-+ ]/.test(s) ? (s[0] ?? '') : '';
          s = sign + s.slice(sign.length).padStart(width - sign.length, '0');
        } else s = s.padStart(width);
      }
      out += s;
    }
    if (!consumed) break;
  } while (ai < rest.length);
  return { out, err, status };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAYS_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** date(1) in UTC: the default "Fri Nov 27 19:33:18 UTC 2026" or a +FORMAT. */
export function formatDate(ms: number, format?: string): string {
  const c = toCivil(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const weekday = (((Math.floor(Math.floor(ms) / 86_400_000) + 4) % 7) + 7) % 7;
  // The default format is what loops print every second: built directly.
  if (format === undefined)
    return `${DAYS[weekday]} ${MONTHS[c.month - 1]} ${c.day < 10 ? ' ' : ''}${c.day} ${p(c.hour)}:${p(c.minute)}:${p(c.second)} UTC ${c.year}`;
  const conv = (k: string): string | undefined => {
    switch (k) {
      case 'a':
        return DAYS[weekday];
      case 'A':
        return DAYS_LONG[weekday];
      case 'b':
      case 'h':
        return MONTHS[c.month - 1];
      case 'B':
        return MONTHS_LONG[c.month - 1];
      case 'd':
        return p(c.day);
      case 'e':
        return String(c.day).padStart(2, ' ');
      case 'H':
        return p(c.hour);
      case 'I':
        return p(((c.hour + 11) % 12) + 1);
      case 'M':
        return p(c.minute);
      case 'S':
        return p(c.second);
      case 'N':
        return p(c.ms * 1_000_000, 9);
      case 'm':
        return p(c.month);
      case 'y':
        return p(c.year % 100);
      case 'Y':
        return String(c.year);
      case 'j': {
        const leap = (c.year % 4 === 0 && c.year % 100 !== 0) || c.year % 400 === 0;
        const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        return p(monthDays.slice(0, c.month - 1).reduce((x, y) => x + y, 0) + c.day, 3);
      }
      case 'p':
        return c.hour < 12 ? 'AM' : 'PM';
      case 's':
        return String(Math.floor(ms / 1000));
      case 'u':
        return String(weekday === 0 ? 7 : weekday);
      case 'w':
        return String(weekday);
      case 'Z':
        return 'UTC';
      case 'z':
        return '+0000';
      case 'T':
        return `${p(c.hour)}:${p(c.minute)}:${p(c.second)}`;
      case 'R':
        return `${p(c.hour)}:${p(c.minute)}`;
      case 'D':
        return `${p(c.month)}/${p(c.day)}/${p(c.year % 100)}`;
      case 'F':
        return `${c.year}-${p(c.month)}-${p(c.day)}`;
      case 'c':
        return formatDate(ms);
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case '%':
        return '%';
    }
    return undefined;
  };
  return format.replace(/%([a-zA-Z%])/g, (all, k: string) => conv(k) ?? all);
}

/** A case/`[[ == ]]` glob as a regular expression; `literal` marks characters that came from quotes. */
export function globToRegExp(pattern: string, literal: boolean[]): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (literal[i]) re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    else if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        let body = pattern.slice(i + 1, end);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export interface TestEnv {
  exists(path: string): 'file' | 'dir' | 'other' | undefined;
  size(path: string): number;
}

/** test(1) / [ ]: the exit status (0 true, 1 false, 2 error) and an error text. */
export function testCommand(
  args: string[],
  env: TestEnv,
  name: string,
): { status: number; err?: string } {
  let a = args;
  if (name === '[') {
    if (a[a.length - 1] !== ']') return { status: 2, err: 'missing ]' };
    a = a.slice(0, -1);
  }
  let p = 0;
  const bad = (msg: string): never => {
    throw new Error(msg);
  };
  const toInt = (s: string): number => {
    if (!/^\s*[-+]?\d+\s*$/.test(s)) bad(`Illegal number: ${s}`);
    return Number(s);
  };
  const primary = (): boolean => {
    const t = a[p];
    if (t === undefined) return bad('argument expected');
    if (t === '!') {
      p++;
      return !primary();
    }
    if (t === '(') {
      p++;
      const v = orExpr();
      if (a[p] !== ')') bad('closing paren expected');
      p++;
      return v;
    }
    const op = a[p + 1];
    const rhs = a[p + 2];
    if (
      op !== undefined &&
      rhs !== undefined &&
      ['=', '==', '!=', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '<', '>'].includes(op)
    ) {
      p += 3;
      switch (op) {
        case '=':
        case '==':
          return t === rhs;
        case '!=':
          return t !== rhs;
        case '<':
          return t < rhs;
        case '>':
          return t > rhs;
        default: {
          const x = toInt(t);
          const y = toInt(rhs);
          return op === '-eq'
            ? x === y
            : op === '-ne'
              ? x !== y
              : op === '-lt'
                ? x < y
                : op === '-le'
                  ? x <= y
                  : op === '-gt'
                    ? x > y
                    : x >= y;
        }
      }
    }
    if (/^-[a-zA-Z]$/.test(t) && op !== undefined) {
      p += 2;
      switch (t) {
        case '-z':
          return op === '';
        case '-n':
          return op !== '';
        case '-e':
          return env.exists(op) !== undefined;
        case '-f':
          return env.exists(op) === 'file';
        case '-d':
          return env.exists(op) === 'dir';
        case '-s':
          return env.exists(op) !== undefined && env.size(op) > 0;
        case '-r':
        case '-w':
        case '-x':
          return env.exists(op) !== undefined;
        case '-L':
        case '-h':
        case '-p':
        case '-S':
        case '-b':
        case '-c':
        case '-t':
          return false;
        default:
          p -= 2;
      }
    }
    p++;
    return t !== '';
  };
  const andExpr = (): boolean => {
    let v = primary();
    while (a[p] === '-a') {
      p++;
      const r = primary();
      v = v && r;
    }
    return v;
  };
  const orExpr = (): boolean => {
    let v = andExpr();
    while (a[p] === '-o') {
      p++;
      const r = andExpr();
      v = v || r;
    }
    return v;
  };
  try {
    if (a.length === 0) return { status: 1 };
    const v = orExpr();
    if (p < a.length) return { status: 2, err: `${a[p]}: unexpected operator` };
    return { status: v ? 0 : 1 };
  } catch (e) {
    return { status: 2, err: e instanceof Error ? e.message : String(e) };
  }
}
