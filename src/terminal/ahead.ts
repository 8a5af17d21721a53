// What a terminal frame starts while xterm's chunk downloads: IndexedDB, and its machine if the prompt needs it.
import { machineName } from './frame.ts';
import { indexedDbStore, warmUp } from './store.ts';

/**
 * Whether the first prompt waits for the machine: it does when a saved state may exist (its prompt,
 * history and notice come from it) or when nothing can be saved (a notice says so). On a first visit it
 * does not: a fresh machine starts in the home directory, and its engine is built after the prompt.
 */
export function promptNeedsMachine(root: HTMLElement): boolean {
  if (typeof indexedDB === 'undefined') return true;
  return indexedDbStore.mayHave?.(machineName(root)) !== false;
}

/**
 * Opens IndexedDB, and builds the frame's machine now if its first prompt needs it. Otherwise (a first
 * visit) the machine's code loads and runs after the prompt (see mount.ts).
 */
export function prepare(root: HTMLElement): void {
  warmUp();
  if (!promptNeedsMachine(root)) return;
  import('./page-machine.ts')
    .then((machine) => machine.openPageMachine(root))
    .catch(() => undefined);
}
