// Main processes beyond the engine's simulators run on the container's own layers (the engine's script runner).
import { describe, expect, it } from 'vitest';
import { createMachine } from './machine.ts';
import { runLine } from './test-kit.ts';

const START = Date.UTC(2026, 10, 27, 19, 30);

describe('main processes run by the script runner', () => {
  it('writes into the container’s R/W layer with GNU ls wording, lost with the container', async () => {
    const m = createMachine({ now: START, seed: 1 });
    const r = await runLine(
      m,
      `docker run --name eph1 ubuntu bash -c 'touch /test.txt && ls -l /test.txt'`,
    );
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^-rw-r--r-- 1 root root 0 \w{3} [ \d]\d \d\d:\d\d \/test\.txt\n$/);
    expect((await runLine(m, 'docker diff eph1')).stdout).toBe('A /test.txt\n');
    const again = await runLine(m, 'docker run --rm ubuntu ls /test.txt');
    expect(again).toMatchObject({
      stdout: '',
      stderr: "ls: cannot access '/test.txt': No such file or directory\n",
      exitCode: 2,
    });
  });

  it('runs a program such as ls as the main command, in the image’s userland', async () => {
    const m = createMachine({ now: START, seed: 1 });
    const r = await runLine(m, 'docker run --rm busybox ls /nowhere');
    expect(r.stderr).toBe('ls: /nowhere: No such file or directory\n');
    expect(r.exitCode).toBe(1);
    const etc = await runLine(m, 'docker run --rm -w /etc busybox ls hostname');
    expect(etc).toMatchObject({ stdout: 'hostname\n', stderr: '', exitCode: 0 });
  });

  it('still says so when a script that waits runs at once', async () => {
    const m = createMachine({ now: START, seed: 1 });
    const r = await runLine(m, `docker run --rm ubuntu bash -c 'touch /a; sleep 2; ls /a'`);
    expect(r.stdout).toBe('/a\n');
    expect(r.stderr).toContain('(simulateur)');
  });
});
