// The host shell's command history: bounded, without blanks or immediate repeats, as bash's ignoredups.

export const HISTORY_LIMIT = 500;

export class History {
  private items: string[];
  private readonly limit: number;

  constructor(items: readonly string[] = [], limit = HISTORY_LIMIT) {
    this.limit = limit;
    this.items = items.filter((item) => typeof item === 'string' && item.trim() !== '');
    this.trim();
  }

  get entries(): readonly string[] {
    return this.items;
  }

  get length(): number {
    return this.items.length;
  }

  at(index: number): string | undefined {
    return this.items[index];
  }

  add(line: string): void {
    // A line typed with a leading space is kept out of the history, as with HISTCONTROL=ignorespace.
    if (line.trim() === '' || /^\s/.test(line)) return;
    if (this.items[this.items.length - 1] === line) return;
    this.items.push(line);
    this.trim();
  }

  replace(items: readonly string[]): void {
    this.items = items.filter((item) => item.trim() !== '');
    this.trim();
  }

  clear(): void {
    this.items = [];
  }

  private trim(): void {
    if (this.items.length > this.limit) this.items = this.items.slice(-this.limit);
  }
}

const pageHistories = new Map<string, History>();

/**
 * The history of the machine of that name on this page, one object for all its terminals: a terminal
 * takes it before the machine is built, and the machine restores saved entries into it.
 */
export function historyOf(name: string): History {
  let history = pageHistories.get(name);
  if (!history) {
    history = new History();
    pageHistories.set(name, history);
  }
  return history;
}
