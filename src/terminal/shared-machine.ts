// One emulated machine per name and per page, shared by its terminals: real-time clock, saving, other tabs.
import type { CliCommand } from '../cli/contract.ts';
import { t } from '../i18n/fr.ts';
import { createMachine, type Machine, type MachineSnapshot } from '../shell/machine.ts';
import { History } from './history.ts';
import { ENTRY_FORMAT, type LoadResult, type MachineStore, type SavedMachine } from './store.ts';

/** What a terminal showing this machine is told. */
export interface MachineWatcher {
  /** The machine was replaced by its start state (Réinitialiser, here or in another tab). */
  restarted(notice: string): void;
}

export interface SharedMachineOptions {
  name: string;
  fixture: readonly string[];
  store: MachineStore | undefined;
  docker?: CliCommand;
  /** Real time (ms); `Date.now` by default. */
  realNow?: () => number;
  /** Messages between tabs; none in the tests. */
  channel?: Pick<BroadcastChannel, 'postMessage' | 'addEventListener'>;
  /** Identifies this page among the tabs. */
  tabId?: string;
  /**
   * A fresh machine's fixture waits for `startFixture()`: its terminal shows the prompt first, and
   * the docker CLI the fixture needs loads after it (lines typed meanwhile wait for the fixture).
   */
  holdFixture?: boolean;
  /** The history to restore into (see `historyOf`); a new one by default. */
  history?: History;
}

interface SavedMessage {
  kind: 'saved';
  name: string;
  from: string;
  savedAt: number;
  reset: boolean;
}

interface FreshMachine {
  machine: Machine;
  clockOffset: number;
}

const IDLE_TICK_MS = 5000;
/** While a line runs it may set new wake-ups (a shell `sleep`, a `docker stop`): look often. */
const BUSY_TICK_MS = 100;

export class SharedMachine {
  readonly name: string;
  readonly history: History;
  /** A one-line French notice for the terminals (an unreadable saved state was reset…). */
  startNotice: string | undefined;
  private current!: Machine;
  private clockOffset = 0;
  private readonly options: SharedMachineOptions;
  private readonly realNow: () => number;
  private readonly watchers = new Set<MachineWatcher>();
  private tickTimer: ReturnType<typeof setTimeout> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private busyLines = 0;
  private linesRun = 0;
  private staleFromOtherTab = false;
  private lastSavedAt = 0;
  /** Bumped by every replacement of the machine, so that a late save of the old one is dropped. */
  private generation = 0;
  private disposed = false;
  /** Held by the first fresh machine until `startFixture()` (see `holdFixture`). */
  private fixtureGate: Promise<void> | undefined;
  private openFixtureGate: (() => void) | undefined;
  /** A machine whose held fixture has not run yet: it is not saved before. */
  private startPending: Machine | undefined;

  private constructor(options: SharedMachineOptions) {
    this.options = options;
    this.name = options.name;
    this.realNow = options.realNow ?? (() => Date.now());
    this.history = options.history ?? new History();
    if (options.holdFixture && options.fixture.length > 0) {
      this.fixtureGate = new Promise((resolve) => (this.openFixtureGate = resolve));
    }
  }

  /** Restores the saved machine of that name, or creates it from its start fixture. */
  static async open(options: SharedMachineOptions): Promise<SharedMachine> {
    const shared = new SharedMachine(options);
    await shared.restoreOrCreate();
    options.channel?.addEventListener('message', (event) => {
      void shared.onMessage((event as MessageEvent).data as SavedMessage);
    });
    shared.tick();
    return shared;
  }

  machine(): Machine {
    return this.current;
  }

  watch(watcher: MachineWatcher): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  /** Lets a held fixture run (the first terminal's prompt is up). */
  startFixture(): void {
    this.openFixtureGate?.();
    this.openFixtureGate = undefined;
  }

  /** The virtual time that corresponds to now. */
  virtualNow(): number {
    return this.realNow() + this.clockOffset;
  }

  /** Brings the virtual clock up to real time (before a line runs, and on every tick). */
  catchUp(): boolean {
    const target = this.virtualNow();
    return this.current.advanceTo(target) >= target;
  }

  /** A terminal starts (true) or ends (false) running a line. */
  busy(running: boolean): void {
    if (running) this.linesRun++;
    this.busyLines = Math.max(0, this.busyLines + (running ? 1 : -1));
    if (running) {
      this.tick();
      return;
    }
    this.staleFromOtherTab = false;
    this.scheduleSave(0);
    this.tick();
  }

  /** Replaces the machine with its start state and forgets what was saved. */
  async reset(): Promise<void> {
    this.generation++;
    await this.options.store?.remove(this.name).catch(() => undefined);
    await this.replace(await this.fresh());
    for (const watcher of this.watchers) watcher.restarted(t('terminal.notice.reinitialise'));
    await this.save(true);
  }

  /** Replaces the machine with an earlier state of it (an exercise's Annuler / Rétablir), then saves. */
  async load(snapshot: MachineSnapshot, notice: string): Promise<void> {
    const machine = createMachine({
      snapshot,
      ...(this.options.docker ? { docker: this.options.docker } : {}),
    });
    await machine.ready();
    await this.replace(machine);
    for (const watcher of this.watchers) watcher.restarted(notice);
    await this.save(false);
  }

  /** Saves now (when the page is hidden or closed). */
  flush(): Promise<void> {
    return this.save(false);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.tickTimer);
    clearTimeout(this.saveTimer);
  }

  private async restoreOrCreate(): Promise<void> {
    const store = this.options.store;
    if (!store) {
      this.startNotice = t('terminal.notice.sans-sauvegarde');
      await this.replace(await this.fresh());
      return;
    }
    const loading = store.load(this.name);
    if (store.mayHave?.(this.name) === false) {
      // Nothing saved here yet (the first visit, when opening IndexedDB is slowest): the fresh machine
      // starts without waiting for it. A saved entry that `load` finds all the same still wins.
      await this.replace(await this.fresh());
      void this.restoreLate(loading);
      return;
    }
    let loaded;
    try {
      loaded = await loading;
    } catch {
      this.startNotice = t('terminal.notice.sans-sauvegarde');
      await this.replace(await this.fresh());
      return;
    }
    if (loaded.kind === 'found') {
      const restored = await this.restore(loaded.entry);
      if (restored) return;
      loaded = { kind: 'corrupt' as const };
    }
    if (loaded.kind === 'older') this.startNotice = t('terminal.notice.ancien');
    if (loaded.kind === 'corrupt') this.startNotice = t('terminal.notice.illisible');
    if (loaded.kind !== 'none') await store.remove(this.name).catch(() => undefined);
    await this.replace(await this.fresh());
  }

  /** Takes a saved entry found after a fresh start, unless a line has run since (see restoreOrCreate). */
  private async restoreLate(loading: Promise<LoadResult>): Promise<void> {
    const generation = this.generation;
    const loaded = await loading.catch(() => undefined);
    if (!loaded || loaded.kind === 'none') return;
    if (this.generation !== generation || this.linesRun > 0) return;
    if (loaded.kind === 'found' && (await this.restore(loaded.entry))) {
      for (const watcher of this.watchers) watcher.restarted(t('terminal.notice.restauree'));
      return;
    }
    await this.options.store?.remove(this.name).catch(() => undefined);
  }

  /** Rebuilds a machine from a saved entry; false when the state does not restore. */
  private async restore(entry: SavedMachine): Promise<boolean> {
    let machine: Machine;
    try {
      machine = createMachine({
        snapshot: entry.snapshot,
        ...(this.options.docker ? { docker: this.options.docker } : {}),
      });
      await machine.ready();
    } catch {
      return false;
    }
    this.clockOffset = entry.clockOffset;
    this.history.replace(entry.history);
    this.lastSavedAt = entry.savedAt;
    await this.replace(machine);
    return true;
  }

  private async fresh(): Promise<Machine> {
    const { machine, clockOffset } = await this.build();
    this.clockOffset = clockOffset;
    return machine;
  }

  /** A machine in its start state, and the lead of its clock (applied by `fresh`). */
  private async build(): Promise<FreshMachine> {
    const gate = this.fixtureGate;
    this.fixtureGate = undefined;
    const machine = createMachine({
      now: this.realNow(),
      seed: Math.floor(Math.random() * 0x7fffffff),
      fixture: [...this.options.fixture],
      ...(this.options.docker ? { docker: this.options.docker } : {}),
      ...(gate ? { fixtureAfter: gate } : {}),
    });
    if (gate) {
      this.startPending = machine;
      void machine.ready().then(
        () => this.fixtureApplied(machine),
        () => undefined,
      );
      return { machine, clockOffset: 0 };
    }
    await machine.ready();
    return { machine, clockOffset: this.leadOf(machine) };
  }

  /** A fixture that sleeps has moved the virtual clock ahead of real time: that lead is kept. */
  private leadOf(machine: Machine): number {
    return Math.max(0, machine.engine.now() - this.realNow());
  }

  private fixtureApplied(machine: Machine): void {
    if (this.startPending === machine) this.startPending = undefined;
    if (this.current !== machine) return;
    this.clockOffset = Math.max(this.clockOffset, this.leadOf(machine));
    this.scheduleSave(0);
    this.tick();
  }

  private async replace(machine: Machine): Promise<void> {
    this.current = machine;
    this.generation++;
    this.catchUp();
    this.tick();
  }

  /** Moves the clock with real time: at the next wake-up of the machine, or every few seconds. */
  private tick(): void {
    if (this.disposed) return;
    clearTimeout(this.tickTimer);
    const caughtUp = this.catchUp();
    const longest = this.busyLines > 0 ? BUSY_TICK_MS : IDLE_TICK_MS;
    let delay = longest;
    if (!caughtUp) delay = 0;
    else {
      const next = this.current.nextWakeAt();
      if (next !== undefined) delay = Math.max(0, Math.min(longest, next - this.virtualNow()));
    }
    this.tickTimer = setTimeout(() => this.tick(), delay);
  }

  private scheduleSave(delay: number): void {
    if (!this.options.store || this.disposed) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(false), delay);
  }

  private async save(reset: boolean): Promise<void> {
    const store = this.options.store;
    if (!store) return;
    clearTimeout(this.saveTimer);
    const generation = this.generation;
    const machine = this.current;
    if (machine === this.startPending) return;
    try {
      const snapshot = await machine.toSnapshot();
      if (generation !== this.generation) return;
      const entry: SavedMachine = {
        format: ENTRY_FORMAT,
        name: this.name,
        savedAt: this.realNow(),
        clockOffset: this.clockOffset,
        fixture: [...this.options.fixture],
        snapshot,
        history: [...this.history.entries],
      };
      await store.save(entry);
      this.lastSavedAt = entry.savedAt;
      const message: SavedMessage = {
        kind: 'saved',
        name: this.name,
        from: this.options.tabId ?? '',
        savedAt: entry.savedAt,
        reset,
      };
      this.options.channel?.postMessage(message);
    } catch {
      // Saving is best effort: the terminal keeps working with what it has in memory.
    }
  }

  /** Another tab saved this machine: take its state when no line runs here. */
  private async onMessage(message: SavedMessage): Promise<void> {
    if (message?.kind !== 'saved' || message.name !== this.name) return;
    if (message.from === (this.options.tabId ?? '')) return;
    if (this.busyLines > 0 && !message.reset) {
      this.staleFromOtherTab = true;
      return;
    }
    const store = this.options.store;
    if (!store) return;
    const loaded = await store.load(this.name).catch(() => undefined);
    if (loaded?.kind !== 'found' || loaded.entry.savedAt <= this.lastSavedAt) return;
    if (this.busyLines > 0 && !message.reset) {
      this.staleFromOtherTab = true;
      return;
    }
    if (await this.restore(loaded.entry)) {
      if (message.reset) {
        for (const watcher of this.watchers) {
          watcher.restarted(t('terminal.notice.reinitialise-ailleurs'));
        }
      }
    }
  }

  /** Whether another tab changed this machine while a line was running here. */
  get stale(): boolean {
    return this.staleFromOtherTab;
  }
}

const registry = new Map<string, Promise<SharedMachine>>();

/** The page's machine of that name, opened once and shared by every terminal that names it. */
export function sharedMachine(options: SharedMachineOptions): Promise<SharedMachine> {
  let opening = registry.get(options.name);
  if (!opening) {
    opening = SharedMachine.open(options);
    registry.set(options.name, opening);
    opening.catch(() => registry.delete(options.name));
  }
  return opening;
}
