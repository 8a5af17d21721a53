// Derives a help text from a stored one, for texts that differ from it in a line or two only.
import type { HelpText } from './types.ts';

/** `help` with its leading "Usage:  <from> …" line naming the command `to` instead (an alias's text). */
export function withUsageCommand(help: HelpText, from: string, to: string): HelpText {
  const [first, ...rest] = help.parts;
  const prefix = `Usage:  ${from} `;
  if (first === undefined || !('text' in first) || !first.text.startsWith(prefix)) {
    throw new Error(`help text does not start with "${prefix}"`);
  }
  return { parts: [{ text: `Usage:  ${to} ` + first.text.slice(prefix.length) }, ...rest] };
}
