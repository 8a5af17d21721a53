// Line editing: what each key does to the line, the history, and how a wrapped line is redrawn.
import { describe, expect, it } from 'vitest';
import { History } from './history.ts';
import { LineEditor } from './line-editor.ts';

function editor(columns = 80, history = new History()) {
  const out: string[] = [];
  const ed = new LineEditor({ write: (d) => out.push(d), columns }, history);
  ed.start('$ ');
  const keys = (...list: string[]) => list.map((k) => ed.key(k));
  const type = (text: string) => [...text].forEach((ch) => ed.key(ch));
  return { ed, out, keys, type };
}

describe('LineEditor', () => {
  it('inserts in the middle, moves by character and word, and submits the whole line', () => {
    const { ed, keys, type } = editor();
    type('echo monde');
    keys('\x01');
    keys('\x1b[C', '\x1b[C', '\x1b[C', '\x1b[C', '\x1b[C');
    type('bonjour ');
    expect(ed.line).toBe('echo bonjour monde');
    expect(ed.cursorIndex).toBe(13);
    expect(keys('\r')).toEqual([{ kind: 'submit', line: 'echo bonjour monde' }]);
  });

  it('kills to the end, to the start, the previous word, and yanks back', () => {
    const { ed, keys, type } = editor();
    type('docker run -d nginx');
    keys('\x1b\x7f');
    expect(ed.line).toBe('docker run -d ');
    keys('\x1bb', '\x0b');
    expect(ed.line).toBe('docker run -');
    keys('\x19');
    expect(ed.line).toBe('docker run -d ');
    keys('\x15');
    expect(ed.line).toBe('');
  });

  it('browses the history and gives back the draft', () => {
    const history = new History(['un', 'deux']);
    const { ed, keys, type } = editor(80, history);
    type('tr');
    keys('\x1b[A');
    expect(ed.line).toBe('deux');
    keys('\x1b[A', '\x1b[A');
    expect(ed.line).toBe('un');
    keys('\x1b[B', '\x1b[B');
    expect(ed.line).toBe('tr');
  });

  it('reports Ctrl-C, Ctrl-D on an empty line, Tab and Ctrl-L', () => {
    const { keys, type } = editor();
    expect(keys('\x04', '\t', '\x0c')).toEqual([
      { kind: 'eof' },
      { kind: 'complete' },
      { kind: 'clear-screen' },
    ]);
    type('x');
    expect(keys('\x04')).toEqual([{ kind: 'none' }]);
    expect(keys('\x03')).toEqual([{ kind: 'interrupt' }]);
  });

  it('moves up over wrapped rows before redrawing, and back to the cursor after', () => {
    const { out, keys, type } = editor(10);
    type('abcdefghijkl'); // "$ " + 12 characters: 14 cells over two rows of 10
    out.length = 0;
    keys('\x01');
    // From row 1 (offset 14) up one row, redraw, then from the end (row 1) up to row 0, column 2.
    expect(out.join('')).toBe('\x1b[1A\r\x1b[J$ abcdefghijkl\x1b[1A\r\x1b[2C');
  });

  it('wraps exactly at the width with a space and a carriage return', () => {
    const { out, type } = editor(10);
    out.length = 0;
    type('abcdefgh');
    expect(out.join('')).toBe('abcdefgh \r');
  });
});

describe('History', () => {
  it('skips blanks, repeats and lines starting with a space, and keeps the last ones', () => {
    const history = new History([], 3);
    for (const line of ['a', 'a', '', ' secret', 'b', 'c', 'd']) history.add(line);
    expect(history.entries).toEqual(['b', 'c', 'd']);
  });
});
