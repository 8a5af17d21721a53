// Line editing at the host prompt (readline's emacs keys): a buffer and a cursor, drawn on a wrapping terminal.
import type { History } from './history.ts';

/** What the editor draws on: xterm, or a fake screen in the tests. */
export interface EditorScreen {
  write(data: string): void;
  readonly columns: number;
}

/** What a key asks the shell to do beyond editing the line. */
export type EditorAction =
  | { kind: 'none' }
  | { kind: 'submit'; line: string }
  /** Ctrl-C: the line is abandoned. */
  | { kind: 'interrupt' }
  /** Ctrl-D on an empty line. */
  | { kind: 'eof' }
  | { kind: 'complete' }
  /** Ctrl-L */
  | { kind: 'clear-screen' };

const NONE: EditorAction = { kind: 'none' };
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

export class LineEditor {
  private prompt = '';
  private chars: string[] = [];
  private cursor = 0;
  /** Cursor offset from the start of the prompt, as currently drawn. */
  private drawnOffset = 0;
  private killed = '';
  /** Position in the history while browsing it (history.length = the line being typed). */
  private historyIndex = 0;
  private draft = '';
  private readonly screen: EditorScreen;
  private readonly history: History;

  constructor(screen: EditorScreen, history: History) {
    this.screen = screen;
    this.history = history;
  }

  get line(): string {
    return this.chars.join('');
  }

  get cursorIndex(): number {
    return this.cursor;
  }

  /** Shows a new prompt with an empty line. */
  start(prompt: string, text = ''): void {
    this.prompt = prompt;
    this.chars = [...text];
    this.cursor = this.chars.length;
    this.historyIndex = this.history.length;
    this.draft = '';
    this.drawnOffset = 0;
    this.screen.write(prompt);
    this.drawnOffset = [...prompt].length;
    if (text) this.redraw();
  }

  /** Draws the prompt and line again below whatever was written since (completion lists, notices). */
  reprint(): void {
    this.drawnOffset = 0;
    this.screen.write(this.prompt);
    this.drawnOffset = [...this.prompt].length;
    this.redraw();
  }

  /** Redraws after the terminal changed width (xterm reflows the wrapped line). */
  resized(): void {
    this.redraw();
  }

  /** Replaces the line (completion, history); the cursor goes to `cursor` or the end. */
  setLine(text: string, cursor?: number): void {
    this.chars = [...text];
    this.cursor = Math.min(cursor ?? this.chars.length, this.chars.length);
    this.redraw();
  }

  insert(text: string): void {
    const added = [...text.replace(/\t/g, ' ').replace(/[\x00-\x1f\x7f]/g, '')];
    if (added.length === 0) return;
    const atEnd = this.cursor === this.chars.length;
    this.chars.splice(this.cursor, 0, ...added);
    this.cursor += added.length;
    if (atEnd) this.appendDrawn(added.join(''));
    else this.redraw();
  }

  /** Handles one key (a character or an escape sequence). */
  key(data: string): EditorAction {
    switch (data) {
      case '\r':
      case '\n': {
        const line = this.line;
        this.moveTo(this.chars.length);
        return { kind: 'submit', line };
      }
      case '\x03':
        this.moveTo(this.chars.length);
        return { kind: 'interrupt' };
      case '\x04':
        if (this.chars.length === 0) return { kind: 'eof' };
        this.deleteRange(this.cursor, this.cursor + 1);
        return NONE;
      case '\t':
        return { kind: 'complete' };
      case '\x0c':
        return { kind: 'clear-screen' };
      case '\x7f':
      case '\b':
        this.deleteRange(this.cursor - 1, this.cursor);
        return NONE;
      case '\x1b[3~':
        this.deleteRange(this.cursor, this.cursor + 1);
        return NONE;
      case '\x1b[D':
      case '\x1bOD':
      case '\x02':
        this.moveTo(this.cursor - 1);
        return NONE;
      case '\x1b[C':
      case '\x1bOC':
      case '\x06':
        this.moveTo(this.cursor + 1);
        return NONE;
      case '\x1b[H':
      case '\x1bOH':
      case '\x1b[1~':
      case '\x01':
        this.moveTo(0);
        return NONE;
      case '\x1b[F':
      case '\x1bOF':
      case '\x1b[4~':
      case '\x05':
        this.moveTo(this.chars.length);
        return NONE;
      case '\x1b[A':
      case '\x1bOA':
      case '\x10':
        this.browseHistory(-1);
        return NONE;
      case '\x1b[B':
      case '\x1bOB':
      case '\x0e':
        this.browseHistory(1);
        return NONE;
      case '\x0b':
        this.kill(this.cursor, this.chars.length);
        return NONE;
      case '\x15':
        this.kill(0, this.cursor);
        return NONE;
      case '\x17':
        this.kill(this.wordStart(isSpace, true), this.cursor);
        return NONE;
      case '\x1b\x7f':
      case '\x1b\b':
        this.kill(
          this.wordStart((ch) => !isWordChar(ch), true),
          this.cursor,
        );
        return NONE;
      case '\x1bd':
        this.kill(this.cursor, this.wordEnd());
        return NONE;
      case '\x1bb':
      case '\x1b[1;5D':
      case '\x1b[1;3D':
        this.moveTo(this.wordStart((ch) => !isWordChar(ch), true));
        return NONE;
      case '\x1bf':
      case '\x1b[1;5C':
      case '\x1b[1;3C':
        this.moveTo(this.wordEnd());
        return NONE;
      case '\x19':
        this.insert(this.killed);
        return NONE;
      default:
        // Other escape sequences and control keys (F1…, Échap alone) do nothing, as in bash.
        if (data.startsWith('\x1b') || (data.length === 1 && data < ' ')) return NONE;
        this.insert(data);
        return NONE;
    }
  }

  private browseHistory(step: number): void {
    const target = this.historyIndex + step;
    if (target < 0 || target > this.history.length) return;
    if (this.historyIndex === this.history.length) this.draft = this.line;
    this.historyIndex = target;
    this.setLine(target === this.history.length ? this.draft : (this.history.at(target) ?? ''));
  }

  /** Start of the word before the cursor, words being runs of characters that are not `isBreak`. */
  private wordStart(isBreak: (ch: string | undefined) => boolean, skipBreaks: boolean): number {
    let i = this.cursor;
    if (skipBreaks) while (i > 0 && isBreak(this.chars[i - 1])) i--;
    while (i > 0 && !isBreak(this.chars[i - 1])) i--;
    return i;
  }

  private wordEnd(): number {
    let i = this.cursor;
    while (i < this.chars.length && !isWordChar(this.chars[i])) i++;
    while (i < this.chars.length && isWordChar(this.chars[i])) i++;
    return i;
  }

  private kill(from: number, to: number): void {
    if (to <= from) return;
    this.killed = this.chars.slice(from, to).join('');
    this.deleteRange(from, to);
  }

  private deleteRange(from: number, to: number): void {
    const start = Math.max(0, from);
    const end = Math.min(this.chars.length, to);
    if (end <= start) return;
    this.chars.splice(start, end - start);
    if (this.cursor > start) this.cursor = Math.max(start, this.cursor - (end - start));
    this.redraw();
  }

  private moveTo(index: number): void {
    const target = Math.max(0, Math.min(this.chars.length, index));
    if (target === this.cursor) return;
    this.cursor = target;
    this.redraw();
  }

  private get promptWidth(): number {
    return [...this.prompt].length;
  }

  /** Writes characters at the end of the line (the common case: typing), handling the wrap. */
  private appendDrawn(text: string): void {
    const end = this.promptWidth + this.chars.length;
    this.screen.write(text + this.wrapFix(end));
    this.drawnOffset = end;
  }

  /**
   * After writing up to a multiple of the width, the cursor waits in the last column; a space
   * and a carriage return move it to the start of the next row, where the offsets say it is.
   */
  private wrapFix(offset: number): string {
    return offset > 0 && offset % this.screen.columns === 0 ? ' \r' : '';
  }

  /** Redraws the prompt and the line from the row where the prompt starts, then places the cursor. */
  redraw(): void {
    const cols = Math.max(1, this.screen.columns);
    let out = '';
    const rowsUp = Math.floor(this.drawnOffset / cols);
    if (rowsUp > 0) out += `\x1b[${rowsUp}A`;
    out += '\r\x1b[J' + this.prompt + this.line;
    const end = this.promptWidth + this.chars.length;
    out += this.wrapFix(end);
    const target = this.promptWidth + this.cursor;
    const back = Math.floor(end / cols) - Math.floor(target / cols);
    if (back > 0) out += `\x1b[${back}A`;
    out += '\r';
    if (target % cols > 0) out += `\x1b[${target % cols}C`;
    this.screen.write(out);
    this.drawnOffset = target;
  }
}
