// The host shell in a terminal: the prompt, line editing, built-ins, and each line run on the machine.
import { t } from '../i18n/fr.ts';
import { HOST, hostPrompt } from '../shell/host.ts';
import type { Machine, RunningLine } from '../shell/machine.ts';
import type { CompletionSource } from './complete.ts';
import type { History } from './history.ts';
import { splitKeys, stripPasteMarkers, type Key } from './keys.ts';
import { LineEditor, type EditorScreen } from './line-editor.ts';
import { plainText, truncateForAnnouncement } from './plain-text.ts';

/** What the session draws on (xterm with `convertEol`, or a fake screen in the tests). */
export interface SessionScreen extends EditorScreen {
  readonly rows: number;
  /** Empties the screen and its scrollback. */
  clear(): void;
}

/** The machine side: the shared machine of this terminal. */
export interface SessionHost {
  /**
   * The machine, or a promise of it while it is built: the first prompt does not wait for it (a fresh
   * machine starts in the home directory), and a line typed meanwhile runs once it is there.
   */
  machine(): Machine | Promise<Machine>;
  readonly history: History;
  /** Brings the virtual clock up to real time. */
  catchUp(): void;
  /** A line starts (true) or ends (false). */
  busy(running: boolean): void;
  /** What Tab completion reads (the docker vocabulary loads with the CLI, hence a promise). */
  completion(): Promise<CompletionSource>;
}

export interface SessionOptions {
  screen: SessionScreen;
  host: SessionHost;
  /** Plain text for the aria-live region, after each command. */
  announce(text: string): void;
  /** The text of `aide`, loaded when first asked for. */
  help(): Promise<string>;
  /** Timing marks for the benchmark: Enter pressed, first output of the line. */
  trace?(event: 'enter' | 'first-output'): void;
}

/** Enables bracketed paste: pasted text arrives between markers, so several lines run in turn. */
const BRACKETED_PASTE_ON = '\x1b[?2004h';
const BUILTINS = new Set(['clear', 'history', 'exit', 'logout', 'aide', 'help']);

export class TerminalSession {
  private readonly screen: SessionScreen;
  private readonly host: SessionHost;
  private readonly options: SessionOptions;
  private readonly editor: LineEditor;
  private running: RunningLine | undefined;
  /** Keys typed or pasted at the prompt, handled in order (a line that runs holds the rest). */
  private readonly pending: Key[] = [];
  private pumping = false;
  /** Busy with a built-in, a completion or a restart: keys wait in `pending`. */
  private working = false;
  /** Whether the last character written was a newline (the prompt must start a line). */
  private atLineStart = true;
  private started = false;
  /** Bumped by a restart, so that a line of the replaced machine does not print a prompt. */
  private generation = 0;

  constructor(options: SessionOptions) {
    this.options = options;
    this.screen = options.screen;
    this.host = options.host;
    const screen = this.screen;
    this.editor = new LineEditor(
      {
        write: (data) => this.write(data),
        get columns() {
          return screen.columns;
        },
      },
      this.host.history,
    );
  }

  /** Shows the notices and the first prompt; the prompt accepts input once this returns. */
  start(notices: readonly string[] = []): void {
    for (const notice of notices) this.write(`${notice}\r\n`);
    this.started = true;
    this.prompt();
  }

  /** Whether a line is running (its keys go to the program). */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Input from the keyboard, a paste or the touch keys. */
  input(data: string): void {
    if (this.running) {
      this.running.write(stripPasteMarkers(data));
      return;
    }
    this.pending.push(...splitKeys(data));
    void this.pump();
  }

  /** The terminal changed size: the running command sees it. */
  resize(columns: number, rows: number): void {
    this.running?.resize(columns, rows);
  }

  /** The machine was replaced (Réinitialiser): a clean screen and a new prompt. */
  async restart(notice: string): Promise<void> {
    this.working = true;
    this.generation++;
    this.pending.length = 0;
    const running = this.running;
    this.running = undefined;
    if (running) {
      running.interrupt();
      await running.exitCode.catch(() => undefined);
    }
    this.screen.clear();
    this.atLineStart = true;
    this.write(`${notice}\r\n`);
    this.working = false;
    this.prompt();
  }

  private write(data: string): void {
    if (data === '') return;
    this.screen.write(data);
    this.atLineStart = data.endsWith('\n');
  }

  private prompt(): void {
    if (!this.atLineStart) this.write('\r\n');
    // A container shell turns bracketed paste off when it exits: the host's prompt wants it on.
    this.screen.write(BRACKETED_PASTE_ON);
    const machine = this.host.machine();
    this.editor.start(machine instanceof Promise ? hostPrompt(HOST.home) : machine.prompt());
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.pumping || !this.started) return;
    this.pumping = true;
    try {
      while (this.pending.length > 0 && !this.running && !this.working) {
        const key = this.pending.shift() as Key;
        await this.handle(key);
      }
    } finally {
      this.pumping = false;
    }
  }

  private async handle(key: Key): Promise<void> {
    if (key.kind === 'paste') {
      const lines = key.text.replace(/\r\n?|\n/g, '\r').split('\r');
      this.editor.insert(lines[0] ?? '');
      if (lines.length > 1) {
        const rest = lines.slice(1).join('\r');
        if (rest !== '') this.pending.unshift({ kind: 'paste', text: rest });
        await this.submit(this.editor.line);
      }
      return;
    }
    const action = this.editor.key(key.data);
    switch (action.kind) {
      case 'submit':
        await this.submit(action.line);
        return;
      case 'interrupt':
        this.write('^C\r\n');
        this.prompt();
        return;
      case 'eof':
        this.write('\r\n' + t('terminal.exit') + '\r\n');
        this.prompt();
        return;
      case 'clear-screen':
        this.screen.write('\x1b[H\x1b[2J');
        this.editor.reprint();
        return;
      case 'complete':
        await this.completeWord();
        return;
      case 'none':
        return;
    }
  }

  private async submit(line: string): Promise<void> {
    this.options.trace?.('enter');
    this.write('\r\n');
    this.host.history.add(line);
    const words = line.trim().split(/\s+/);
    const name = words[0] ?? '';
    if (BUILTINS.has(name) && /^[\w\s-]*$/.test(line)) {
      this.working = true;
      try {
        await this.builtin(name, words.slice(1));
      } finally {
        this.working = false;
      }
      this.prompt();
      return;
    }
    let machine = this.host.machine();
    if (machine instanceof Promise) {
      const generation = this.generation;
      try {
        machine = await machine;
      } catch {
        this.write(`${t('terminal.erreur')}\r\n`);
        this.prompt();
        return;
      }
      // Réinitialiser while it was being built: the restart has shown a new prompt.
      if (generation !== this.generation) return;
    }
    this.run(machine, line);
  }

  private async builtin(name: string, args: string[]): Promise<void> {
    switch (name) {
      case 'clear':
        this.screen.clear();
        this.atLineStart = true;
        this.options.announce(t('terminal.annonce.efface'));
        return;
      case 'history': {
        if (args[0] === '-c') {
          this.host.history.clear();
          return;
        }
        const count = args[0] !== undefined ? Number.parseInt(args[0], 10) : Infinity;
        const entries = this.host.history.entries;
        const first = Number.isFinite(count) ? Math.max(0, entries.length - count) : 0;
        const text = entries
          .slice(first)
          .map((entry, i) => `${String(first + i + 1).padStart(5)}  ${entry}\r\n`)
          .join('');
        this.write(text);
        this.options.announce(plainText(text) || t('terminal.annonce.aucune-sortie'));
        return;
      }
      case 'exit':
      case 'logout':
        this.write(t('terminal.exit') + '\r\n');
        this.options.announce(t('terminal.exit'));
        return;
      default: {
        const text = await this.options.help();
        this.write(text.replace(/\n/g, '\r\n'));
        this.options.announce(t('terminal.annonce.aide'));
      }
    }
  }

  private run(machine: Machine, line: string): void {
    this.host.catchUp();
    const running = machine.runLine(line, { columns: this.screen.columns, rows: this.screen.rows });
    this.running = running;
    this.host.busy(true);
    const generation = this.generation;
    void (async () => {
      let output = '';
      let first = true;
      for await (const chunk of running.output) {
        if (generation !== this.generation) continue;
        if (first && !chunk.echo) {
          first = false;
          this.options.trace?.('first-output');
        }
        this.write(chunk.data);
        if (!chunk.echo) output += chunk.data;
      }
      await running.exitCode.catch(() => 1);
      if (generation !== this.generation) {
        this.host.busy(false);
        return;
      }
      this.running = undefined;
      const text = plainText(output);
      this.options.announce(
        text === ''
          ? t('terminal.annonce.aucune-sortie')
          : truncateForAnnouncement(text, t('terminal.annonce.tronquee')),
      );
      this.host.busy(false);
      if (!this.working) this.prompt();
    })();
  }

  private async completeWord(): Promise<void> {
    const line = this.editor.line;
    const cursor = this.editor.cursorIndex;
    this.working = true;
    try {
      // Tab completion loads on its first use: the prompt does not wait for it.
      const [{ complete, formatCandidates }, source] = await Promise.all([
        import('./complete.ts'),
        this.host.completion(),
      ]);
      const found = await complete(line, cursor, source);
      if (!found) return;
      const word = line.slice(found.from, cursor);
      if (found.text.length > word.length) {
        const next = line.slice(0, found.from) + found.text + line.slice(cursor);
        this.editor.setLine(next, found.from + found.text.length);
        return;
      }
      if (found.candidates.length > 1) {
        this.write('\r\n' + formatCandidates(found.candidates, this.screen.columns) + '\r\n');
        this.editor.reprint();
      }
    } finally {
      this.working = false;
    }
  }
}
