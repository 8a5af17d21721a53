// Turns a <cours-terminal> frame into a live xterm.js terminal over its shared machine (the lazy entry point).
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import { t } from '../i18n/fr.ts';
import { loadJustBash } from '../shell/bash.ts';
import { promptNeedsMachine } from './ahead.ts';
import { TerminalSession, type SessionScreen } from './session.ts';
import { machineName } from './frame.ts';
import { historyOf } from './history.ts';
import type { SharedMachine } from './shared-machine.ts';
import { onThemeChange, pageFont, pageTheme } from './theme.ts';

/** A timing mark for `npm run bench:web`, naming the terminal's machine. */
function markFor(root: HTMLElement): (name: string) => void {
  return (name) => performance.mark?.(`cours-terminal:${name}`, { detail: root.dataset.machine });
}

export async function mountTerminal(root: HTMLElement): Promise<void> {
  const mark = markFor(root);
  mark('loaded');
  const screenElement = root.querySelector<HTMLElement>('[data-terminal-screen]');
  if (!screenElement) throw new Error('cours-terminal : cadre incomplet');
  const machine = lazyMachine(root);
  Terminal.strings.promptLabel = t('terminal.xterm.saisie');
  Terminal.strings.tooMuchOutput = t('terminal.xterm.trop');
  const fontSize = matchMedia('(max-width: 50em)').matches ? 13 : 14;
  const term = new Terminal({
    ...sizeFromFrame(screenElement, fontSize),
    // Turned on right after the first prompt: building the accessibility tree delays the prompt.
    screenReaderMode: false,
    convertEol: true,
    cursorBlink: true,
    fontFamily: pageFont(root),
    fontSize,
    theme: pageTheme(root),
    minimumContrastRatio: 4.5,
    scrollback: 5000,
    allowProposedApi: false,
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  mark('xterm-new');

  // On a first visit the prompt does not wait for the machine (see promptNeedsMachine).
  if (promptNeedsMachine(root)) {
    try {
      await machine.open();
    } catch (error) {
      screenElement.replaceChildren();
      term.open(screenElement);
      term.write(`${t('terminal.erreur')}\r\n`);
      throw error;
    }
  }

  const live = root.querySelector<HTMLElement>('[data-terminal-live]');
  const screen: SessionScreen = {
    write: (data) => term.write(data),
    get columns() {
      return term.cols;
    },
    get rows() {
      return term.rows;
    },
    clear: () => term.write('\x1b[H\x1b[2J\x1b[3J'),
  };
  const session = new TerminalSession({
    screen,
    host: {
      machine: () =>
        machine.current?.machine() ?? machine.opened.then((shared) => shared.machine()),
      history: historyOf(machineName(root)),
      catchUp: () => void machine.current?.catchUp(),
      busy: (running) => {
        root.toggleAttribute('data-busy', running);
        machine.current?.busy(running);
      },
      completion: () =>
        Promise.all([import('./completion-source.ts'), machine.open()]).then(([module, shared]) =>
          module.completionSource(shared.machine()),
        ),
    },
    announce: (text) => {
      if (live) live.textContent = text;
    },
    help: () => import('./aide.ts').then((module) => module.helpText()),
    trace: mark,
  });
  const notice = machine.current?.startNotice;
  session.start(notice ? [notice] : []);
  // xterm parses what is written in a later task: it opens once the prompt is parsed, so that its first
  // frame shows the prompt (opened first, it would draw an empty screen, then the prompt a frame later).
  await new Promise<void>((resolve) => term.write('', resolve));
  mark('prompt');

  screenElement.replaceChildren();
  term.open(screenElement);
  mark('xterm-open');
  fit.fit();
  showSize(root, term);
  mark('xterm');

  term.onData((data) => session.input(data));
  wireKeys(term, root);
  wireTouchKeys(root, term, session);
  wireResize(root, screenElement, term, fit, session);
  onThemeChange(() => {
    term.options.theme = pageTheme(root);
  });
  root.dataset.ready = '';
  mark('ready');

  term.options.screenReaderMode = true;
  void machine.open().then((shared) => {
    mark('machine');
    connectMachine(root, term, session, shared);
    // Now the start fixture (lines typed meanwhile wait for it) and what lines need (the docker CLI, the
    // engine's heavy parts), then the host's bash, needed only for lines that are not plain docker.
    shared.startFixture();
    void Promise.all([
      import('../cli/index.ts'),
      import('../shell/machine.ts').then((module) => module.loadLineModules()),
    ])
      .catch(() => undefined)
      .then(() => whenIdle(() => void loadJustBash().catch(() => undefined)));
  }, reportMachineError(term));
}

/** The frame's machine, opened on demand: `opened` settles once something opens it. */
function lazyMachine(root: HTMLElement) {
  let current: SharedMachine | undefined;
  let opening: Promise<SharedMachine> | undefined;
  let adopt!: (opening: Promise<SharedMachine>) => void;
  const opened = new Promise<SharedMachine>((resolve) => (adopt = resolve));
  return {
    get current(): SharedMachine | undefined {
      return current;
    },
    opened,
    open(): Promise<SharedMachine> {
      if (!opening) {
        opening = import('./page-machine.ts')
          .then((module) => module.openPageMachine(root))
          .then((shared) => (current = shared));
        adopt(opening);
      }
      return opening;
    },
  };
}

/** What the terminal does with its machine once it is open: restarts, Réinitialiser, saving, the handle. */
function connectMachine(
  root: HTMLElement,
  term: Terminal,
  session: TerminalSession,
  shared: SharedMachine,
): void {
  shared.watch({ restarted: (notice) => void session.restart(notice) });
  wireReset(root, term, shared);
  const flush = () => void shared.flush();
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  exposeHandle(root, { input: (data) => session.input(data), shared });
}

/** The machine could not be built: the terminal says so (in French) rather than waiting forever. */
function reportMachineError(term: Terminal): (error: unknown) => void {
  return (error) => {
    term.write(`\r\n${t('terminal.erreur')}\r\n`);
    console.error(error);
  };
}

/** What exercises and click-to-run blocks use once the terminal is ready (hook for `components/`). */
export interface TerminalHandle {
  /** Types keys or lines (`docker ps\r`) as if at the keyboard. */
  input(data: string): void;
  readonly shared: SharedMachine;
}

/** Puts the handle on the root element, then tells the page (`cours-terminal-ready`, bubbling). */
function exposeHandle(root: HTMLElement, handle: TerminalHandle): void {
  (root as HTMLElement & { coursTerminal?: TerminalHandle }).coursTerminal = handle;
  root.dispatchEvent(new CustomEvent('cours-terminal-ready', { bubbles: true }));
}

function whenIdle(task: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (f: () => void) => void })
    .requestIdleCallback;
  if (idle) idle(task);
  else setTimeout(task, 200);
}

/** Keys the browser must keep: Échap then Tab leaves the terminal; copy and paste. */
function wireKeys(term: Terminal, root: HTMLElement): void {
  let escapeBefore = false;
  term.attachCustomKeyEventHandler((event) => {
    if (event.type !== 'keydown') return !(event.key === 'Tab' && escapeBefore);
    if (event.key === 'Tab' && escapeBefore) {
      escapeBefore = false;
      root.dataset.leaving = '';
      return false;
    }
    escapeBefore = event.key === 'Escape';
    const ctrl = event.ctrlKey && !event.altKey && !event.metaKey;
    const copyKeys =
      (ctrl && event.shiftKey && event.code === 'KeyC') ||
      (ctrl && !event.shiftKey && event.code === 'KeyC' && term.hasSelection());
    if (copyKeys) {
      event.preventDefault();
      if (term.hasSelection()) {
        const text = term.getSelection();
        if (navigator.clipboard?.writeText)
          void navigator.clipboard.writeText(text).catch(() => {});
        else document.execCommand('copy');
      }
      return false;
    }
    // Ctrl+V and Ctrl+Maj+V: the browser pastes, and xterm sends the text as a bracketed paste.
    if (ctrl && event.code === 'KeyV') return false;
    return true;
  });
}

/** The touch keys under the terminal (phones): each types its key without taking the focus away. */
function wireTouchKeys(root: HTMLElement, term: Terminal, session: TerminalSession): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-key], [data-text]')) {
    // Pressing a touch key must not take the focus (and the phone's keyboard) away from the terminal.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => {
      session.input(
        button.dataset.key ? decodeKey(button.dataset.key) : (button.dataset.text ?? ''),
      );
      term.focus();
    });
  }
}

/** « Réinitialiser »: enabled once the machine is open, after a confirmation. */
function wireReset(root: HTMLElement, term: Terminal, shared: SharedMachine): void {
  const reset = root.querySelector<HTMLButtonElement>('[data-terminal-reset]');
  const dialog = root.querySelector<HTMLDialogElement>('[data-terminal-confirm]');
  if (!reset || !dialog) return;
  reset.disabled = false;
  reset.addEventListener('click', () => dialog.showModal());
  dialog.addEventListener('close', () => {
    if (dialog.returnValue === 'reinitialiser') {
      void shared.reset().then(() => term.focus());
    } else reset.focus();
    dialog.returnValue = '';
  });
}

const KEYS: Record<string, string> = {
  tab: '\t',
  'ctrl-c': '\x03',
  up: '\x1b[A',
  down: '\x1b[B',
  'ctrl-d': '\x04',
};

function decodeKey(name: string): string {
  return KEYS[name] ?? '';
}

/**
 * The size the fit addon will find, guessed from the static frame's prompt (same font, 14px): xterm then
 * starts at its final size instead of resizing (and redrawing) right after opening. A wrong guess costs
 * only that resize.
 */
function sizeFromFrame(screen: HTMLElement, fontSize: number): { cols?: number; rows?: number } {
  const prompt = screen.querySelector('.terminal__static span');
  if (fontSize !== 14 || !prompt?.textContent) return {};
  const box = prompt.getBoundingClientRect();
  // The fit addon's arithmetic: the frame's computed size, less xterm's scroll bar (14px).
  const style = getComputedStyle(screen);
  const cell = { width: box.width / prompt.textContent.length, height: Math.ceil(box.height) };
  if (!(cell.width > 0 && cell.height > 0)) return {};
  const cols = Math.max(2, Math.floor((parseInt(style.width) - 14) / cell.width));
  const rows = Math.max(1, Math.floor(parseInt(style.height) / cell.height));
  return { cols, rows };
}

/** The size in cells, on the root: tests join the rows that a long line wrapped over. */
function showSize(root: HTMLElement, term: Terminal): void {
  root.dataset.columns = String(term.cols);
  root.dataset.rows = String(term.rows);
}

function wireResize(
  root: HTMLElement,
  element: HTMLElement,
  term: Terminal,
  fit: FitAddon,
  session: TerminalSession,
) {
  let pending = false;
  const observer = new ResizeObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const before = `${term.cols}x${term.rows}`;
      fit.fit();
      if (`${term.cols}x${term.rows}` !== before) {
        showSize(root, term);
        session.resize(term.cols, term.rows);
      }
    });
  });
  observer.observe(element);
}
