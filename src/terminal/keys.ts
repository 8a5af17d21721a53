// Splits what the terminal sends (xterm's onData) into keys: characters, escape sequences, pastes.

export const PASTE_START = '\x1b[200~';
export const PASTE_END = '\x1b[201~';

export type Key =
  /** One key: a printable character, a control character or an escape sequence. */
  | { kind: 'key'; data: string }
  /** A bracketed paste: the text between the markers. */
  | { kind: 'paste'; text: string };

const ESCAPE_SEQUENCE = /^\x1b(?:\[[0-9;?]*[~A-Za-z]|O[A-Za-z]|[\s\S])?/;

/** Splits one chunk of input into keys; an unterminated paste takes the rest of the chunk. */
export function splitKeys(data: string): Key[] {
  const keys: Key[] = [];
  let i = 0;
  while (i < data.length) {
    if (data.startsWith(PASTE_START, i)) {
      const end = data.indexOf(PASTE_END, i + PASTE_START.length);
      const stop = end < 0 ? data.length : end;
      keys.push({ kind: 'paste', text: data.slice(i + PASTE_START.length, stop) });
      i = end < 0 ? data.length : end + PASTE_END.length;
      continue;
    }
    if (data[i] === '\x1b') {
      const match = ESCAPE_SEQUENCE.exec(data.slice(i)) as RegExpExecArray;
      keys.push({ kind: 'key', data: match[0] });
      i += match[0].length;
      continue;
    }
    const code = data.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(code);
    keys.push({ kind: 'key', data: ch });
    i += ch.length;
  }
  return keys;
}

/** Removes bracketed-paste markers (for input sent as is to a running program). */
export function stripPasteMarkers(data: string): string {
  return data.split(PASTE_START).join('').split(PASTE_END).join('');
}
