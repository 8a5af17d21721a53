// Go's fmt.Sprintf, Sprint and Sprintln over template values (the verbs people use in --format).
import { formatFloat, goQuote, utf8Length } from '../go-fmt.ts';
import { formatV, goTypeName, kindOf, numberValue, fieldKeys, mapKeys } from './values.ts';

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width: number | undefined;
  prec: number | undefined;
}

/** A verb with no flag, width or precision. */
function plainSpec(): Spec {
  return {
    minus: false,
    plus: false,
    sharp: false,
    space: false,
    zero: false,
    width: undefined,
    prec: undefined,
  };
}

function pad(s: string, spec: Spec, numeric: boolean): string {
  if (spec.width === undefined) return s;
  const len = Array.from(s).length;
  if (len >= spec.width) return s;
  const n = spec.width - len;
  if (spec.minus) return s + ' '.repeat(n);
  if (spec.zero && numeric) {
    const sign = /^[+\- ]/.test(s) ? (s[0] as string) : '';
    return sign + '0'.repeat(n) + s.slice(sign.length);
  }
  if (spec.zero && !numeric) return '0'.repeat(n) + s;
  return ' '.repeat(n) + s;
}

function bad(verb: string, v: unknown): string {
  if (v === undefined || v === null) return `%!${verb}(<nil>)`;
  return `%!${verb}(${goTypeName(v)}=${formatV(v, false)})`;
}

function signed(s: string, neg: boolean, spec: Spec): string {
  if (neg) return '-' + s;
  if (spec.plus) return '+' + s;
  if (spec.space) return ' ' + s;
  return s;
}

function formatInt(v: number | bigint, verb: string, spec: Spec): string | null {
  const big = typeof v === 'bigint' ? v : BigInt(v);
  const neg = big < 0n;
  const abs = neg ? -big : big;
  let digits: string;
  switch (verb) {
    case 'd':
    case 'v':
      digits = abs.toString();
      break;
    case 'x':
      digits = (spec.sharp ? '0x' : '') + abs.toString(16);
      break;
    case 'X':
      digits = (spec.sharp ? '0X' : '') + abs.toString(16).toUpperCase();
      break;
    case 'o':
      digits = (spec.sharp ? '0' : '') + abs.toString(8);
      break;
    case 'O':
      digits = '0o' + abs.toString(8);
      break;
    case 'b':
      digits = abs.toString(2);
      break;
    case 'c':
      return String.fromCodePoint(Number(big));
    case 'q':
      return goQuote(String.fromCodePoint(Number(big)), "'");
    case 'U':
      return 'U+' + abs.toString(16).toUpperCase().padStart(4, '0');
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return null;
    default:
      return null;
  }
  if (spec.prec !== undefined) digits = digits.padStart(spec.prec, '0');
  return signed(digits, neg, spec);
}

function formatFloatVerb(x: number, verb: string, spec: Spec): string | null {
  let s: string;
  switch (verb) {
    case 'v':
    case 'g':
    case 'G':
      s = formatFloat(Math.abs(x), verb === 'G' ? 'G' : 'g', spec.prec ?? -1);
      break;
    case 'e':
    case 'E':
      s = formatFloat(Math.abs(x), verb, spec.prec ?? 6);
      break;
    case 'f':
    case 'F':
      s = formatFloat(Math.abs(x), 'f', spec.prec ?? 6);
      break;
    default:
      return null;
  }
  if (Number.isNaN(x)) return spec.plus ? '+NaN' : 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? (spec.plus ? '+Inf' : '+Inf') : '-Inf';
  return signed(s, x < 0 || Object.is(x, -0), spec);
}

function hexString(s: string, upper: boolean, spec: Spec): string {
  const bytes = new TextEncoder().encode(s);
  let out = '';
  bytes.forEach((b, i) => {
    if (spec.space && i > 0) out += ' ';
    if (spec.sharp && (spec.space || i === 0)) out += upper ? '0X' : '0x';
    const h = b.toString(16).padStart(2, '0');
    out += upper ? h.toUpperCase() : h;
  });
  return out;
}

/** One operand under one verb; null when the verb does not fit (→ %!verb(type=value)). */
function formatOne(v: unknown, verb: string, spec: Spec, depth: number): string | null {
  const kind = kindOf(v);
  if (verb === 'T') return goTypeName(v);
  if (verb === 'v' && (kind === 'invalid' || kind === 'nil')) return '<nil>';
  if (verb === 'v' && kind !== 'int' && kind !== 'float') {
    if (kind === 'string') return v as string;
    if (kind === 'slice' || kind === 'map' || kind === 'struct')
      return formatComposite(v, verb, spec, depth);
    return formatV(v, depth === 0);
  }
  switch (kind) {
    case 'invalid':
    case 'nil':
      return null;
    case 'bool':
      return verb === 't' || verb === 'v' ? (v ? 'true' : 'false') : null;
    case 'int':
      if ('eEfFgG'.includes(verb)) return null;
      return formatInt(v as number | bigint, verb, spec);
    case 'float':
      return formatFloatVerb(numberValue(v), verb, spec);
    case 'string': {
      let s = v as string;
      if (verb === 's') {
        if (spec.prec !== undefined) s = Array.from(s).slice(0, spec.prec).join('');
        return s;
      }
      if (verb === 'q') {
        if (spec.prec !== undefined) s = Array.from(s).slice(0, spec.prec).join('');
        return spec.sharp && !s.includes('`') ? '`' + s + '`' : goQuote(s);
      }
      if (verb === 'x' || verb === 'X') return hexString(s, verb === 'X', spec);
      return null;
    }
    case 'slice':
    case 'map':
    case 'struct':
      return formatComposite(v, verb, spec, depth);
    default:
      return null;
  }
}

function formatComposite(v: unknown, verb: string, spec: Spec, depth: number): string {
  const one = (x: unknown): string => {
    const r = formatOne(x, verb, { ...spec, width: undefined }, depth + 1);
    return r ?? bad(verb, x);
  };
  const kind = kindOf(v);
  if (kind === 'slice') {
    const arr = v as unknown[];
    if ((verb === 's' || verb === 'x' || verb === 'X' || verb === 'q') && arr.length === 0)
      return '[]';
    return '[' + arr.map(one).join(' ') + ']';
  }
  const o = v as Record<string, unknown>;
  if (kind === 'map')
    return (
      'map[' +
      mapKeys(o)
        .map((k) => one(k) + ':' + one(o[k]))
        .join(' ') +
      ']'
    );
  return (
    '{' +
    fieldKeys(o)
      .map((k) => one(o[k]))
      .join(' ') +
    '}'
  );
}

/** fmt.Sprintf. */
export function sprintf(format: string, args: readonly unknown[]): string {
  let out = '';
  let argi = 0;
  let i = 0;
  const n = format.length;
  while (i < n) {
    const c = format[i] as string;
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    i++;
    const spec = plainSpec();
    for (; i < n; i++) {
      const f = format[i];
      if (f === '-') spec.minus = true;
      else if (f === '+') spec.plus = true;
      else if (f === '#') spec.sharp = true;
      else if (f === ' ') spec.space = true;
      else if (f === '0') spec.zero = !spec.minus;
      else break;
    }
    const readNum = (): number | undefined => {
      if (format[i] === '*') {
        i++;
        const a = args[argi++];
        return kindOf(a) === 'int' ? Number(a) : undefined;
      }
      let s = '';
      while (i < n && /[0-9]/.test(format[i] as string)) s += format[i++];
      return s === '' ? undefined : Number(s);
    };
    spec.width = readNum();
    if (spec.width !== undefined && spec.width < 0) {
      spec.minus = true;
      spec.width = -spec.width;
    }
    if (format[i] === '.') {
      i++;
      spec.prec = readNum() ?? 0;
    }
    if (i >= n) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i) as number);
    i += verb.length;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const v = args[argi++];
    const r = formatOne(v, verb, spec, 0);
    const numeric = kindOf(v) === 'int' || kindOf(v) === 'float';
    out += r === null ? bad(verb, v) : pad(r, spec, numeric);
  }
  if (argi < args.length) {
    out +=
      '%!(EXTRA ' +
      args
        .slice(argi)
        .map((a) =>
          a === undefined || a === null ? '<nil>' : `${goTypeName(a)}=${formatV(a, false)}`,
        )
        .join(', ') +
      ')';
  }
  return out;
}

/** fmt.Sprint: spaces between operands when neither side is a string. */
export function sprint(args: readonly unknown[]): string {
  let out = '';
  args.forEach((a, i) => {
    const isString = typeof a === 'string';
    if (i > 0 && !isString && typeof args[i - 1] !== 'string') out += ' ';
    out += formatOne(a, 'v', plainSpec(), 0) ?? '';
  });
  return out;
}

/** fmt.Sprintln: always spaces, then a newline. */
export function sprintln(args: readonly unknown[]): string {
  return args.map((a) => sprint([a])).join(' ') + '\n';
}

export { utf8Length };
