// The machine of a terminal frame, opened as soon as the frame starts: while xterm's larger chunk downloads,
// the page reads the saved state from IndexedDB and builds the engine (both terminal-element and mount call it).
import { sharedMachine, type SharedMachine } from './shared-machine.ts';
import { indexedDbStore } from './store.ts';

const CHANNEL_NAME = 'cours-docker-machines';
const tabId = Math.random().toString(36).slice(2);
let channel: BroadcastChannel | undefined;

function pageChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  channel ??= new BroadcastChannel(CHANNEL_NAME);
  return channel;
}

/** Reads the start fixture of the frame: a JSON list of command lines. */
function fixtureOf(root: HTMLElement): string[] {
  try {
    const value: unknown = JSON.parse(root.dataset.fixture ?? '[]');
    return Array.isArray(value) ? value.filter((line) => typeof line === 'string') : [];
  } catch {
    return [];
  }
}

/** The machine the frame names (`data-machine`), shared with every frame of the page that names it. */
export function openPageMachine(root: HTMLElement): Promise<SharedMachine> {
  return sharedMachine({
    name: root.dataset.machine || 'bac-a-sable',
    fixture: fixtureOf(root),
    store: typeof indexedDB === 'undefined' ? undefined : indexedDbStore,
    channel: pageChannel(),
    tabId,
    // The prompt first: a fixture needs the docker CLI, which then loads after it (see mount.ts).
    holdFixture: true,
  });
}
