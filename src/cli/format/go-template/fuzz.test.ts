// Property test: no template text, valid or not, makes parsing or execution throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { executeTemplate, parseTemplate } from './index.ts';

const pieces = [
  '{{',
  '}}',
  '{{-',
  '-}}',
  ' ',
  '.',
  '.A',
  '.B.C',
  '$',
  '$x',
  ':=',
  '=',
  '|',
  '(',
  ')',
  '"s"',
  '`r`',
  "'c'",
  '1',
  '2.5',
  '-3',
  'if',
  'else',
  'end',
  'range',
  'with',
  'break',
  'continue',
  'json',
  'index',
  'len',
  'printf',
  '"%d %s %v"',
  'eq',
  'lt',
  'and',
  'or',
  'not',
  'join',
  'split',
  'upper',
  'pad',
  'truncate',
  'nil',
  'true',
  ',',
  '/*',
  '*/',
  'x',
  '\n',
  'é',
  '}',
  '{',
];

describe('go-template robustness', () => {
  it('returns a result for any input', () => {
    const data = { A: [1, 'a', null], B: { C: { D: 'x' } }, N: 3, S: 'str', M: { k: 'v' } };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (words) => {
        const src = words.join('');
        const p = parseTemplate(src);
        if (!p.ok) {
          expect(p.error.startsWith('template: ')).toBe(true);
          return;
        }
        const r = executeTemplate(p.template, data, { typeName: '*formatter.ContainerContext' });
        if (!r.ok) expect(r.error.startsWith('template: ')).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
