// The machine of a terminal frame, shared by the page's frames that name it: on a first visit it is built right
// after the first prompt; when a saved state may exist, while xterm downloads (ahead.ts), since the prompt needs it.
import { fixtureOf, machineName } from './frame.ts';
import { historyOf } from './history.ts';
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

/** The machine the frame names (`data-machine`), shared with every frame of the page that names it. */
export function openPageMachine(root: HTMLElement): Promise<SharedMachine> {
  const name = machineName(root);
  return sharedMachine({
    name,
    history: historyOf(name),
    fixture: fixtureOf(root),
    store: typeof indexedDB === 'undefined' ? undefined : indexedDbStore,
    channel: pageChannel(),
    tabId,
    // The prompt first: a fixture needs the docker CLI, which then loads after it (see mount.ts).
    holdFixture: true,
  });
}
