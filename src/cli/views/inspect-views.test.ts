// The inspect builders against the reference samples: same keys in the same order, values from state.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectContainer } from './container-inspect.ts';
import { goJson } from './go-json.ts';
import { inspectImage } from './image-inspect.ts';
import { networkByName } from './lookup.ts';
import { inspectNetwork, inspectVolume } from './network-volume-inspect.ts';
import { addContainer, IDS, sampleState, T0 } from './test-state.ts';

type Tree = { [key: string]: unknown };

const fixture = (name: string): Tree =>
  (
    JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Tree[]
  )[0] as Tree;

/** Every key path of a JSON value, in document order (array items collapsed, map keys that are data skipped). */
function keyPaths(v: unknown, path = '', out: string[] = []): string[] {
  if (Array.isArray(v)) {
    if (v.length > 0) keyPaths(v[0], path + '[]', out);
    return out;
  }
  if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v as Tree)) {
      // Keys that are data (port numbers, label names, container IDs, network names) vary by container.
      const dataKey =
        /\/(tcp|udp)$|^[0-9a-f]{64}$/.test(k) ||
        /(Labels|Options|Ports|PortBindings|Networks|Containers|Data|Volumes)$/.test(path);
      const p = dataKey ? `${path}.*` : `${path}.${k}`;
      if (!out.includes(p)) out.push(p);
      keyPaths(x, p, out);
    }
  }
  return out;
}

const parse = (v: unknown): Tree => JSON.parse(goJson(v as never)) as Tree;

describe('inspectContainer', () => {
  it('has the keys of a running container with a published port, in the reference order', () => {
    const s = sampleState();
    const web = parse(inspectContainer(s, s.containers[IDS.web]!));
    expect(keyPaths(web)).toEqual(keyPaths(fixture('container-web.json')));
  });

  it('has the keys of a created container and of a restarting one', () => {
    const s = sampleState();
    const cree = parse(inspectContainer(s, s.containers[IDS.cree]!));
    expect(keyPaths(cree)).toEqual(
      keyPaths(fixture('container-crashloop-restarting.json')).filter(
        (p) => !p.includes('ExposedPorts'),
      ),
    );
  });

  it('adds State.Health and Config.Healthcheck for a container with a healthcheck', () => {
    const s = sampleState();
    const c = addContainer(s, {
      id: 'a'.repeat(64),
      name: 'sante',
      image: 'nginx',
      created: T0,
      status: 'running',
      startedAt: T0,
      health: {
        status: 'healthy',
        failingStreak: 0,
        log: [{ start: T0 + 2000, end: T0 + 2050, exitCode: 0, output: '' }],
        nextCheckAt: T0 + 4000,
      },
    });
    c.config.healthcheck = { Test: ['CMD-SHELL', 'true'], Interval: 2_000_000_000 };
    const got = parse(inspectContainer(s, c));
    const want = fixture('container-sante-healthcheck.json');
    expect(keyPaths(got)).toEqual(keyPaths(want));
    expect((got.Config as Tree).Healthcheck).toEqual((want.Config as Tree).Healthcheck);
    expect((got.State as Tree).Health).toEqual({
      Status: 'healthy',
      FailingStreak: 0,
      Log: [
        { Start: '2026-11-27T19:32:02Z', End: '2026-11-27T19:32:02.05Z', ExitCode: 0, Output: '' },
      ],
    });
  });

  it('computes the values from state', () => {
    const s = sampleState();
    const web = parse(inspectContainer(s, s.containers[IDS.web]!));
    expect(web.Name).toBe('/web');
    expect(web.Created).toBe('2026-11-27T19:32:05Z');
    expect((web.State as Tree).StartedAt).toBe('2026-11-27T19:32:05.1Z');
    expect((web.State as Tree).FinishedAt).toBe('0001-01-01T00:00:00Z');
    expect(web.LogPath).toBe(`/var/lib/docker/containers/${IDS.web}/${IDS.web}-json.log`);
    expect((web.HostConfig as Tree).PortBindings).toEqual({
      '80/tcp': [{ HostIp: '', HostPort: '8080' }],
    });
    expect((web.NetworkSettings as Tree).Ports).toEqual({
      '80/tcp': [
        { HostIp: '0.0.0.0', HostPort: '8080' },
        { HostIp: '::', HostPort: '8080' },
      ],
    });
    expect((web.NetworkSettings as Tree).IPAddress).toBe('172.17.0.2');
    const sortie = parse(inspectContainer(s, s.containers[IDS.sortie]!));
    expect(sortie.State).toMatchObject({ Status: 'exited', Running: false, ExitCode: 3, Pid: 0 });
    expect((sortie.NetworkSettings as Tree).Ports).toEqual({});
    expect((sortie.NetworkSettings as Tree).SandboxID).toBe('');
    const pause = parse(inspectContainer(s, s.containers[IDS.pause]!));
    expect(pause.State).toMatchObject({ Status: 'paused', Running: true, Paused: true });
    expect((pause.NetworkSettings as Tree).Ports).toEqual({ '80/tcp': null });
  });

  it('adds SizeRw and SizeRootFs only with -s, after GraphDriver', () => {
    const s = sampleState();
    const web = s.containers[IDS.web]!;
    expect(Object.keys(parse(inspectContainer(s, web)))).not.toContain('SizeRw');
    const sized = parse(inspectContainer(s, web, { size: true }));
    const keys = Object.keys(sized);
    expect(keys.slice(keys.indexOf('GraphDriver'), keys.indexOf('Mounts') + 1)).toEqual([
      'GraphDriver',
      'SizeRw',
      'SizeRootFs',
      'Mounts',
    ]);
    expect(sized.SizeRw).toBe(1090);
    expect(sized.SizeRootFs).toBe(1090 + s.images[web.imageId]!.size);
  });

  it('lists volume and bind mounts as MountPoints, omitting empty Name and Driver', () => {
    const s = sampleState();
    s.volumes.donnees = {
      name: 'donnees',
      driver: 'local',
      created: T0,
      labels: {},
      anonymous: false,
      files: {},
    };
    const c = addContainer(s, {
      id: 'b'.repeat(64),
      name: 'monte',
      image: 'busybox',
      created: T0,
      status: 'created',
      mounts: [
        { type: 'volume', source: 'donnees', target: '/data', readOnly: false },
        { type: 'bind', source: '/home/apprenant/site', target: '/site', readOnly: true },
      ],
    });
    const got = parse(inspectContainer(s, c));
    expect(got.Mounts).toEqual([
      {
        Type: 'volume',
        Name: 'donnees',
        Source: '/var/lib/docker/volumes/donnees/_data',
        Destination: '/data',
        Driver: 'local',
        Mode: 'z',
        RW: true,
        Propagation: '',
      },
      {
        Type: 'bind',
        Source: '/home/apprenant/site',
        Destination: '/site',
        Mode: 'ro',
        RW: false,
        Propagation: 'rprivate',
      },
    ]);
    expect((got.HostConfig as Tree).Binds).toEqual([
      'donnees:/data',
      '/home/apprenant/site:/site:ro',
    ]);
  });

  it('writes Docker indentation, and leaves <, > and & unescaped like the daemon', () => {
    const s = sampleState();
    const text = goJson(inspectContainer(s, s.containers[IDS.web]!), {
      indent: '    ',
      escapeHtml: false,
    });
    expect(text).toContain('"maintainer": "NGINX Docker Maintainers <docker-maint@nginx.com>"');
    expect(text).toContain('\n    "State": {\n        "Status": "running",');
    expect(text).toContain('"Binds": null,');
    expect(text).toContain(
      '"LogConfig": {\n            "Type": "json-file",\n            "Config": {}\n        },',
    );
  });
});

describe('inspectImage, inspectNetwork, inspectVolume', () => {
  it('gives an image the reference keys, its config sorted, HTML escaped', () => {
    const s = sampleState();
    const nginx = s.images[s.tags['nginx:latest']!]!;
    const got = parse(inspectImage(s, nginx));
    expect(keyPaths(got)).toEqual(keyPaths(fixture('image-nginx.json')).map((p) => p));
    expect(got.RepoTags).toEqual(['nginx:latest']);
    expect(got.Id).toBe(`sha256:${nginx.id}`);
    expect(goJson(inspectImage(s, nginx))).toContain('\\u003cdocker-maint@nginx.com\\u003e');
    const busybox = parse(inspectImage(s, s.images[s.tags['busybox:latest']!]!));
    expect(Object.keys(busybox.Config as Tree)).toEqual(
      Object.keys(fixture('image-busybox.json').Config as Tree),
    );
  });

  it('lists the running containers of a network, by ID', () => {
    const s = sampleState();
    const got = parse(inspectNetwork(s, networkByName(s, 'bridge')!));
    expect(keyPaths(got)).toEqual(keyPaths(fixture('network-bridge.json')));
    expect(Object.keys(got.Containers as Tree)).toEqual([IDS.web, IDS.pause].sort());
    expect((got.Containers as Tree)[IDS.web]).toMatchObject({
      Name: 'web',
      IPv4Address: '172.17.0.2/16',
    });
  });

  it('describes a volume with the anonymous label when it is one', () => {
    const named = parse(
      inspectVolume({
        name: 'donnees',
        driver: 'local',
        created: T0 + 1500,
        labels: {},
        anonymous: false,
        files: {},
      }),
    );
    expect(named).toEqual({
      CreatedAt: '2026-11-27T19:32:01Z',
      Driver: 'local',
      Labels: {},
      Mountpoint: '/var/lib/docker/volumes/donnees/_data',
      Name: 'donnees',
      Options: {},
      Scope: 'local',
    });
    const anon = parse(
      inspectVolume({
        name: 'f'.repeat(64),
        driver: 'local',
        created: T0,
        labels: {},
        anonymous: true,
        files: {},
      }),
    );
    expect(anon.Labels).toEqual({ 'com.docker.volume.anonymous': '' });
    expect(anon.Options).toBeNull();
  });
});
