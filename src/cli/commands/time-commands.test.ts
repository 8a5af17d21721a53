// logs, attach, events, top and healthchecks through the docker entry point, over virtual time.
import { describe, expect, it } from 'vitest';
import { createEngine, dockerRun, stdinOf } from './test-kit.ts';
import type { Engine } from '../../engine/index.ts';

const T0 = Date.UTC(2026, 10, 27, 19, 33, 18);

async function bavard(): Promise<Engine> {
  const e = createEngine({ now: T0 });
  const script = 'for i in 1 2 3; do echo line $i; echo err $i >&2; sleep 1; done';
  expect(
    (await dockerRun(e, ['run', '-d', '--name', 'bavard', 'busybox', 'sh', '-c', script])).exitCode,
  ).toBe(0);
  e.advanceBy(4_000);
  return e;
}

describe('docker logs', () => {
  it('keeps the streams apart', async () => {
    const e = await bavard();
    const r = await dockerRun(e, ['logs', 'bavard']);
    expect(r).toEqual({
      stdout: 'line 1\nline 2\nline 3\n',
      stderr: 'err 1\nerr 2\nerr 3\n',
      exitCode: 0,
    });
  });

  it('--tail counts across both streams; an unreadable --tail shows everything', async () => {
    const e = await bavard();
    expect(await dockerRun(e, ['logs', '-n', '1', 'bavard'])).toEqual({
      stdout: '',
      stderr: 'err 3\n',
      exitCode: 0,
    });
    expect((await dockerRun(e, ['logs', '--tail', '2', 'bavard'])).stdout).toBe('line 3\n');
    expect((await dockerRun(e, ['logs', '--tail', 'abc', 'bavard'])).stdout).toBe(
      'line 1\nline 2\nline 3\n',
    );
  });

  it('-t puts RFC 3339 timestamps first, --details a space', async () => {
    const e = await bavard();
    const t = await dockerRun(e, ['logs', '-t', 'bavard']);
    expect(t.stdout).toMatch(
      /^2026-11-27T19:33:18\.\d{9}Z line 1\n2026-11-27T19:33:19\.\d{9}Z line 2\n/,
    );
    expect((await dockerRun(e, ['logs', '--details', 'bavard'])).stderr).toBe(
      ' err 1\n err 2\n err 3\n',
    );
  });

  it('--since and --until, relative or absolute', async () => {
    const e = await bavard();
    expect((await dockerRun(e, ['logs', '--since', '3s', 'bavard'])).stdout).toBe(
      'line 2\nline 3\n',
    );
    expect((await dockerRun(e, ['logs', '--since', '1s', 'bavard'])).stdout).toBe('');
    expect(
      (await dockerRun(e, ['logs', '--until', '2026-11-27T19:33:18.5Z', 'bavard'])).stdout,
    ).toBe('line 1\n');
    const bad = await dockerRun(e, ['logs', '--since', 'hier', 'bavard']);
    expect(bad.stderr).toBe(
      'invalid value for "since": failed to parse value as time or duration: "hier"\n',
    );
    expect(bad.exitCode).toBe(1);
  });

  it('a -t container logs CR LF on stdout only', async () => {
    const e = createEngine({ now: T0 });
    await dockerRun(e, [
      'run',
      '-dt',
      '--name',
      'avectty',
      'busybox',
      'sh',
      '-c',
      'echo ligne tty; echo e >&2; sleep 300',
    ]);
    expect(await dockerRun(e, ['logs', 'avectty'])).toEqual({
      stdout: 'ligne tty\r\ne\r\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('-f follows a running container until it stops', async () => {
    const e = createEngine({ now: T0 });
    await dockerRun(e, [
      'run',
      '-d',
      '--name',
      'cc',
      'busybox',
      'sh',
      '-c',
      'for i in 1 2 3; do echo $i; sleep 1; done',
    ]);
    const r = await dockerRun(e, ['logs', '-f', 'cc']);
    expect(r).toEqual({ stdout: '1\n2\n3\n', stderr: '', exitCode: 0 });
    expect(e.now()).toBeGreaterThanOrEqual(T0 + 3000);
  });

  it('-f where it cannot follow prints what exists and says so in French', async () => {
    const e = createEngine({ now: T0 });
    await dockerRun(e, ['run', '-d', '--name', 'cc', 'busybox', 'sh', '-c', 'echo a; sleep 100']);
    const r = await dockerRun(e, ['logs', '-f', 'cc'], { canFollow: false });
    expect(r.stdout).toBe('a\n');
    expect(r.stderr).toContain('tapez la commande seule sur sa ligne');
  });

  it('tells how many lines the cap dropped', async () => {
    const e = createEngine({ now: T0, limits: { maxLogLines: 5 } });
    await dockerRun(e, [
      'run',
      '-d',
      '--name',
      'cc',
      'busybox',
      'sh',
      '-c',
      'i=0; while [ $i -lt 8 ]; do i=$((i+1)); echo $i; done; sleep 9',
    ]);
    const r = await dockerRun(e, ['logs', 'cc']);
    expect(r.stdout).toBe('4\n5\n6\n7\n8\n');
    expect(r.stderr).toContain('3 premières lignes');
  });

  it('refuses a missing container with the daemon error', async () => {
    const r = await dockerRun(createEngine(), ['logs', 'inexistant']);
    expect(r).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such container: inexistant\n',
      exitCode: 1,
    });
  });
});

describe('docker top', () => {
  it('prints ps -ef columns 20 wide, nginx master and workers', async () => {
    const e = createEngine({ now: T0 });
    await dockerRun(e, ['run', '-d', '--name', 'web', 'nginx']);
    const r = await dockerRun(e, ['top', 'web']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      'UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD',
    );
    expect(lines[1]).toMatch(
      /^root {16}\d+ +\d+ +0 {19}19:33 {15}\? {19}00:00:00 {12}nginx: master process nginx -g daemon off;$/,
    );
    expect(lines.filter((l) => l.endsWith('nginx: worker process'))).toHaveLength(2);
    const o = await dockerRun(e, ['top', 'web', '-o', 'pid,comm']);
    expect(o.stdout.split('\n')[0]).toBe('PID                 COMMAND');
    expect(o.stdout.split('\n')[1]).toMatch(/^\d+ +nginx$/);
  });

  it('shows the sleep a shell is waiting for; refuses a stopped container', async () => {
    const e = createEngine({ now: T0 });
    await dockerRun(e, [
      'run',
      '-d',
      '--name',
      'boucle',
      'busybox',
      'sh',
      '-c',
      'while true; do sleep 5; done',
    ]);
    expect((await dockerRun(e, ['top', 'boucle', '-o', 'args'])).stdout).toBe(
      'COMMAND\nsh -c while true; do sleep 5; done\nsleep 5\n',
    );
    await dockerRun(e, ['kill', 'boucle']);
    const r = await dockerRun(e, ['top', 'boucle']);
    expect(r.stderr).toMatch(
      /^Error response from daemon: container [0-9a-f]{64} is not running\n$/,
    );
  });
});

describe('docker attach', () => {
  async function attachable(e: Engine) {
    await dockerRun(e, ['run', '-dit', '--name', 'attachable', 'busybox', 'sh'], {
      stdinIsTTY: false,
    });
  }

  it('detaches with Ctrl-P Ctrl-Q and leaves the container running', async () => {
    const e = createEngine({ now: T0 });
    await attachable(e);
    const modes: boolean[] = [];
    const r = await dockerRun(e, ['attach', 'attachable'], {
      stdinIsTTY: true,
      stdoutIsTTY: true,
      stdin: stdinOf(['echo attache\r', '\x10\x11']),
      setRawMode: (raw) => modes.push(raw),
    });
    expect(r.stdout).toBe('echo attache\r\nattache\r\n/ # ');
    expect(r.stderr).toBe('read escape sequence\n');
    expect(r.exitCode).toBe(1);
    expect(modes).toEqual([true, false]);
    expect(e.state.containers[Object.keys(e.state.containers)[0] ?? '']?.state.status).toBe(
      'running',
    );
  });

  it('exiting the shell ends attach with its code; a stopped container is refused', async () => {
    const e = createEngine({ now: T0 });
    await attachable(e);
    const r = await dockerRun(e, ['attach', 'attachable'], {
      stdinIsTTY: true,
      stdoutIsTTY: true,
      stdin: stdinOf(['exit 3\r']),
      setRawMode: () => undefined,
    });
    expect(r.exitCode).toBe(3);
    const again = await dockerRun(e, ['attach', 'attachable']);
    expect(again).toEqual({
      stdout: '',
      stderr: 'You cannot attach to a stopped container, start it first\n',
      exitCode: 1,
    });
  });
});

describe('healthchecks', () => {
  it('starting, then healthy after the first probe, with the Health log and events', async () => {
    const e = createEngine({ now: T0 });
    await dockerRun(e, [
      'run',
      '-d',
      '--name',
      'sante',
      '--health-cmd',
      'true',
      '--health-interval',
      '2s',
      'nginx',
    ]);
    const c = () => Object.values(e.state.containers)[0];
    expect(c()?.state.health?.status).toBe('starting');
    e.advanceBy(2_000);
    expect(c()?.state.health).toMatchObject({ status: 'healthy', failingStreak: 0 });
    e.advanceBy(20_000);
    expect(c()?.state.health?.log).toHaveLength(5);
    expect(c()?.state.health?.log[0]).toMatchObject({ exitCode: 0, output: '' });
    const ev = await dockerRun(e, [
      'events',
      '--since',
      '1m',
      '--until',
      '0s',
      '--format',
      '{{.Action}}',
    ]);
    expect(ev.stdout).toContain(
      'exec_create: /bin/sh -c true\nexec_start: /bin/sh -c true\nexec_die\n',
    );
    expect(ev.stdout).toContain('health_status: healthy\n');
  });

  it('unhealthy after the retries; a missing command reports the shell’s not found', async () => {
    const e = createEngine({ now: T0 });
    await dockerRun(e, [
      'run',
      '-d',
      '--name',
      'malade',
      '--health-cmd',
      'nocmd || exit 1',
      '--health-interval',
      '1s',
      '--health-retries',
      '2',
      'nginx',
    ]);
    const c = () => Object.values(e.state.containers)[0];
    e.advanceBy(1_100);
    expect(c()?.state.health).toMatchObject({ status: 'starting', failingStreak: 1 });
    e.advanceBy(1_100);
    expect(c()?.state.health).toMatchObject({ status: 'unhealthy', failingStreak: 2 });
    expect(c()?.state.health?.log[0]).toMatchObject({
      exitCode: 1,
      output: '/bin/sh: 1: nocmd: not found\n',
    });
  });
});

describe('docker events', () => {
  it('filters and formats past events; json has Docker’s keys', async () => {
    const e = createEngine({ now: T0 });
    await dockerRun(e, ['run', '-d', '--name', 'aa', 'busybox', 'sh', '-c', 'exit 2']);
    e.advanceBy(1000);
    const r = await dockerRun(e, [
      'events',
      '--since',
      '10s',
      '--until',
      '0s',
      '--filter',
      'event=die',
    ]);
    expect(r.stdout).toMatch(
      /^2026-11-27T19:33:18\.\d{9}Z container die [0-9a-f]{64} \(exitCode=2, image=busybox, name=aa\)\n$/,
    );
    const j = await dockerRun(e, [
      'events',
      '--since',
      '10s',
      '--until',
      '0s',
      '--filter',
      'type=container',
      '--format',
      'json',
    ]);
    const first = JSON.parse(j.stdout.split('\n')[0] ?? '{}') as Record<string, unknown>;
    expect(Object.keys(first)).toEqual([
      'status',
      'id',
      'from',
      'Type',
      'Action',
      'Actor',
      'scope',
      'time',
      'timeNano',
    ]);
    expect(first.Action).toBe('create');
  });

  it('where it cannot follow, without --until, it says so', async () => {
    const r = await dockerRun(createEngine(), ['events'], { canFollow: false });
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('docker events');
  });
});
