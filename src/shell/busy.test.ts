// Real work pending (a slow lazy import of the docker command) holds the virtual clock and the replay still.
import { describe, expect, it } from 'vitest';
import type { CliCommand } from '../cli/contract.ts';
import { runToCompletion } from './driver.ts';
import { fakeDocker, fakeEngine } from './fakes.ts';
import { createMachine } from './machine.ts';
import { replay } from './replay.ts';
import { drainOutput } from './test-kit.ts';

/** A docker command whose module takes `ms` of real time to load, as a slow network would make it. */
const slowDocker = (ms: number) => async (): Promise<CliCommand> => {
  await new Promise((resolve) => setTimeout(resolve, ms));
  return fakeDocker;
};

describe('pending real work', () => {
  it('replays correctly while the docker command loads slowly', async () => {
    const m = createMachine({ engine: fakeEngine(0), loadDocker: slowDocker(300) });
    const screen = await replay('docker run -d web\ndocker ps\necho fin\n', {}, m);
    expect(screen).toBe(
      'apprenant@cours:~$ docker run -d web\n' +
        `${'a'.repeat(64)}\n` +
        'apprenant@cours:~$ docker ps\n' +
        'web\n' +
        'apprenant@cours:~$ echo fin\n' +
        'fin\n',
    );
  });

  it('does not move the clock towards a wake-up while the import is pending', async () => {
    const engine = fakeEngine(0);
    engine.at(60_000, () => engine.containers.push('late'));
    const m = createMachine({ engine, loadDocker: slowDocker(100) });
    expect(m.busy()).toBe(false);
    const running = m.runLine('docker ps', { columns: 80, rows: 24 });
    const output = drainOutput(running);
    expect(await runToCompletion(m, running)).toEqual({ state: 'ended' });
    expect((await output).screen).toBe('');
    expect(engine.now()).toBe(0);
    expect(m.busy()).toBe(false);
  });
});
