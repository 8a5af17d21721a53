// Saved machines in IndexedDB: one versioned entry per machine name (state, history, clock offset).
import type { MachineSnapshot } from '../shell/machine.ts';

/** Bumped whenever a saved entry can no longer be read by this code. */
export const ENTRY_FORMAT = 1;
const DB_NAME = 'cours-docker';
const STORE = 'machines';

export interface SavedMachine {
  format: typeof ENTRY_FORMAT;
  name: string;
  /** Real time of the save (ms). */
  savedAt: number;
  /** Virtual clock minus real time (a start fixture that sleeps moves the clock ahead). */
  clockOffset: number;
  /** The start fixture the machine was created from: a changed fixture resets nothing, it is informative. */
  fixture: string[];
  snapshot: MachineSnapshot;
  history: string[];
}

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'found'; entry: SavedMachine }
  /** Saved by an older version of the course: reset. */
  | { kind: 'older' }
  /** Unreadable: reset. */
  | { kind: 'corrupt' };

/** Checks the shape of what was read; the machine itself validates the engine state later. */
export function readEntry(value: unknown): LoadResult {
  if (value === undefined || value === null) return { kind: 'none' };
  if (typeof value !== 'object') return { kind: 'corrupt' };
  const entry = value as Partial<SavedMachine>;
  if (typeof entry.format === 'number' && entry.format < ENTRY_FORMAT) return { kind: 'older' };
  if (entry.format !== ENTRY_FORMAT) return { kind: 'corrupt' };
  const snapshot = entry.snapshot as Partial<MachineSnapshot> | undefined;
  if (!snapshot || typeof snapshot !== 'object') return { kind: 'corrupt' };
  if (typeof snapshot.schema === 'number' && snapshot.schema < 1) return { kind: 'older' };
  if (snapshot.schema !== 1 || !snapshot.engine || !snapshot.shell) return { kind: 'corrupt' };
  if (
    !Array.isArray(entry.history) ||
    !entry.history.every((line) => typeof line === 'string') ||
    typeof entry.clockOffset !== 'number' ||
    !Number.isFinite(entry.clockOffset)
  ) {
    return { kind: 'corrupt' };
  }
  return { kind: 'found', entry: entry as SavedMachine };
}

export interface MachineStore {
  load(name: string): Promise<LoadResult>;
  /**
   * A cheap synchronous hint: false when this store has certainly never saved that machine here, so
   * that a fresh machine can be built while `load` confirms it. Absent: no hint.
   */
  mayHave?(name: string): boolean;
  save(entry: SavedMachine): Promise<void>;
  remove(name: string): Promise<void>;
}

let opening: Promise<IDBDatabase> | undefined;

function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
    request.onblocked = () => reject(new Error('IndexedDB bloquée'));
  });
  opening.catch(() => (opening = undefined));
  return opening;
}

/** Opens the database now (the first visit creates it): the terminal's frame calls it while its code downloads. */
export function warmUp(): void {
  if (typeof indexedDB !== 'undefined') database().catch(() => undefined);
}

function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) {
  return database().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = act(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(request.result);
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB'));
      }),
  );
}

/**
 * Where the hint of `mayHave` lives: opening IndexedDB the first time takes long, localStorage does not.
 * The build reads it too: a full-window terminal's page loads its machine's code early when it is set.
 */
export const savedKey = (name: string) => `cours-docker:saved:${name}`;

function setSavedHint(name: string, saved: boolean): void {
  try {
    if (saved) localStorage.setItem(savedKey(name), '1');
    else localStorage.removeItem(savedKey(name));
  } catch {
    // No localStorage: `mayHave` then answers true and nothing is built ahead.
  }
}

/** The browser's store. Every method rejects when IndexedDB is unavailable (private mode, quota). */
export const indexedDbStore: MachineStore = {
  async load(name) {
    return readEntry(await run('readonly', (store) => store.get(name)));
  },
  mayHave(name) {
    try {
      return localStorage.getItem(savedKey(name)) !== null;
    } catch {
      return true;
    }
  },
  async save(entry) {
    setSavedHint(entry.name, true);
    await run('readwrite', (store) => store.put(entry, entry.name));
  },
  async remove(name) {
    await run('readwrite', (store) => store.delete(name));
    setSavedHint(name, false);
  },
};
