// Go-typed view data: structs, typed maps and nil slices/maps that print as Go prints them in templates.
import { goTyped } from '../format/go-template/values.ts';
// go-json.ts imports this module too: the cycle is safe, neither uses the other at load time.
import { goJson, type GoJsonValue } from './go-json.ts';

/** Marks a nil slice or map: JSON `null`, but `[]` / `map[]` when a template prints it. */
export const GO_NIL: unique symbol = Symbol.for('cours-docker.goNil') as never;

export function isGoNil(v: unknown): boolean {
  return typeof v === 'object' && v !== null && (v as { [GO_NIL]?: boolean })[GO_NIL] === true;
}

function markNil<T extends object>(v: T): T {
  Object.defineProperty(v, GO_NIL, { value: true, enumerable: false, configurable: true });
  if (!Array.isArray(v)) hide(v, 'MarshalJSON', () => 'null');
  return v;
}

/** The fields of a struct tagged `json:",omitempty"`: left out of JSON when empty, present in templates. */
export const GO_OMIT_EMPTY: unique symbol = Symbol.for('cours-docker.goOmitEmpty') as never;

/** Go field name → JSON name, for struct fields whose json tag renames them (APIVersion → ApiVersion). */
export const GO_JSON_NAMES: unique symbol = Symbol.for('cours-docker.goJsonNames') as never;

export function jsonNameOf(obj: object, key: string): string {
  const names = (obj as { [GO_JSON_NAMES]?: Record<string, string> })[GO_JSON_NAMES];
  return names?.[key] ?? key;
}

function hide(obj: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: false, configurable: true, writable: true });
}

/**
 * A Go struct value (fields in declaration order); `omitEmpty` lists its `omitempty` fields, a
 * leading "*" marking a pointer field (left out only when nil, even if it points to a zero value).
 * Its MarshalJSON lets the templates' `json` function encode it as Go would (nil, omitempty, names).
 */
export function struct<T extends object>(
  obj: T,
  typeName: string,
  omitEmpty: readonly string[] = [],
  jsonNames: Record<string, string> = {},
): T {
  if (omitEmpty.length > 0) hide(obj, GO_OMIT_EMPTY, new Set(omitEmpty));
  if (Object.keys(jsonNames).length > 0) hide(obj, GO_JSON_NAMES, jsonNames);
  hide(obj, 'MarshalJSON', marshalWithoutHtmlEscape);
  return goTyped(obj, typeName);
}

/** docker's `json` template function encodes with SetEscapeHTML(false). */
function marshalWithoutHtmlEscape(this: object): string {
  return goJson(this as GoJsonValue, { escapeHtml: false });
}

/** Whether encoding/json leaves this field out (an `omitempty` field holding an empty value). */
export function isOmitted(obj: object, key: string, value: unknown): boolean {
  const omit = (obj as { [GO_OMIT_EMPTY]?: Set<string> })[GO_OMIT_EMPTY];
  if (omit === undefined) return false;
  if (omit.has('*' + key)) return value === null || value === undefined;
  if (!omit.has(key)) return false;
  if (value === null || value === undefined || value === false || value === 0 || value === '')
    return true;
  if (isGoNil(value)) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** A Go map with a known element type (missing keys give the element's zero value). */
export function typedMap<T extends object>(obj: T, typeName = 'map[string]string'): T {
  hide(obj, 'MarshalJSON', marshalWithoutHtmlEscape);
  return goTyped(obj, typeName);
}

/** A nil slice: `null` in JSON, `[]` in a template. */
export function nilSlice(typeName = '[]string'): string[] {
  return markNil(goTyped([] as string[], typeName));
}

/** A nil map: `null` in JSON, `map[]` in a template. */
export function nilMap(typeName = 'map[string]string'): Record<string, never> {
  return markNil(goTyped({} as Record<string, never>, typeName));
}

/** A list, or a nil slice when empty (Go's `omitempty`-less nil slices). */
export function sliceOrNil(
  list: readonly string[] | null | undefined,
  typeName = '[]string',
): string[] {
  return list && list.length > 0 ? goTyped([...list], typeName) : nilSlice(typeName);
}

/**
 * The same data as encoding/json would decode it into interface{} values: plain maps and slices,
 * nil for nil slices and maps. Docker's inspect retries a failed template on this form.
 */
export function toRaw(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (isGoNil(v)) return null;
  if (Array.isArray(v)) return v.map(toRaw);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'function' || x === undefined || isOmitted(v, k, x)) continue;
    out[jsonNameOf(v, k)] = toRaw(x);
  }
  return out;
}
