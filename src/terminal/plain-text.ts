// Terminal output as plain text for screen readers: no escape sequences, no rewritten progress lines.

const CSI = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;
const OSC = /\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;
const OTHER_ESCAPE = /\x1b[@-Z\\-_]/g;

export const ANNOUNCE_LIMIT = 1500;

/** The text a sighted reader ends up seeing, roughly: the last version of each rewritten line. */
export function plainText(output: string): string {
  const text = output.replace(OSC, '').replace(CSI, '').replace(OTHER_ESCAPE, '');
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const shown = lines.map((line) => {
    const parts = line.split('\r');
    let visible = parts.pop() ?? '';
    // A carriage return that is not followed by text leaves the line as it was.
    while (visible === '' && parts.length > 0) visible = parts.pop() ?? '';
    let result = '';
    for (const ch of visible) {
      if (ch === '\b') result = result.slice(0, -1);
      else if (ch >= ' ' || ch === '\t') result += ch;
    }
    return result.trimEnd();
  });
  return shown.join('\n').trim();
}

/** Cuts a long announcement, saying so (the full output stays readable in the terminal's rows). */
export function truncateForAnnouncement(text: string, notice: string): string {
  if (text.length <= ANNOUNCE_LIMIT) return text;
  return text.slice(0, ANNOUNCE_LIMIT) + '… ' + notice;
}
