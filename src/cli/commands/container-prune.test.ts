// `docker container prune`: stopped containers go, newest first; running and paused ones stay.
import { describe, expect, it } from 'vitest';
import { createEngine, dockerRun, stdinOf } from './test-kit.ts';

describe('docker container prune', () => {
  it('removes stopped containers only, after confirmation unless -f', async () => {
    const e = createEngine();
    await dockerRun(e, ['run', '-d', '--name', 'web', 'nginx']);
    await dockerRun(e, ['run', '--name', 'done1', 'busybox', 'true']);
    await dockerRun(e, ['create', '--name', 'fresh', 'busybox']);
    await dockerRun(e, ['run', '-d', '--name', 'held', 'busybox', 'sleep', '100']);
    await dockerRun(e, ['pause', 'held']);
    const ids = (name: string) =>
      e.findContainer(name).ok && (e.findContainer(name) as { value: { id: string } }).value.id;
    const fresh = ids('fresh');
    const done1 = ids('done1');
    const no = await dockerRun(e, ['container', 'prune'], { stdin: stdinOf(['n\n']) });
    expect(no.stdout).toBe(
      'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] Total reclaimed space: 0B\n',
    );
    const r = await dockerRun(e, ['container', 'prune', '-f']);
    expect(r).toEqual({
      stdout: `Deleted Containers:\n${fresh}\n${done1}\n\nTotal reclaimed space: 0B\n`,
      stderr: '',
      exitCode: 0,
    });
    expect(
      Object.values(e.state.containers)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['held', 'web']);
  });
});
