// How JS data stands for Go values in templates: type names, fmt's %v printing and encoding/json.
import { formatFloatV } from '../go-fmt.ts';

/** Non-enumerable marker giving an object (or array) its Go type name. */
export const GO_TYPE: unique symbol = Symbol.for('cours-docker.goType') as never;

/** A float64 whose value may be integral (a template literal like 2.0, or data that is a float). */
export class GoFloat {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
}

/**
 * Tags an object with its Go type: a name starting with "map[" makes it a map (sorted keys when
 * printed, missing keys give <no value> or the zero value of the element type); anything else
 * ("*types.ContainerState", "struct {}") makes it a struct (fields printed in order as {a b},
 * a missing field is an error). Unmarked objects are maps of interface{}, printed `map[k:v]`.
 */
export function goTyped<T extends object>(obj: T, typeName: string): T {
  Object.defineProperty(obj, GO_TYPE, { value: typeName, enumerable: false, configurable: true });
  return obj;
}

/** Shorthand for goTyped(obj, 'struct {}'): an empty struct prints `{}` (ExposedPorts values). */
export function goStruct<T extends object>(obj: T, typeName = 'struct {}'): T {
  return goTyped(obj, typeName);
}

export function markedType(v: object): string | undefined {
  const t = (v as { [GO_TYPE]?: unknown })[GO_TYPE];
  return typeof t === 'string' ? t : undefined;
}

export type Kind =
  'invalid' | 'nil' | 'string' | 'int' | 'float' | 'bool' | 'slice' | 'map' | 'struct' | 'func';

export function kindOf(v: unknown): Kind {
  if (v === undefined) return 'invalid';
  if (v === null) return 'nil';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (v instanceof GoFloat) return 'float';
  if (typeof v === 'function') return 'func';
  if (Array.isArray(v)) return 'slice';
  if (typeof v === 'object') {
    const t = markedType(v);
    if (t !== undefined && !t.startsWith('map[')) return 'struct';
    return 'map';
  }
  return 'invalid';
}

/** The Go type name of a value, as reflect prints it in errors. */
export function goTypeName(v: unknown): string {
  switch (kindOf(v)) {
    case 'invalid':
      return '<nil>';
    case 'nil':
      return 'interface {}';
    case 'string':
      return 'string';
    case 'bool':
      return 'bool';
    case 'int':
      return typeof v === 'bigint' ? 'int64' : 'int';
    case 'float':
      return 'float64';
    case 'func':
      return 'func';
    case 'slice': {
      const t = markedType(v as object);
      if (t !== undefined) return t;
      const arr = v as unknown[];
      if (arr.length > 0 && arr.every((x) => typeof x === 'string')) return '[]string';
      return '[]interface {}';
    }
    default:
      return markedType(v as object) ?? 'map[string]interface {}';
  }
}

/** The element type's zero value of a marked map, or undefined (<no value>) for interface{}. */
export function mapZeroValue(m: object): unknown {
  const t = markedType(m);
  if (t === undefined) return undefined;
  const elem = t.slice(t.indexOf(']') + 1);
  if (elem === 'string') return '';
  if (/^u?int(8|16|32|64)?$/.test(elem)) return 0;
  if (elem === 'bool') return false;
  if (elem.startsWith('float')) return new GoFloat(0);
  if (elem.startsWith('[]') || elem.startsWith('map[') || elem.startsWith('*')) return null;
  return undefined;
}

export function numberValue(v: unknown): number {
  if (v instanceof GoFloat) return v.value;
  if (typeof v === 'bigint') return Number(v);
  return v as number;
}

function sortedKeys(obj: object): string[] {
  return Object.keys(obj)
    .filter((k) => typeof (obj as Record<string, unknown>)[k] !== 'function')
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function fieldKeys(obj: object): string[] {
  return Object.keys(obj).filter((k) => typeof (obj as Record<string, unknown>)[k] !== 'function');
}

export function mapKeys(obj: object): string[] {
  return sortedKeys(obj);
}

/** fmt's %v of a value (what an action prints). */
export function formatV(v: unknown, top = true): string {
  switch (kindOf(v)) {
    case 'invalid':
      return '<no value>';
    case 'nil':
      return '<nil>';
    case 'string':
      return v as string;
    case 'bool':
      return v ? 'true' : 'false';
    case 'int':
      return typeof v === 'bigint'
        ? v.toString()
        : Math.abs(v as number) >= 1e21
          ? BigInt(v as number).toString()
          : String(v);
    case 'float':
      return formatFloatV(numberValue(v));
    case 'func':
      return top ? '<func>' : '0x0';
    case 'slice':
      return '[' + (v as unknown[]).map((x) => formatV(x, false)).join(' ') + ']';
    case 'map': {
      const o = v as Record<string, unknown>;
      return (
        'map[' +
        sortedKeys(o)
          .map((k) => k + ':' + formatV(o[k], false))
          .join(' ') +
        ']'
      );
    }
    case 'struct': {
      const o = v as Record<string, unknown>;
      return (
        '{' +
        fieldKeys(o)
          .map((k) => formatV(o[k], false))
          .join(' ') +
        '}'
      );
    }
  }
}

/** encoding/json's string escaping. */
export function jsonString(s: string, escapeHTML: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i] + (s[i + 1] as string);
        i++;
      } else out += '\\ufffd';
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      out += '\\ufffd';
      continue;
    }
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else if (c < 0x20) out += '\\u00' + c.toString(16).padStart(2, '0');
    else if (escapeHTML && (c === 0x3c || c === 0x3e || c === 0x26)) {
      out += '\\u00' + c.toString(16);
    } else if (c === 0x2028 || c === 0x2029) out += '\\u' + c.toString(16);
    else out += s[i];
  }
  return out + '"';
}

class UnsupportedValue extends Error {}

function encode(v: unknown, escapeHTML: boolean): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'object' && !Array.isArray(v)) {
    const marshal = (v as { MarshalJSON?: unknown }).MarshalJSON;
    if (typeof marshal === 'function') return String(marshal.call(v));
  }
  switch (kindOf(v)) {
    case 'string':
      return jsonString(v as string, escapeHTML);
    case 'bool':
      return v ? 'true' : 'false';
    case 'int':
    case 'float': {
      if (typeof v === 'bigint') return v.toString();
      const n = numberValue(v);
      if (!Number.isFinite(n))
        throw new UnsupportedValue(`json: unsupported value: ${formatFloatV(n)}`);
      if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
      // Go's float64 encoding matches JS's shortest form (exponent from 1e21 and below 1e-6).
      return JSON.stringify(n);
    }
    case 'slice':
      return '[' + (v as unknown[]).map((x) => encode(x, escapeHTML)).join(',') + ']';
    case 'func':
      throw new UnsupportedValue('json: unsupported type: func()');
    default: {
      const o = v as Record<string, unknown>;
      const t = markedType(o);
      const keys = t !== undefined && t.startsWith('map[') ? sortedKeys(o) : fieldKeys(o);
      return (
        '{' +
        keys.map((k) => jsonString(k, escapeHTML) + ':' + encode(o[k], escapeHTML)).join(',') +
        '}'
      );
    }
  }
}

/**
 * json.Marshal-like encoding: object keys in insertion order (the order of a Go struct's fields;
 * objects marked as maps are sorted), HTML characters escaped unless escapeHTML is false.
 * Returns undefined for values Go cannot encode (NaN, functions).
 */
export function goJsonMarshal(v: unknown, escapeHTML = true): string | undefined {
  try {
    return encode(v, escapeHTML);
  } catch (e) {
    if (e instanceof UnsupportedValue) return undefined;
    throw e;
  }
}
