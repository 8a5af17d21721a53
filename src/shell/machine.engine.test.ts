// The machine with the real engine and docker command: pipes, substitutions, and virtual time.
import { describe, expect, it } from 'vitest';
import { runToCompletion } from './driver.ts';
import { createMachine, type Machine } from './machine.ts';

async function run(machine: Machine, line: string) {
  const running = machine.runLine(line, { columns: 100, rows: 30 });
  let stdout = '';
  let stderr = '';
  const drain = (async () => {
    for await (const c of running.output) {
      if (c.stream === 'stdout') stdout += c.data;
      else stderr += c.data;
    }
  })();
  await runToCompletion(machine, running);
  await drain;
  return { stdout, stderr, exitCode: await running.exitCode };
}

const START = Date.UTC(2026, 10, 27, 19, 30);

describe('machine with the real engine', () => {
  it('pipes docker ps -q into wc -l and substitutes $(…)', async () => {
    const m = createMachine({ now: START, seed: 1 });
    await run(m, 'docker run -d --name web1 nginx');
    await run(m, 'docker run -d --name web2 nginx');
    expect((await run(m, 'docker ps -q | wc -l')).stdout.trim()).toBe('2');
    const rm = await run(m, 'docker rm -f $(docker ps -q)');
    expect(rm.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect((await run(m, 'docker ps -aq | wc -l')).stdout.trim()).toBe('0');
  });

  it('fast-forwards the 10 s a docker stop of a sleeping container takes', async () => {
    const m = createMachine({ now: START, seed: 1 });
    await run(m, 'docker run -d --name dormeur busybox sleep 3600');
    const before = m.engine.now();
    const stop = await run(m, 'docker stop dormeur');
    expect(stop).toEqual({ stdout: 'dormeur\n', stderr: '', exitCode: 0 });
    expect(m.engine.now() - before).toBeGreaterThanOrEqual(10_000);
    expect((await run(m, "docker ps -a --format '{{.Status}}'")).stdout).toMatch(/^Exited \(137\)/);
  });

  it('replays a fixture and restores from a snapshot', async () => {
    const m = createMachine({
      now: START,
      seed: 1,
      fixture: ['docker run -d --name web nginx', 'cd /tmp'],
    });
    await m.ready();
    const snap = await m.toSnapshot();
    const copy = createMachine({ snapshot: JSON.parse(JSON.stringify(snap)) });
    expect(copy.cwd()).toBe('/tmp');
    expect((await run(copy, "docker ps --format '{{.Names}}'")).stdout).toBe('web\n');
  });
});
