// Tests of the host terminal's line discipline.
import { describe, expect, it } from 'vitest';
import { InputQueue } from './channel.ts';
import { LineDiscipline } from './tty.ts';

async function drain(q: InputQueue): Promise<string[]> {
  const out: string[] = [];
  for (;;) {
    const c = await q.read();
    if (c === null) return out;
    out.push(c);
  }
}

describe('line discipline', () => {
  it('echoes, edits and delivers lines in cooked mode', async () => {
    const q = new InputQueue();
    let echo = '';
    let interrupts = 0;
    const tty = new LineDiscipline(q, { echo: (t) => (echo += t), interrupt: () => interrupts++ });
    tty.write('lx\x7fs\r');
    tty.write('abc\x03');
    tty.write('fin\x04\x04');
    expect(await drain(q)).toEqual(['ls\n', 'fin']);
    expect(echo).toBe('lx\b \bs\nabc^Cfin');
    expect(interrupts).toBe(1);
  });

  it('passes bytes through untouched in raw mode', async () => {
    const q = new InputQueue();
    let echo = '';
    const tty = new LineDiscipline(q, { echo: (t) => (echo += t), interrupt: () => {} });
    tty.raw = true;
    tty.write('exit\r');
    tty.write('\x03\x10\x11');
    q.end();
    expect(await drain(q)).toEqual(['exit\r', '\x03\x10\x11']);
    expect(echo).toBe('');
  });
});
