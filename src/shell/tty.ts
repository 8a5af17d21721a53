// The host terminal's line discipline: cooked mode (echo, line editing, Ctrl-C/Ctrl-D) or raw bytes to the program.
import type { InputQueue } from './channel.ts';

export const CTRL_C = '\x03';
export const CTRL_D = '\x04';
/** Docker's default detach keys, Ctrl-P Ctrl-Q. */
export const DETACH_KEYS = '\x10\x11';

export interface LineDisciplineHooks {
  /** Shows characters on the terminal (the echo of typed input). */
  echo(text: string): void;
  /** Ctrl-C in cooked mode: SIGINT to the foreground program. */
  interrupt(): void;
}

/**
 * What the terminal driver does between the keyboard and a foreground program.
 * Cooked (the default): typed characters are echoed and delivered a line at a time with `\n`,
 * Backspace edits the line, Ctrl-C interrupts, Ctrl-D ends the input. Raw (a program such as
 * `docker run -it` asks for it through `CliContext.setRawMode`): every byte goes to the program
 * as typed (Enter is `\r`, Ctrl-C is `\x03`, the detach keys are `\x10\x11`), with no echo.
 */
export class LineDiscipline {
  raw = false;
  private line = '';
  private readonly input: InputQueue;
  private readonly hooks: LineDisciplineHooks;

  constructor(input: InputQueue, hooks: LineDisciplineHooks) {
    this.input = input;
    this.hooks = hooks;
  }

  /** Bytes from the keyboard (what xterm's `onData` gives, or what `replay` types). */
  write(data: string): void {
    if (this.raw) {
      this.input.push(data);
      return;
    }
    for (const ch of data) this.cooked(ch);
  }

  private cooked(ch: string): void {
    switch (ch) {
      case '\r':
      case '\n':
        this.hooks.echo('\n');
        this.input.push(this.line + '\n');
        this.line = '';
        return;
      case '\x7f':
      case '\b':
        if (this.line !== '') {
          this.line = [...this.line].slice(0, -1).join('');
          this.hooks.echo('\b \b');
        }
        return;
      case CTRL_C:
        this.hooks.echo('^C');
        this.line = '';
        this.hooks.interrupt();
        return;
      case CTRL_D:
        if (this.line === '') this.input.end();
        else {
          this.input.push(this.line);
          this.line = '';
        }
        return;
      case '\x15':
        // Ctrl-U: kill the line being typed.
        this.hooks.echo('\b \b'.repeat([...this.line].length));
        this.line = '';
        return;
      default: {
        const code = ch.codePointAt(0) ?? 0;
        if (code < 0x20 && ch !== '\t') {
          this.hooks.echo('^' + String.fromCharCode(code + 0x40));
          this.line += ch;
          return;
        }
        this.hooks.echo(ch);
        this.line += ch;
      }
    }
  }
}
