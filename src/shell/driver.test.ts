// Tests of the virtual-time driver and of the keyboard while a line runs in the foreground.
import { describe, expect, it } from 'vitest';
import { passTime, runToCompletion } from './driver.ts';
import { fakeDocker, fakeEngine } from './fakes.ts';
import { createMachine, type RunningLine } from './machine.ts';

function collect(running: RunningLine) {
  const out = { text: '' };
  const done = (async () => {
    for await (const c of running.output) out.text += c.data;
  })();
  return { out, done };
}

describe('driver', () => {
  it('fast-forwards virtual time while a command waits only on the clock', async () => {
    const engine = fakeEngine(1_000_000);
    const m = createMachine({ engine, docker: fakeDocker });
    const started = performance.now();
    const running = m.runLine('docker wait-virtual 10', { columns: 80, rows: 24 });
    const { out, done } = collect(running);
    expect(await runToCompletion(m, running)).toEqual({ state: 'ended' });
    await done;
    expect(out.text).toBe('waited until 1010000\n');
    expect(engine.now()).toBe(1_010_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('makes a host sleep take virtual time, in order with the engine', async () => {
    const engine = fakeEngine(0);
    const m = createMachine({ engine, docker: fakeDocker });
    engine.at(1500, () => engine.containers.push('late'));
    const running = m.runLine('docker ps | wc -l; sleep 2; docker ps | wc -l', {
      columns: 80,
      rows: 24,
    });
    const { out, done } = collect(running);
    await runToCompletion(m, running);
    await done;
    expect(out.text.split(/\s+/).filter(Boolean)).toEqual(['0', '1']);
    expect(engine.now()).toBe(2000);
  });

  it('leaves a following command running until Ctrl-C, echoing ^C', async () => {
    const engine = fakeEngine(0);
    const m = createMachine({ engine, docker: fakeDocker });
    const running = m.runLine('docker follow', { columns: 80, rows: 24 });
    const { out, done } = collect(running);
    await passTime(m, 2500);
    expect(running.done()).toBe(false);
    running.interrupt();
    expect(await running.exitCode).toBe(130);
    await done;
    expect(out.text).toBe('line 0\nline 1\nline 2\n^C');
  });

  it('stops when the command reads the keyboard, then delivers typed lines (cooked mode)', async () => {
    const m = createMachine({ engine: fakeEngine(0), docker: fakeDocker });
    const running = m.runLine('docker cat', { columns: 80, rows: 24 });
    const { out, done } = collect(running);
    expect(await runToCompletion(m, running)).toEqual({ state: 'input' });
    running.write('salut\r');
    expect(await runToCompletion(m, running)).toEqual({ state: 'input' });
    running.write('\x04');
    expect(await runToCompletion(m, running)).toEqual({ state: 'ended' });
    await done;
    // The terminal echoes "salut\n", then cat writes it back.
    expect(out.text).toBe('salut\nsalut\n');
  });
});
