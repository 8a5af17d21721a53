// Go's encoding/json output (Marshal, MarshalIndent, HTML escaping) for the plain objects the views build.
import { isGoNil, isOmitted, jsonNameOf } from './go-values.ts';

export type GoJsonValue =
  | null
  | boolean
  | number
  | string
  | readonly GoJsonValue[]
  | { readonly [key: string]: GoJsonValue | undefined };

export interface GoJsonOptions {
  /** json.MarshalIndent's indent ("    " for docker inspect); none = compact like json.Marshal. */
  indent?: string;
  /** Go escapes <, > and & as \u003c… unless SetEscapeHTML(false); the daemon's container JSON does not. */
  escapeHtml?: boolean;
}

const HEX = '0123456789abcdef';

function escapeUnit(code: number): string {
  return (
    '\\u' + HEX[(code >> 12) & 15] + HEX[(code >> 8) & 15] + HEX[(code >> 4) & 15] + HEX[code & 15]
  );
}

/** A JSON string literal exactly as Go's encoder writes it. */
export function goJsonString(s: string, escapeHtml = true): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | undefined;
    if (c < 0x20) {
      if (c === 0x0a) rep = '\\n';
      else if (c === 0x0d) rep = '\\r';
      else if (c === 0x09) rep = '\\t';
      else if (c === 0x08) rep = '\\b';
      else if (c === 0x0c) rep = '\\f';
      else rep = escapeUnit(c);
    } else if (c === 0x22) rep = '\\"';
    else if (c === 0x5c) rep = '\\\\';
    else if (escapeHtml && (c === 0x3c || c === 0x3e || c === 0x26)) rep = escapeUnit(c);
    else if (c === 0x2028 || c === 0x2029) rep = escapeUnit(c);
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      // Go replaces invalid UTF-8 (here: a lone surrogate) with U+FFFD.
      rep = '\\ufffd';
    }
    if (rep !== undefined) {
      out += s.slice(start, i) + rep;
      start = i + 1;
    }
  }
  return out + s.slice(start) + '"';
}

function goJsonNumber(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  if (Number.isInteger(n)) return n.toString().includes('e') ? BigInt(n).toString() : String(n);
  return JSON.stringify(n);
}

function encode(v: GoJsonValue, opts: GoJsonOptions, depth: number): string {
  if (v === null || isGoNil(v)) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return goJsonNumber(v);
  if (typeof v === 'string') return goJsonString(v, opts.escapeHtml ?? true);
  const indent = opts.indent;
  const nl = indent === undefined ? '' : '\n' + indent.repeat(depth + 1);
  const close = indent === undefined ? '' : '\n' + indent.repeat(depth);
  if (Array.isArray(v)) {
    const items = (v as readonly GoJsonValue[]).map((x) => encode(x, opts, depth + 1));
    if (items.length === 0) return '[]';
    return '[' + nl + items.join(',' + nl) + close + ']';
  }
  const obj = v as { readonly [key: string]: GoJsonValue | undefined };
  const parts: string[] = [];
  const colon = indent === undefined ? ':' : ': ';
  for (const key of Object.keys(obj)) {
    const val = obj[key];
    if (val === undefined || typeof val === 'function' || isOmitted(obj, key, val)) continue;
    parts.push(
      goJsonString(jsonNameOf(obj, key), opts.escapeHtml ?? true) +
        colon +
        encode(val, opts, depth + 1),
    );
  }
  if (parts.length === 0) return '{}';
  return '{' + nl + parts.join(',' + nl) + close + '}';
}

/** json.Marshal (compact) or json.MarshalIndent("", indent); keys keep the object's order. */
export function goJson(value: GoJsonValue, options: GoJsonOptions = {}): string {
  return encode(value, options, 0);
}

/** Keys sorted as Go sorts map keys when marshalling (byte order of the UTF-8 keys). */
export function sortedRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort(compareGoStrings)) out[key] = record[key] as T;
  return out;
}

const HAS_SURROGATE = /[\ud800-\udfff]/;

/** Go's string comparison (UTF-8 byte order), which differs from JS's UTF-16 order only above U+FFFF. */
export function compareGoStrings(a: string, b: string): number {
  if (a === b) return 0;
  // UTF-16 order equals UTF-8 byte order unless a surrogate pair is involved.
  if (!HAS_SURROGATE.test(a) && !HAS_SURROGATE.test(b)) return a < b ? -1 : 1;
  const ea = new TextEncoder().encode(a);
  const eb = new TextEncoder().encode(b);
  const n = Math.min(ea.length, eb.length);
  for (let i = 0; i < n; i++) {
    const d = (ea[i] as number) - (eb[i] as number);
    if (d !== 0) return d;
  }
  return ea.length - eb.length;
}
