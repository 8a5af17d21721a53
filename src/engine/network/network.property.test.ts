// Property tests over random sequences of container, port, volume and network operations (issue 6 invariants).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEngine, type Engine } from '../index.ts';

type Op =
  | { k: 'run'; port: number; vol: number; net: number }
  | { k: 'start' | 'stop' | 'kill' | 'rm' | 'rmf' | 'rmv'; who: number }
  | { k: 'volrm' | 'volcreate'; vol: number }
  | { k: 'netcreate' | 'netrm'; net: number }
  | { k: 'connect' | 'disconnect'; net: number; who: number }
  | { k: 'volprune' | 'netprune' | 'curl'; port: number };

const PORTS = [0, 8080, 8081, 8082];
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant('run' as const), port: fc.nat(3), vol: fc.nat(3), net: fc.nat(2) }),
  fc.record({
    k: fc.constantFrom('start', 'stop', 'kill', 'rm', 'rmf', 'rmv') as fc.Arbitrary<'start'>,
    who: fc.nat(7),
  }),
  fc.record({ k: fc.constantFrom('volrm', 'volcreate') as fc.Arbitrary<'volrm'>, vol: fc.nat(3) }),
  fc.record({ k: fc.constantFrom('netcreate', 'netrm') as fc.Arbitrary<'netrm'>, net: fc.nat(2) }),
  fc.record({
    k: fc.constantFrom('connect', 'disconnect') as fc.Arbitrary<'connect'>,
    net: fc.nat(2),
    who: fc.nat(7),
  }),
  fc.record({
    k: fc.constantFrom('volprune', 'netprune', 'curl') as fc.Arbitrary<'curl'>,
    port: fc.nat(3),
  }),
);

function apply(e: Engine, o: Op): void {
  const ids = Object.keys(e.state.containers);
  const who = (n: number) => ids[n % Math.max(ids.length, 1)] ?? 'nope';
  const netName = (n: number) => (n === 0 ? 'bridge' : `net${n}`);
  switch (o.k) {
    case 'run': {
      const port = PORTS[o.port] ?? 0;
      const r = e.create({
        image: 'nginx',
        ...(port
          ? { portBindings: [{ containerPort: 80, proto: 'tcp', hostIp: '', hostPort: port }] }
          : {}),
        mounts:
          o.vol === 0
            ? []
            : [
                {
                  type: 'volume',
                  source: o.vol === 3 ? '' : `v${o.vol}`,
                  target: '/data',
                  readOnly: false,
                },
              ],
        networkMode: netName(o.net),
      });
      if (r.ok) e.start(r.value.id);
      break;
    }
    case 'start':
      e.start(who(o.who));
      break;
    case 'stop':
      e.stop(who(o.who), { timeout: 0 });
      break;
    case 'kill':
      e.kill(who(o.who));
      break;
    case 'rm':
      e.remove(who(o.who));
      break;
    case 'rmf':
      e.remove(who(o.who), { force: true });
      break;
    case 'rmv':
      e.remove(who(o.who), { force: true, volumes: true });
      break;
    case 'volrm':
      e.volumes.remove(`v${o.vol}`);
      break;
    case 'volcreate':
      e.volumes.create({ name: `v${o.vol}` });
      break;
    case 'netcreate':
      e.network.create({ name: netName(o.net) });
      break;
    case 'netrm':
      e.network.remove(netName(o.net));
      break;
    case 'connect':
      e.network.connect(netName(o.net), who(o.who));
      break;
    case 'disconnect':
      e.network.disconnect(netName(o.net), who(o.who));
      break;
    case 'volprune':
      e.volumes.prune(o.port % 2 === 0);
      break;
    case 'netprune':
      e.network.prune();
      break;
    case 'curl':
      e.network.request(
        { kind: 'host' },
        {
          method: 'GET',
          url: `localhost:${PORTS[o.port] || 32768}`,
          headers: [],
          body: '',
          userAgent: 'curl/7.88.1',
        },
      );
      break;
  }
}

function problems(e: Engine): string[] {
  const out: string[] = [];
  const ports = new Map<string, string>();
  for (const c of Object.values(e.state.containers)) {
    const active = c.state.status === 'running' || c.state.status === 'paused';
    for (const b of c.boundPorts) {
      const key = `${b.proto}/${b.hostIp}/${b.hostPort}`;
      const holder = ports.get(key);
      if (holder && holder !== c.id) out.push(`host port ${key} held by two containers`);
      ports.set(key, c.id);
    }
    for (const m of c.config.mounts)
      if (m.type === 'volume' && !e.state.volumes[m.source])
        out.push(`${c.name}: volume ${m.source} removed while in use`);
    if (active)
      for (const ep of Object.values(c.endpoints))
        if (!e.state.networks[ep.networkId]) out.push(`${c.name}: running on a removed network`);
  }
  return out;
}

describe('network and volume invariants', () => {
  it('hold after any sequence of operations', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const e = createEngine({ seed: 7 });
        for (const o of ops) {
          apply(e, o);
          expect(problems(e)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a second container on a published host port, which stays Created', () => {
    const e = createEngine();
    const spec = {
      image: 'nginx',
      portBindings: [{ containerPort: 80, proto: 'tcp' as const, hostIp: '', hostPort: 8080 }],
    };
    const a = e.create(spec);
    const b = e.create(spec);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(e.start(a.value.id).ok).toBe(true);
    const r = e.start(b.value.id);
    expect(r.ok).toBe(false);
    expect(e.state.containers[b.value.id]?.state.status).toBe('created');
  });

  it('resolves names on a user network only, and IPs on both', () => {
    const e = createEngine();
    e.network.create({ name: 'monreseau' });
    const api = e.create({ image: 'nginx', name: 'api', networkMode: 'monreseau' });
    const web = e.create({ image: 'nginx', name: 'web' });
    if (!api.ok || !web.ok) throw new Error('create failed');
    e.start(api.value.id);
    e.start(web.value.id);
    const client = e.create({ image: 'busybox', networkMode: 'monreseau', cmd: ['sleep', '60'] });
    const plain = e.create({ image: 'busybox', cmd: ['sleep', '60'] });
    if (!client.ok || !plain.ok) throw new Error('create failed');
    e.start(client.value.id);
    e.start(plain.value.id);
    const get = (from: string, url: string) => e.network.runTool(from, ['wget', '-qO-', url]);
    expect(get(client.value.id, 'http://api').stdout).toContain('Welcome to nginx!');
    expect(get(plain.value.id, 'http://web').stderr).toBe("wget: bad address 'web'\n");
    const webIp = e.state.containers[web.value.id]?.endpoints.bridge?.ipAddress ?? '';
    expect(webIp).toBe('172.17.0.2');
    expect(get(plain.value.id, `http://${webIp}`).stdout).toContain('Welcome to nginx!');
    expect(e.state.containers[api.value.id]?.endpoints.monreseau?.ipAddress).toBe('172.18.0.2');
  });
});

describe('addresses and HTTP', () => {
  it('gives a stopped container’s IP to the next one, lowest first', () => {
    const e = createEngine();
    const ids = ['ctr-a', 'ctr-b', 'ctr-c'].map((name) => {
      const r = e.create({ image: 'nginx', name });
      if (!r.ok) throw new Error('create');
      e.start(r.value.id);
      return r.value.id;
    });
    e.kill(ids[1] ?? '');
    const d = e.create({ image: 'nginx', name: 'ctr-d' });
    if (!d.ok) throw new Error('create');
    e.start(d.value.id);
    expect(e.state.containers[d.value.id]?.endpoints.bridge?.ipAddress).toBe('172.17.0.3');
  });

  it('serves nginx over a published port and logs the gateway as client; a paused one never answers', () => {
    const e = createEngine();
    const r = e.create({
      image: 'nginx',
      name: 'web',
      portBindings: [{ containerPort: 80, proto: 'tcp', hostIp: '', hostPort: 8080 }],
    });
    if (!r.ok) throw new Error('create');
    e.start(r.value.id);
    const get = (path: string) =>
      e.network.request(
        { kind: 'host' },
        {
          method: 'GET',
          url: `http://localhost:8080${path}`,
          headers: [],
          body: '',
          userAgent: 'curl/7.88.1',
        },
      );
    const ok = get('/');
    expect(ok?.ok && ok.response.status).toBe(200);
    expect(ok?.ok && ok.response.body.length).toBe(615);
    const missing = get('/absent');
    expect(missing?.ok && missing.response.status).toBe(404);
    const log = e.state.containers[r.value.id]?.logs.map((l) => l.text).join('') ?? '';
    expect(log).toMatch(
      /^172\.17\.0\.1 - - \[[^\]]+\] "GET \/ HTTP\/1\.1" 200 615 "-" "curl\/7\.88\.1" "-"$/m,
    );
    expect(log).toContain(
      'open() "/usr/share/nginx/html/absent" failed (2: No such file or directory)',
    );
    e.pause(r.value.id);
    expect(get('/')).toMatchObject({ ok: false, failure: 'no-reply' });
    e.unpause(r.value.id);
    e.stop(r.value.id);
    expect(get('/')).toMatchObject({ ok: false, failure: 'refused' });
  });
});
