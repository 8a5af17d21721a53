// Shared machines: restored from the store with the clock caught up, reset, and unreadable entries replaced.
import { describe, expect, it, vi } from 'vitest';
import { SharedMachine, type SharedMachineOptions } from './shared-machine.ts';
import { ENTRY_FORMAT, readEntry, type LoadResult } from './store.ts';
import { MemoryStore } from './test-kit.ts';

const T0 = Date.UTC(2026, 2, 1, 10, 0, 0);

function options(store: MemoryStore | undefined, clock: { now: number }, fixture: string[] = []) {
  return {
    name: 'essai',
    fixture,
    store,
    realNow: () => clock.now,
  } satisfies SharedMachineOptions;
}

async function runLine(shared: SharedMachine, line: string): Promise<string> {
  shared.busy(true);
  const running = shared.machine().runLine(line, { columns: 120, rows: 30 });
  let out = '';
  for await (const chunk of running.output) out += chunk.data;
  await running.exitCode;
  shared.busy(false);
  return out;
}

describe('SharedMachine', () => {
  it('saves after a line and restores state, history and uptime on the next page', async () => {
    const store = new MemoryStore();
    const clock = { now: T0 };
    const first = await SharedMachine.open(options(store, clock));
    await runLine(first, 'docker run -d --name web nginx');
    first.history.add('docker run -d --name web nginx');
    await first.flush();
    first.dispose();

    clock.now = T0 + 90_000;
    const second = await SharedMachine.open(options(store, clock));
    expect(second.startNotice).toBeUndefined();
    expect(second.history.entries).toEqual(['docker run -d --name web nginx']);
    expect(second.machine().engine.now()).toBe(T0 + 90_000);
    const ps = await runLine(second, 'docker ps --format "{{.Names}} {{.Status}}"');
    expect(ps).toBe('web Up About a minute\n');
    second.dispose();
  });

  it('starts a fresh machine at once when the store hints at nothing saved, yet a saved entry wins', async () => {
    const store = new MemoryStore();
    const clock = { now: T0 };
    const first = await SharedMachine.open(options(store, clock));
    await runLine(first, 'docker run -d --name web nginx');
    await first.flush();
    first.dispose();

    // A wrong hint (storage cleared apart from IndexedDB): the saved state still wins, with a notice.
    const hinted = Object.assign(store, { mayHave: () => false });
    const second = await SharedMachine.open(options(hinted, clock));
    const notices: string[] = [];
    second.watch({ restarted: (notice) => notices.push(notice) });
    await vi.waitFor(() => expect(notices).toHaveLength(1));
    expect(notices[0]).toMatch(/retrouvé/);
    expect(await runLine(second, 'docker ps --format "{{.Names}}"')).toBe('web\n');
    second.dispose();

    // Once a line has run on the fresh machine, a late entry no longer replaces it.
    let answer: (result: LoadResult) => void = () => undefined;
    const slow = Object.assign(new MemoryStore(), {
      mayHave: () => false,
      load: () => new Promise<LoadResult>((resolve) => (answer = resolve)),
    });
    const busy = await SharedMachine.open(options(slow, clock));
    await runLine(busy, 'docker create --name ici nginx');
    const saved = await store.load('essai');
    answer(saved);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await runLine(busy, 'docker ps -a --format "{{.Names}}"')).toBe('ici\n');
    busy.dispose();

    const empty = Object.assign(new MemoryStore(), { mayHave: () => false });
    const fresh = await SharedMachine.open(options(empty, clock, ['sleep 5']));
    expect(fresh.startNotice).toBeUndefined();
    expect(fresh.virtualNow()).toBe(T0 + 5000);
    expect(await runLine(fresh, 'docker ps -q')).toBe('');
    fresh.dispose();
  });

  it('replaces an unreadable or older entry, with a one-line French notice', async () => {
    const store = new MemoryStore();
    const clock = { now: T0 };
    store.entries.set('essai', {
      format: ENTRY_FORMAT,
      snapshot: { schema: 1, engine: 'x', shell: {} },
      history: [],
      clockOffset: 0,
    });
    const broken = await SharedMachine.open(options(store, clock));
    expect(broken.startNotice).toMatch(/illisible/);
    expect(await runLine(broken, 'docker ps -q')).toBe('');
    broken.dispose();

    store.entries.set('essai', { format: 0 });
    const older = await SharedMachine.open(options(store, clock));
    expect(older.startNotice).toMatch(/version précédente/);
    expect(store.entries.has('essai')).toBe(false);
    older.dispose();
  });

  it('works without a store, saying that nothing is kept', async () => {
    const shared = await SharedMachine.open(options(undefined, { now: T0 }));
    expect(shared.startNotice).toMatch(/n’enregistre pas/);
    shared.dispose();
  });

  it('resets to the start fixture and tells its terminals', async () => {
    const store = new MemoryStore();
    const clock = { now: T0 };
    const shared = await SharedMachine.open(
      options(store, clock, ['docker create --name depart nginx']),
    );
    const notices: string[] = [];
    shared.watch({ restarted: (notice) => notices.push(notice) });
    await runLine(shared, 'docker run -d --name ajout nginx');
    await shared.reset();
    expect(notices).toEqual(['Machine réinitialisée : elle est revenue à son état de départ.']);
    const names = await runLine(shared, 'docker ps -a --format "{{.Names}}"');
    expect(names).toBe('depart\n');
    const saved = await store.load('essai');
    expect(saved.kind).toBe('found');
    shared.dispose();
  });

  it('holds a fixture until its terminal starts it: typed lines wait, nothing is saved before', async () => {
    const store = new MemoryStore();
    const clock = { now: T0 };
    const shared = await SharedMachine.open({
      ...options(store, clock, ['docker run -d --name depart nginx', 'sleep 30']),
      holdFixture: true,
    });
    expect(shared.machine().engine.state.containers).toEqual({});
    await shared.flush();
    expect(store.entries.has('essai')).toBe(false);
    // Typed before the fixture ran: the line waits for it, then sees its container.
    const names = runLine(shared, 'docker ps --format "{{.Names}}"');
    shared.startFixture();
    expect(await names).toBe('depart\n');
    await shared.machine().ready();
    expect(shared.virtualNow() - clock.now).toBe(30_000);
    await shared.flush();
    expect(store.entries.has('essai')).toBe(true);
    shared.dispose();
  });

  it('keeps the lead of a start fixture that sleeps', async () => {
    const clock = { now: T0 };
    const shared = await SharedMachine.open(options(new MemoryStore(), clock, ['sleep 60']));
    expect(shared.virtualNow() - clock.now).toBe(60_000);
    shared.dispose();
  });
});

describe('readEntry', () => {
  it('tells missing, older, corrupt and good entries apart', () => {
    expect(readEntry(undefined).kind).toBe('none');
    expect(readEntry('texte').kind).toBe('corrupt');
    expect(readEntry({ format: 0 }).kind).toBe('older');
    expect(readEntry({ format: ENTRY_FORMAT, snapshot: { schema: 1 } }).kind).toBe('corrupt');
    const good = {
      format: ENTRY_FORMAT,
      name: 'x',
      savedAt: 1,
      clockOffset: 0,
      fixture: [],
      snapshot: { schema: 1, engine: {}, shell: {} },
      history: ['ls'],
    };
    expect(readEntry(good).kind).toBe('found');
    expect(readEntry({ ...good, history: [1] }).kind).toBe('corrupt');
  });
});
