// The container's pseudo-terminal in canonical mode (a `-t` container): echo, line editing, Ctrl-C/Ctrl-D,
// so a shell reading its stdin gets whole lines while the terminal shows what was typed.
import type { Container } from '../types.ts';
import type { Core } from '../core.ts';
import { deliverSignal, writeOutput } from './lifecycle.ts';

/** Feeds keyboard bytes through the pty; complete lines go to the program's stdin. */
export function ptyInput(core: Core, c: Container, data: string): void {
  let line = c.ptyLine ?? '';
  for (const ch of data) {
    if (ch === '\r' || ch === '\n') {
      writeOutput(core, c, 'stdout', '\r\n');
      c.stdinBuffer += `${line}\n`;
      line = '';
    } else if (ch === '\x7f' || ch === '\b') {
      if (line !== '') {
        line = [...line].slice(0, -1).join('');
        writeOutput(core, c, 'stdout', '\b \b');
      }
    } else if (ch === '\x03' || ch === '\x1c') {
      writeOutput(core, c, 'stdout', ch === '\x03' ? '^C\r\n' : '^\\\r\n');
      line = '';
      c.ptyLine = '';
      deliverSignal(
        core,
        c,
        ch === '\x03' ? { name: 'SIGINT', number: 2 } : { name: 'SIGQUIT', number: 3 },
      );
    } else if (ch === '\x04') {
      if (line === '') c.stdinClosed = true;
      else {
        c.stdinBuffer += line;
        line = '';
      }
    } else if (ch === '\x15') {
      writeOutput(core, c, 'stdout', '\b \b'.repeat([...line].length));
      line = '';
    } else if (ch >= ' ' || ch === '\t') {
      line += ch;
      writeOutput(core, c, 'stdout', ch);
    }
  }
  c.ptyLine = line;
}
