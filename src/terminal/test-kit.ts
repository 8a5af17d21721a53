// Test helpers: a fake screen that keeps what is written as plain lines, and an in-memory machine store.
import type { SessionScreen } from './session.ts';
import { readEntry, type LoadResult, type MachineStore, type SavedMachine } from './store.ts';

/** A screen that interprets what the session writes (CR, LF as CR LF, cursor moves, erasing, wrapping). */
export class FakeScreen implements SessionScreen {
  columns: number;
  rows = 24;
  private grid: string[][] = [[]];
  private row = 0;
  private col = 0;
  constructor(columns = 200) {
    this.columns = columns;
  }
  clear(): void {
    this.write('\x1b[H\x1b[2J');
  }
  write(data: string): void {
    const tokens = data.match(/\x1b\[[0-9;?]*[A-Za-z~]|[\s\S]/gu) ?? [];
    for (const token of tokens) {
      const csi = /^\x1b\[([0-9;?]*)([A-Za-z~])$/.exec(token);
      if (csi) {
        const n = Number(csi[1] || '1');
        if (csi[2] === 'A') this.row = Math.max(0, this.row - n);
        else if (csi[2] === 'C') this.col = Math.min(this.columns - 1, this.col + n);
        else if (csi[2] === 'H') [this.row, this.col] = [0, 0];
        else if (csi[2] === 'J' && csi[1] === '2') this.grid = [[]];
        else if (csi[2] === 'J') {
          this.line().length = this.col;
          this.grid.length = this.row + 1;
        }
        continue;
      }
      if (token === '\r') this.col = 0;
      else if (token === '\n') {
        // As xterm with `convertEol`: a line feed also returns the carriage.
        this.row++;
        this.col = 0;
        this.line();
      } else if (token === '\b') this.col = Math.max(0, this.col - 1);
      else if (token >= ' ') {
        if (this.col >= this.columns) {
          this.row++;
          this.col = 0;
        }
        const line = this.line();
        while (line.length < this.col) line.push(' ');
        line[this.col++] = token;
      }
    }
  }
  private line(): string[] {
    while (this.grid.length <= this.row) this.grid.push([]);
    return this.grid[this.row] as string[];
  }
  /** The screen's rows as text; the last row keeps its trailing space (the prompt's). */
  lines(): string[] {
    const rows = this.grid.map((cells) => cells.join(''));
    return rows.map((row, i) => (i === rows.length - 1 ? row : row.trimEnd()));
  }
}

export class MemoryStore implements MachineStore {
  readonly entries = new Map<string, unknown>();
  async load(name: string): Promise<LoadResult> {
    return readEntry(structuredClone(this.entries.get(name)));
  }
  async save(entry: SavedMachine): Promise<void> {
    this.entries.set(entry.name, structuredClone(entry));
  }
  async remove(name: string): Promise<void> {
    this.entries.delete(name);
  }
}
