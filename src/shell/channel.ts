// Small push-to-pull queues: an output channel read with `for await`, and a stdin stream fed by the terminal.
import type { InputStream } from '../cli/contract.ts';

/** Values pushed by a producer and read once by one consumer with `for await`. */
export class Channel<T> implements AsyncIterable<T> {
  private items: T[] = [];
  private waiting: ((r: IteratorResult<T>) => void) | undefined;
  private closed = false;

  push(item: T): void {
    if (this.closed) return;
    const w = this.waiting;
    if (w) {
      this.waiting = undefined;
      w({ value: item, done: false });
    } else this.items.push(item);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    const w = this.waiting;
    this.waiting = undefined;
    w?.({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return {
      next: () => {
        const item = this.items.shift();
        if (item !== undefined) return Promise.resolve({ value: item, done: false });
        if (this.closed) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => {
          this.waiting = resolve;
        });
      },
    };
  }
}

/** A program's stdin: chunks pushed by the terminal (or a pipe's whole content), then end of input. */
export class InputQueue implements InputStream {
  private chunks: string[] = [];
  private reader: ((chunk: string | null) => void) | undefined;
  private ended = false;

  /** A stdin holding `data` and then end of input, as a pipe or `< file` gives it. */
  static ofText(data: string): InputQueue {
    const q = new InputQueue();
    if (data !== '') q.push(data);
    q.end();
    return q;
  }

  push(data: string): void {
    if (this.ended || data === '') return;
    const r = this.reader;
    if (r) {
      this.reader = undefined;
      r(data);
    } else this.chunks.push(data);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    const r = this.reader;
    this.reader = undefined;
    r?.(null);
  }

  /** Whether the program is blocked reading, i.e. waiting for the user. */
  isWaiting(): boolean {
    return this.reader !== undefined;
  }

  read(): Promise<string | null> {
    const chunk = this.chunks.shift();
    if (chunk !== undefined) return Promise.resolve(chunk);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.reader = resolve;
    });
  }
}
