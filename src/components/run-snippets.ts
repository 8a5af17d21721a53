// « ▶ Exécuter » on click-to-run code blocks: types the block into the page's terminal and runs it.
// The terminal is the one the block names (`machine=`), else the next plain terminal below it, else
// the last one above (terminals inside exercises are never targets). Nothing loads until a click.

interface Handle {
  input(data: string): void;
}
type TerminalElement = HTMLElement & { coursTerminal?: Handle };

function plainTerminals(machine?: string): TerminalElement[] {
  return [...document.querySelectorAll<TerminalElement>('cours-terminal')].filter(
    (t) => !t.closest('cours-exercise') && (machine === undefined || t.dataset.machine === machine),
  );
}

function targetOf(block: HTMLElement): TerminalElement | undefined {
  const list = plainTerminals(block.dataset.machine);
  const below = list.find(
    (t) => block.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  return (
    below ??
    list.filter((t) => block.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING).at(-1)
  );
}

function whenReady(terminal: TerminalElement): Promise<Handle> {
  const handle = terminal.coursTerminal;
  if (handle) return Promise.resolve(handle);
  return new Promise((resolve) => {
    terminal.addEventListener(
      'cours-terminal-ready',
      () => terminal.coursTerminal && resolve(terminal.coursTerminal),
      { once: true },
    );
  });
}

/** Waits (a little) for the command running in the terminal to end after a Ctrl-C. */
function whenIdle(terminal: TerminalElement): Promise<void> {
  if (!terminal.hasAttribute('data-busy')) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (terminal.hasAttribute('data-busy')) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(terminal, { attributes: true, attributeFilter: ['data-busy'] });
    setTimeout(() => {
      observer.disconnect();
      resolve();
    }, 3000);
  });
}

async function run(block: HTMLElement, terminal: TerminalElement): Promise<void> {
  let lines: string[];
  try {
    lines = JSON.parse(block.dataset.command ?? '[]') as string[];
  } catch {
    return;
  }
  terminal.scrollIntoView({ block: 'nearest' });
  const handle = await whenReady(terminal);
  if (terminal.hasAttribute('data-busy')) {
    handle.input('\x03');
    await whenIdle(terminal);
  }
  handle.input(lines.map((line) => `${line}\r`).join(''));
}

for (const block of document.querySelectorAll<HTMLElement>('[data-run-snippet]')) {
  const button = block.querySelector<HTMLButtonElement>('[data-run-button]');
  const terminal = targetOf(block);
  if (!button || !terminal) continue;
  button.hidden = false;
  button.addEventListener('click', () => void run(block, terminal));
}
