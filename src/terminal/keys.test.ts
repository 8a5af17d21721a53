// Input splitting: characters, escape sequences and bracketed pastes.
import { describe, expect, it } from 'vitest';
import { splitKeys, stripPasteMarkers } from './keys.ts';

describe('splitKeys', () => {
  it('separates characters, arrows, Alt-Backspace and a paste', () => {
    expect(splitKeys('a\x1b[A\x1b\x7fé\x1b[200~x\ny\x1b[201~\r')).toEqual([
      { kind: 'key', data: 'a' },
      { kind: 'key', data: '\x1b[A' },
      { kind: 'key', data: '\x1b\x7f' },
      { kind: 'key', data: 'é' },
      { kind: 'paste', text: 'x\ny' },
      { kind: 'key', data: '\r' },
    ]);
  });

  it('keeps a lone Escape and Delete sequences whole', () => {
    expect(splitKeys('\x1b')).toEqual([{ kind: 'key', data: '\x1b' }]);
    expect(splitKeys('\x1b[3~\x1bOH')).toEqual([
      { kind: 'key', data: '\x1b[3~' },
      { kind: 'key', data: '\x1bOH' },
    ]);
  });

  it('strips paste markers for a running program', () => {
    expect(stripPasteMarkers('\x1b[200~ls\r\x1b[201~')).toBe('ls\r');
  });
});
