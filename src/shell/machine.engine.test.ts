// The machine with the real engine and docker command: pipes, substitutions, and virtual time.
import { describe, expect, it } from 'vitest';
import { createMachine } from './machine.ts';
import { runLine } from './test-kit.ts';

const START = Date.UTC(2026, 10, 27, 19, 30);

describe('machine with the real engine', () => {
  it('pipes docker ps -q into wc -l and substitutes $(…)', async () => {
    const m = createMachine({ now: START, seed: 1 });
    await runLine(m, 'docker run -d --name web1 nginx');
    await runLine(m, 'docker run -d --name web2 nginx');
    expect((await runLine(m, 'docker ps -q | wc -l')).stdout.trim()).toBe('2');
    const rm = await runLine(m, 'docker rm -f $(docker ps -q)');
    expect(rm.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect((await runLine(m, 'docker ps -aq | wc -l')).stdout.trim()).toBe('0');
  });

  it('fast-forwards the 10 s a docker stop of a sleeping container takes', async () => {
    const m = createMachine({ now: START, seed: 1 });
    await runLine(m, 'docker run -d --name dormeur busybox sleep 3600');
    const before = m.engine.now();
    const stop = await runLine(m, 'docker stop dormeur');
    expect(stop).toMatchObject({ stdout: 'dormeur\n', stderr: '', exitCode: 0 });
    expect(m.engine.now() - before).toBeGreaterThanOrEqual(10_000);
    expect((await runLine(m, "docker ps -a --format '{{.Status}}'")).stdout).toMatch(
      /^Exited \(137\)/,
    );
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
    expect((await runLine(copy, "docker ps --format '{{.Names}}'")).stdout).toBe('web\n');
  });
});
