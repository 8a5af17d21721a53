// Tests of the tabwriter port against the tables recorded from real Docker.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderTable, renderTableWidths, runeCount, tabwrite } from './tabwriter.ts';
import records from './table-records.fixture.json' with { type: 'json' };

/** Splits a recorded table back into cells, using the header's column starts. */
function cellsOf(stdout: string): string[][] {
  const lines = stdout.split('\n').slice(0, -1);
  const header = lines[0] ?? '';
  const starts = [0];
  for (let i = 2; i < header.length; i++) {
    if (header[i] !== ' ' && header[i - 1] === ' ' && header[i - 2] === ' ') starts.push(i);
  }
  return lines.map((line) => {
    const chars = Array.from(line);
    return starts.map((s, k) => {
      const end = k + 1 < starts.length ? (starts[k + 1] as number) : chars.length;
      return chars.slice(s, end).join('').trimEnd();
    });
  });
}

describe('renderTable', () => {
  for (const r of records) {
    it(`reproduces the record ${r.id} (${r.command})`, () => {
      const rows = cellsOf(r.stdout);
      const minwidth = r.id.startsWith('top') ? 20 : 10;
      expect(renderTableWidths(rows, minwidth)).toBe(r.stdout);
      if (minwidth === 10) expect(renderTable(rows)).toBe(r.stdout);
    });
  }

  it('pads to max(10, longest + 3) and leaves the last column unpadded', () => {
    expect(
      renderTable([
        ['A', 'B'],
        ['abcdefghij', 'x'],
      ]),
    ).toBe('A            B\nabcdefghij   x\n');
  });

  it('counts runes, not UTF-16 units or bytes', () => {
    const out = renderTable([
      ['COMMAND', 'X'],
      ['"/docker-entrypoint.…"', 'y'],
    ]);
    expect(out).toBe('COMMAND                  X\n"/docker-entrypoint.…"   y\n');
    expect(runeCount('a😀…')).toBe(3);
  });

  it('prints nothing for no rows', () => {
    expect(renderTable([])).toBe('');
  });

  it('ends a column block at a row with fewer cells, as Go does', () => {
    // The middle line has a single cell: it belongs to no column, and the blocks around it are independent.
    const out = renderTable([['a', 'b'], ['only'], ['longer-cell-here', 'c']]);
    expect(out).toBe('a         b\nonly\nlonger-cell-here   c\n');
  });

  it('keeps a column across rows that have more cells', () => {
    const out = tabwrite('a\tb\tc\nxx\tyyyyyyyyyyyy\n');
    // Column 0 spans both lines; column 1 only the first (the second line's last cell is not in it).
    expect(out).toBe('a         b         c\nxx        yyyyyyyyyyyy\n');
  });

  it('writes an unterminated last line without a newline, its cells still aligned', () => {
    expect(tabwrite('ab\tc\nd\te')).toBe('ab        c\nd         e');
  });
});

describe('renderTable fast path', () => {
  it('formats rectangular tables exactly as the general tabwriter does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.array(
            fc.array(
              fc.string({ maxLength: 14 }).filter((s) => !/[\t\v\n\f]/.test(s)),
              { minLength: n, maxLength: n },
            ),
            {
              minLength: 1,
              maxLength: 8,
            },
          ),
        ),
        (rows) => {
          const general = tabwrite(rows.map((r) => r.join('\t') + '\n').join(''), {
            minwidth: 10,
            padding: 3,
          });
          expect(renderTable(rows)).toBe(general);
        },
      ),
      { numRuns: 500 },
    );
  });
});
