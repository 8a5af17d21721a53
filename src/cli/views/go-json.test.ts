// Go's encoding/json as the views need it: escaping, indentation, nil slices, omitempty and renamed fields.
import { describe, expect, it } from 'vitest';
import { executeTemplate, parseTemplate } from '../format/go-template/index.ts';
import { goJson, goJsonString, sortedRecord } from './go-json.ts';
import { nilMap, nilSlice, sliceOrNil, struct, toRaw, typedMap } from './go-values.ts';
import { naturalLess } from './natural-sort.ts';

const render = (src: string, data: unknown): string => {
  const t = parseTemplate(src);
  if (!t.ok) throw new Error(t.error);
  const r = executeTemplate(t.template, data);
  if (!r.ok) throw new Error(r.error);
  return r.output;
};

describe('goJson', () => {
  it('escapes strings as Go does, HTML characters only when asked', () => {
    expect(goJsonString('a"b\\c\n\t\r\b\f\u0001<>&\u2028é')).toBe(
      '"a\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\\u003c\\u003e\\u0026\\u2028é"',
    );
    expect(goJsonString('<a & b>', false)).toBe('"<a & b>"');
    expect(goJsonString('\ud800x')).toBe('"\\ufffdx"');
  });

  it('indents like json.MarshalIndent, with empty collections inline', () => {
    expect(goJson({ A: [1, 2], B: {}, C: [], D: { E: null } }, { indent: '    ' })).toBe(
      '{\n    "A": [\n        1,\n        2\n    ],\n    "B": {},\n    "C": [],\n    "D": {\n        "E": null\n    }\n}',
    );
    expect(goJson({ A: [1], B: 'x' })).toBe('{"A":[1],"B":"x"}');
  });

  it('sorts map keys in byte order', () => {
    expect(Object.keys(sortedRecord({ b: 1, B: 2, a: 3, é: 4 }))).toEqual(['B', 'a', 'b', 'é']);
  });

  it('writes nil slices and maps as null but templates print them as Go does', () => {
    const v = struct(
      { Cmd: nilSlice(), Labels: nilMap(), Env: sliceOrNil(['A=1']), Ports: typedMap({}) },
      'T',
    );
    expect(goJson(v)).toBe('{"Cmd":null,"Labels":null,"Env":["A=1"],"Ports":{}}');
    expect(render('{{.Cmd}} {{.Labels}} {{.Env}} {{index .Labels "x"}}|', v)).toBe(
      '[] map[] [A=1] |',
    );
    expect(toRaw(v)).toEqual({ Cmd: null, Labels: null, Env: ['A=1'], Ports: {} });
  });

  it('leaves out empty omitempty fields and nil pointers, keeps non-nil pointers to zero', () => {
    const v = struct({ A: '', B: 0, C: null, D: 0, E: 'x' }, 'T', ['A', 'B', '*C', '*D']);
    expect(goJson(v)).toBe('{"D":0,"E":"x"}');
    expect(render('{{.A}}|{{.C}}', v)).toBe('|<nil>');
  });

  it('renames fields whose json tag differs, and the json template function follows', () => {
    const v = struct({ APIVersion: '1.51', Os: 'linux' }, 'T', [], { APIVersion: 'ApiVersion' });
    expect(goJson(v)).toBe('{"ApiVersion":"1.51","Os":"linux"}');
    expect(render('{{.APIVersion}} {{json .}}', v)).toBe('1.51 {"ApiVersion":"1.51","Os":"linux"}');
  });
});

describe('naturalLess', () => {
  it('orders digit runs by value, digits before other characters', () => {
    const lines = [
      '9000/tcp -> x',
      '443/tcp -> x',
      '53/udp -> x',
      '80/tcp -> [::]:80',
      '80/tcp -> 0.0.0.0:80',
    ];
    lines.sort((a, b) => (naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0));
    expect(lines).toEqual([
      '53/udp -> x',
      '80/tcp -> 0.0.0.0:80',
      '80/tcp -> [::]:80',
      '443/tcp -> x',
      '9000/tcp -> x',
    ]);
    expect(naturalLess('a01', 'a1')).toBe(false);
    expect(naturalLess('a1', 'a01')).toBe(true);
  });
});
