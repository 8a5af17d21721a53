// Engine lifecycle tests through createEngine: states, refusals, names, lookups, ports, stop timeouts, snapshots.
import { describe, expect, it } from 'vitest';
import { checkInvariants, createEngine, engineFromSnapshot, type Engine } from './index.ts';

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`unexpected error ${JSON.stringify(r.error)}`);
  return r.value;
}

function logsOf(engine: Engine, ref: string, stream?: 'stdout' | 'stderr'): string {
  const c = must(engine.findContainer(ref));
  return c.logs
    .filter((l) => !stream || l.stream === stream)
    .map((l) => l.text)
    .join('');
}

describe('create and start', () => {
  it('creates a container in Created state with a generated name and a 64-hex ID', () => {
    const e = createEngine();
    const { id, name } = must(e.create({ image: 'nginx' }));
    expect(id).toMatch(/^[a-f0-9]{64}$/);
    expect(name).toMatch(/^[a-z]+_[a-z]+$/);
    expect(name).not.toBe('boring_wozniak');
    expect(e.state.containers[id]?.state.status).toBe('created');
    expect(e.state.events.at(-1)).toMatchObject({ type: 'container', action: 'create', id });
  });

  it('runs nginx: entrypoint lines on stdout, notices on stderr, keeps running', () => {
    const e = createEngine();
    const { id } = must(e.create({ image: 'nginx', name: 'web' }));
    must(e.start('web'));
    const c = e.state.containers[id];
    expect(c?.state.status).toBe('running');
    expect(logsOf(e, 'web', 'stdout')).toContain(
      '/docker-entrypoint.sh: Configuration complete; ready for start up\n',
    );
    expect(logsOf(e, 'web', 'stderr')).toMatch(/\[notice\] 1#1: nginx\/1\.29\.3\n/);
    expect(c?.endpoints.bridge?.ipAddress).toBe('172.17.0.2');
  });

  it('gives IPs in order and reuses the lowest free one', () => {
    const e = createEngine();
    for (const n of ['a1', 'a2', 'a3']) {
      must(e.create({ image: 'nginx', name: n }));
      must(e.start(n));
    }
    expect(must(e.findContainer('a3')).endpoints.bridge?.ipAddress).toBe('172.17.0.4');
    must(e.stop('a2'));
    must(e.create({ image: 'nginx', name: 'a4' }));
    must(e.start('a4'));
    expect(must(e.findContainer('a4')).endpoints.bridge?.ipAddress).toBe('172.17.0.3');
  });

  it('hello-world prints its message and exits 0', () => {
    const e = createEngine();
    must(e.create({ image: 'hello-world', name: 'hh' }));
    must(e.start('hh'));
    expect(logsOf(e, 'hh')).toContain('Hello from Docker!');
    expect(must(e.findContainer('hh')).state).toMatchObject({ status: 'exited', exitCode: 0 });
  });

  it('a missing executable leaves the container Created with exit code 127', () => {
    const e = createEngine();
    must(e.create({ image: 'busybox', name: 'xx', cmd: ['commandeinexistante'] }));
    const r = e.start('xx');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({
        code: 'EXEC_FAILED',
        reason: 'not-found-in-path',
        exitCode: 127,
      });
    expect(must(e.findContainer('xx')).state).toMatchObject({ status: 'created', exitCode: 127 });
  });

  it('a non-executable file gives 126', () => {
    const e = createEngine();
    must(e.create({ image: 'busybox', name: 'xx', cmd: ['/etc/passwd'] }));
    const r = e.start('xx');
    expect(!r.ok && r.error).toMatchObject({
      code: 'EXEC_FAILED',
      reason: 'permission-denied',
      exitCode: 126,
    });
  });

  it('sh -c runs a sequence with sleeps in virtual time', () => {
    const e = createEngine();
    must(
      e.create({
        image: 'busybox',
        name: 'ss',
        cmd: ['sh', '-c', 'echo one; sleep 2; echo two >&2; exit 7'],
      }),
    );
    must(e.start('ss'));
    expect(logsOf(e, 'ss')).toBe('one\n');
    expect(e.nextWakeAt()).toBe(e.now() + 2000);
    e.advanceBy(1999);
    expect(must(e.findContainer('ss')).state.status).toBe('running');
    e.advanceBy(1);
    expect(logsOf(e, 'ss', 'stderr')).toBe('two\n');
    expect(must(e.findContainer('ss')).state).toMatchObject({ status: 'exited', exitCode: 7 });
  });
});

describe('stop, kill, pause', () => {
  it('nginx stops at once on SIGQUIT with exit 0', () => {
    const e = createEngine();
    must(e.create({ image: 'nginx', name: 'web' }));
    must(e.start('web'));
    const r = must(e.stop('web'));
    expect(r.done).toBe(true);
    expect(must(e.findContainer('web')).state).toMatchObject({ status: 'exited', exitCode: 0 });
    expect(logsOf(e, 'web', 'stderr')).toContain('signal 3 (SIGQUIT) received, shutting down');
  });

  it('sleep as PID 1 ignores SIGTERM: SIGKILL after the timeout gives 137', () => {
    const e = createEngine();
    must(e.create({ image: 'busybox', name: 'zz', cmd: ['sleep', '3600'] }));
    must(e.start('zz'));
    const t0 = e.now();
    expect(must(e.stop('zz')).done).toBe(false);
    expect(e.nextWakeAt()).toBe(t0 + 10_000);
    e.advanceBy(9_999);
    expect(must(e.findContainer('zz')).state.status).toBe('running');
    e.advanceBy(1);
    expect(must(e.findContainer('zz')).state).toMatchObject({ status: 'exited', exitCode: 137 });
    const actions = e.state.events.filter((ev) => ev.type === 'container').map((ev) => ev.action);
    expect(actions.slice(-4)).toEqual(['kill', 'kill', 'die', 'stop']);
  });

  it('stop -t 1 waits one second', () => {
    const e = createEngine();
    must(e.create({ image: 'busybox', name: 'zz', cmd: ['sleep', '3600'] }));
    must(e.start('zz'));
    must(e.stop('zz', { timeout: 1 }));
    e.advanceBy(1000);
    expect(must(e.findContainer('zz')).state.exitCode).toBe(137);
  });

  it('kill -s SIGINT is ignored by sleep as PID 1, but kills it with --init', () => {
    const e = createEngine();
    must(e.create({ image: 'busybox', name: 'aa', cmd: ['sleep', '3600'] }));
    must(e.create({ image: 'busybox', name: 'bb', cmd: ['sleep', '3600'], init: true }));
    must(e.start('aa'));
    must(e.start('bb'));
    must(e.kill('aa', 'SIGINT'));
    must(e.kill('bb', '2'));
    expect(must(e.findContainer('aa')).state.status).toBe('running');
    expect(must(e.findContainer('bb')).state).toMatchObject({ status: 'exited', exitCode: 130 });
  });

  it('refuses as Docker does', () => {
    const e = createEngine();
    const { id } = must(e.create({ image: 'nginx', name: 'cycle' }));
    expect(e.pause('cycle')).toEqual({ ok: false, error: { code: 'CONTAINER_NOT_RUNNING', id } });
    expect(e.unpause('cycle')).toEqual({ ok: false, error: { code: 'CONTAINER_NOT_PAUSED', id } });
    expect(e.kill('cycle')).toEqual({
      ok: false,
      error: { code: 'KILL_FAILED', ref: 'cycle', cause: { code: 'CONTAINER_NOT_RUNNING', id } },
    });
    must(e.start('cycle'));
    must(e.pause('cycle'));
    expect(e.pause('cycle')).toEqual({
      ok: false,
      error: { code: 'CONTAINER_ALREADY_PAUSED', id },
    });
    expect(e.start('cycle')).toEqual({ ok: false, error: { code: 'START_PAUSED' } });
    expect(e.remove('cycle')).toEqual({
      ok: false,
      error: { code: 'REMOVE_RUNNING', ref: 'cycle', status: 'paused' },
    });
    must(e.stop('cycle'));
    expect(must(e.findContainer('cycle')).state).toMatchObject({ status: 'exited', exitCode: 0 });
    expect(e.kill('nope')).toEqual({
      ok: false,
      error: {
        code: 'KILL_FAILED',
        ref: 'nope',
        cause: { code: 'NO_SUCH_CONTAINER', ref: 'nope' },
      },
    });
    expect(e.kill('cycle', 'FOO')).toMatchObject({ ok: false, error: { code: 'KILL_FAILED' } });
  });

  it('restart stops then starts, counting events', () => {
    const e = createEngine();
    must(e.create({ image: 'nginx', name: 'rr' }));
    must(e.start('rr'));
    const pid = must(e.findContainer('rr')).state.pid;
    expect(must(e.restart('rr')).done).toBe(true);
    const c = must(e.findContainer('rr'));
    expect(c.state.status).toBe('running');
    expect(c.state.pid).not.toBe(pid);
  });
});

describe('names, lookups and ports', () => {
  it('looks containers up by full ID, name, unique prefix', () => {
    const e = createEngine();
    const { id } = must(e.create({ image: 'nginx', name: 'web' }));
    expect(must(e.findContainer(id)).name).toBe('web');
    expect(must(e.findContainer('/web')).id).toBe(id);
    expect(must(e.findContainer(id.slice(0, 3))).id).toBe(id);
    expect(e.findContainer('zz')).toEqual({
      ok: false,
      error: { code: 'NO_SUCH_CONTAINER', ref: 'zz' },
    });
  });

  it('reports an ambiguous prefix', () => {
    const e = createEngine();
    const ids = Array.from(
      { length: 40 },
      (_, i) => must(e.create({ image: 'busybox', name: `c${i}` })).id,
    );
    const first = ids[0] ?? '';
    const clash = ids.find((x) => x !== first && x[0] === first[0]);
    expect(clash).toBeDefined();
    expect(e.findContainer(first.slice(0, 1))).toMatchObject({
      ok: false,
      error: { code: 'AMBIGUOUS_CONTAINER_PREFIX' },
    });
  });

  it('validates names and conflicts', () => {
    const e = createEngine();
    const { id } = must(e.create({ image: 'nginx', name: 'web' }));
    expect(e.create({ image: 'nginx', name: 'web' })).toEqual({
      ok: false,
      error: { code: 'NAME_CONFLICT', name: 'web', id },
    });
    expect(e.create({ image: 'nginx', name: 'mon conteneur' })).toEqual({
      ok: false,
      error: { code: 'INVALID_NAME', name: 'mon conteneur' },
    });
    expect(e.create({ image: 'nginx', name: 'a' }).ok).toBe(false);
    must(e.create({ image: 'nginx', name: 'web2' }));
    expect(e.rename('web2', 'web')).toEqual({
      ok: false,
      error: { code: 'NAME_CONFLICT', name: 'web', id, renaming: true },
    });
    must(e.rename('web2', 'web-prod'));
    expect(must(e.findContainer('web-prod')).name).toBe('web-prod');
  });

  it('generates distinct names deterministically from the seed', () => {
    const a = createEngine({ seed: 42 });
    const b = createEngine({ seed: 42 });
    const na = Array.from({ length: 20 }, () => must(a.create({ image: 'busybox' })).name);
    const nb = Array.from({ length: 20 }, () => must(b.create({ image: 'busybox' })).name);
    expect(na).toEqual(nb);
    expect(new Set(na).size).toBe(20);
  });

  it('a port clash leaves the second container Created with ExitCode 128', () => {
    const e = createEngine();
    must(
      e.create({
        image: 'nginx',
        name: 'web',
        portBindings: [{ containerPort: 80, proto: 'tcp', hostIp: '', hostPort: 8080 }],
      }),
    );
    must(e.start('web'));
    must(
      e.create({
        image: 'nginx',
        name: 'web3',
        portBindings: [{ containerPort: 80, proto: 'tcp', hostIp: '', hostPort: 8080 }],
      }),
    );
    const r = e.start('web3');
    expect(!r.ok && r.error).toMatchObject({
      code: 'PORT_ALLOCATED',
      name: 'web3',
      hostIp: '0.0.0.0',
      hostPort: 8080,
    });
    const c = must(e.findContainer('web3'));
    expect(c.state).toMatchObject({ status: 'created', exitCode: 128 });
    expect(c.state.error).toMatch(/Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/);
    expect(c.endpoints.bridge?.ipAddress).toBe('');
  });

  it('-P picks host ports from 32768 up', () => {
    const e = createEngine();
    must(e.create({ image: 'nginx', name: 'p1', publishAllPorts: true }));
    must(e.create({ image: 'redis', name: 'p2', publishAllPorts: true }));
    must(e.start('p1'));
    must(e.start('p2'));
    expect(must(e.findContainer('p1')).boundPorts.map((b) => `${b.hostIp}:${b.hostPort}`)).toEqual([
      '0.0.0.0:32768',
      ':::32768',
    ]);
    expect(must(e.findContainer('p2')).boundPorts[0]?.hostPort).toBe(32769);
  });

  it('enforces the container cap', () => {
    const e = createEngine({ limits: { maxContainers: 2 } });
    must(e.create({ image: 'busybox' }));
    must(e.create({ image: 'busybox' }));
    expect(e.create({ image: 'busybox' })).toEqual({
      ok: false,
      error: { code: 'CONTAINER_LIMIT', max: 2 },
    });
  });
});

describe('auto-removal, restart policy, stdin', () => {
  it('--rm removes the container when it exits', () => {
    const e = createEngine();
    must(e.create({ image: 'busybox', name: 'eph', cmd: ['sleep', '300'], autoRemove: true }));
    must(e.start('eph'));
    must(e.stop('eph', { timeout: 1 }));
    e.advanceBy(1000);
    expect(e.findContainer('eph').ok).toBe(false);
    expect(e.state.events.at(-1)).toMatchObject({ action: 'destroy' });
  });

  it('restart always: Restarting with back-off', () => {
    const e = createEngine();
    must(
      e.create({
        image: 'busybox',
        name: 'loop',
        cmd: ['sh', '-c', 'echo boom; exit 1'],
        restart: 'always',
      }),
    );
    must(e.start('loop'));
    const c = () => must(e.findContainer('loop'));
    // Docker counts a restart when it schedules it: inspect shows RestartCount 1 while Restarting.
    expect(c().state.status).toBe('restarting');
    expect(c().restartCount).toBe(1);
    e.advanceBy(100 + 150);
    expect(c().restartCount).toBe(2);
    expect(c().state.status).toBe('restarting');
    e.advanceBy(200 + 149);
    expect(c().restartCount).toBe(2);
    e.advanceBy(1);
    expect(c().restartCount).toBe(3);
    expect(logsOf(e, 'loop')).toBe('boom\nboom\nboom\n');
  });

  it('cat echoes stdin until it closes', () => {
    const e = createEngine();
    const { id } = must(
      e.create({ image: 'busybox', name: 'cc', cmd: ['cat'], openStdin: true, stdinOnce: true }),
    );
    must(e.start('cc'));
    e.writeStdin(id, 'bonjour\n');
    expect(logsOf(e, 'cc')).toBe('bonjour\n');
    e.closeStdin(id);
    expect(must(e.findContainer('cc')).state).toMatchObject({ status: 'exited', exitCode: 0 });
  });

  it('sh without -i exits at once, with -i runs commands from stdin', () => {
    const e = createEngine();
    must(e.create({ image: 'busybox', name: 'aa' }));
    must(e.start('aa'));
    expect(must(e.findContainer('aa')).state).toMatchObject({ status: 'exited', exitCode: 0 });
    const { id } = must(e.create({ image: 'busybox', name: 'bb', openStdin: true }));
    must(e.start('bb'));
    e.writeStdin(id, 'echo depuis stdin\n');
    expect(logsOf(e, 'bb')).toBe('depuis stdin\n');
    e.closeStdin(id);
    expect(must(e.findContainer('bb')).state.status).toBe('exited');
  });
});

describe('snapshots and clock', () => {
  it('round-trips mid-run and resumes a sleeping program', () => {
    const e = createEngine();
    must(e.create({ image: 'busybox', name: 'ss', cmd: ['sh', '-c', 'echo a; sleep 5; echo b'] }));
    must(e.start('ss'));
    e.advanceBy(2000);
    const snap = e.toSnapshot();
    const restored = must(engineFromSnapshot(snap));
    expect(restored.toSnapshot()).toEqual(snap);
    restored.advanceBy(3000);
    expect(logsOf(restored, 'ss')).toBe('a\nb\n');
    expect(logsOf(e, 'ss')).toBe('a\n');
  });

  it('rejects malformed snapshots', () => {
    expect(engineFromSnapshot({ schema: 2 }).ok).toBe(false);
    expect(engineFromSnapshot(null).ok).toBe(false);
  });

  it('notifies subscribers and keeps invariants', () => {
    const e = createEngine();
    let calls = 0;
    const off = e.subscribe(() => calls++);
    must(e.create({ image: 'nginx' }));
    expect(calls).toBeGreaterThan(0);
    off();
    expect(checkInvariants(e.toSnapshot())).toEqual([]);
  });

  it('records shell lines as events', () => {
    const e = createEngine();
    e.recordShellLine('docker ps', 'host', 0);
    expect(e.state.events.at(-1)).toMatchObject({
      type: 'shell',
      id: 'host',
      attributes: { line: 'docker ps', exitCode: '0' },
    });
    expect(e.state.host.history).toEqual(['docker ps']);
  });
});

describe('catalogue layers built on first read', () => {
  it('reads, clones and snapshots the same whether their files were built or not', () => {
    const untouched = createEngine({ now: 0, seed: 7 });
    const read = createEngine({ now: 0, seed: 7 });
    for (const layer of Object.values(read.state.layers)) expect(layer.files).toBeTypeOf('object');
    expect(JSON.stringify(untouched.state)).toBe(JSON.stringify(read.state));
    expect(structuredClone(untouched.state)).toEqual(read.state);
    expect(untouched.toSnapshot()).toEqual(read.toSnapshot());
    const layer = Object.values(untouched.state.layers)[0];
    if (!layer) throw new Error('no layer');
    layer.files = {};
    expect(layer.files).toEqual({});
    expect(checkInvariants(untouched.state)).toEqual([]);
  });
});
