// `docker ps`: table, quiet, sizes, JSON and templates, filters and their errors, as the records show them.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/index.ts';
import {
  addContainer,
  IDS,
  runCommand,
  sampleEngine,
  sampleState,
  T0,
} from '../views/test-state.ts';
import { command } from './ps.ts';

const HEADER = 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n';

const ps = (
  values: Record<string, string | boolean | number | string[]> = {},
  engine = sampleEngine(),
) => runCommand(command, engine, ['ps'], values);

describe('docker ps', () => {
  it('prints the header alone when there is no container (ps-a-empty), and nothing with -q', async () => {
    const empty = createEngine({ now: T0 });
    expect(await ps({ all: true }, empty)).toEqual({ stdout: HEADER, stderr: '', code: 0 });
    expect(await ps({ quiet: true }, empty)).toEqual({ stdout: '', stderr: '', code: 0 });
  });

  it('lists running and paused containers, newest first, in a tabwriter table', async () => {
    const r = await ps();
    expect(r.stdout).toBe(
      'CONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS                   PORTS                                     NAMES\n' +
        'ef56ef56ef56   nginx     "/docker-entrypoint.…"   30 seconds ago   Up 29 seconds (Paused)   80/tcp                                    pause\n' +
        'dfec2fec9d07   nginx     "/docker-entrypoint.…"   55 seconds ago   Up 54 seconds            0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web\n',
    );
  });

  it('shows every state with -a, IDs only with -aq', async () => {
    const r = await ps({ all: true });
    const lines = r.stdout.split('\n');
    expect(lines[2]).toBe(
      'cd34cd34cd34   busybox   "sleep 3600"             40 seconds ago   Created                                                               cree',
    );
    expect(lines[3]).toBe(
      'ab12ab12ab12   busybox   "sh -c \'echo boom; e…"   50 seconds ago   Exited (3) 48 seconds ago                                             sortie',
    );
    expect((await ps({ all: true, quiet: true })).stdout).toBe(
      'ef56ef56ef56\ncd34cd34cd34\nab12ab12ab12\ndfec2fec9d07\n',
    );
  });

  it('adds the SIZE column with -s (writable layer, virtual with the image)', async () => {
    const r = await ps({ size: true });
    expect(r.stdout.split('\n')[0]!.endsWith('NAMES     SIZE')).toBe(true);
    expect(r.stdout).toContain('   web       1.09kB (virtual 192MB)\n');
    expect(r.stdout).toContain('   pause     0B (virtual 192MB)\n');
  });

  it('prints whole IDs and commands with --no-trunc', async () => {
    const r = await ps({ 'no-trunc': true });
    expect(r.stdout).toContain(
      `${IDS.web}   nginx     "/docker-entrypoint.sh nginx -g 'daemon off;'"   `,
    );
  });

  it('keeps the n last created containers with -n, the last one with -l', async () => {
    const two = await ps({ last: 2 });
    expect(
      two.stdout
        .split('\n')
        .slice(1, 3)
        .map((l) => l.slice(-6).trim()),
    ).toEqual(['pause', 'cree']);
    const latest = await ps({ latest: true, quiet: true });
    expect(latest.stdout).toBe('ef56ef56ef56\n');
  });

  it('formats each container as one JSON object per line, keys sorted, HTML escaped (ps-format-json)', async () => {
    const r = await ps({ format: 'json' });
    const web = r.stdout.split('\n')[1];
    expect(web).toBe(
      '{"Command":"\\"/docker-entrypoint.…\\"","CreatedAt":"2026-11-27 19:32:05 +0000 UTC","ID":"dfec2fec9d07","Image":"nginx",' +
        '"Labels":"maintainer=NGINX Docker Maintainers \\u003cdocker-maint@nginx.com\\u003e","LocalVolumes":"0","Mounts":"","Names":"web",' +
        '"Networks":"bridge","Platform":null,"Ports":"0.0.0.0:8080-\\u003e80/tcp, [::]:8080-\\u003e80/tcp","RunningFor":"55 seconds ago",' +
        '"Size":"0B","State":"running","Status":"Up 54 seconds"}',
    );
  });

  it('renders table templates with their own header, and plain templates line by line', async () => {
    expect((await ps({ format: 'table {{.ID}}\\t{{.Status}}' })).stdout).toBe(
      'CONTAINER ID   STATUS\nef56ef56ef56   Up 29 seconds (Paused)\ndfec2fec9d07   Up 54 seconds\n',
    );
    expect((await ps({ format: '{{.Names}}', all: true })).stdout).toBe(
      'pause\ncree\nsortie\nweb\n',
    );
    expect(
      (await ps({ format: 'table {{.Names}}\\t{{.Image}}\\t{{.Ports}}\\t{{.State}}', all: true }))
        .stdout,
    ).toBe(
      'NAMES     IMAGE     PORTS                                     STATE\n' +
        'pause     nginx     80/tcp                                    paused\n' +
        'cree      busybox                                             created\n' +
        'sortie    busybox                                             exited\n' +
        'web       nginx     0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   running\n',
    );
    expect(
      (await ps({ format: '{{.Label "maintainer"}}|{{.CreatedAt}}', latest: true })).stdout,
    ).toBe('NGINX Docker Maintainers <docker-maint@nginx.com>|2026-11-27 19:32:30 +0000 UTC\n');
  });

  it('requests sizes itself when a template uses .Size', async () => {
    expect((await ps({ format: '{{.Names}} {{.Size}}', latest: true })).stdout).toBe(
      'pause 0B (virtual 192MB)\n',
    );
    expect((await ps({ format: '{{.Names}} {{.Size}}', latest: true, size: false })).stdout).toBe(
      'pause 0B\n',
    );
  });

  it('reports template errors as the CLI does (ps-format-bad)', async () => {
    expect(await ps({ format: '{{.Nope}}' })).toEqual({
      stdout: '',
      stderr:
        'failed to execute template: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext\n',
      code: 1,
    });
    const parse = await ps({ format: '{{.Names' });
    expect(parse.stderr).toMatch(/^failed to parse template: template: :1: /);
    expect(parse.code).toBe(1);
  });

  it('warns when --format and --quiet are both given', async () => {
    const r = await ps({ format: '{{.Names}}', quiet: true, latest: true });
    expect(r).toEqual({
      stdout: 'ef56ef56ef56\n',
      stderr: 'WARNING: Ignoring custom format, because both --format and --quiet are set.\n',
      code: 0,
    });
  });
});

describe('docker ps --filter', () => {
  const names = async (
    filter: string[],
    extra: Record<string, boolean> = {},
    engine = sampleEngine(),
  ) =>
    (await ps({ filter, format: '{{.Names}}', ...extra }, engine)).stdout
      .split('\n')
      .filter(Boolean);

  it('status implies -a; name and id match as in the daemon', async () => {
    expect(await names(['status=exited'])).toEqual(['sortie']);
    expect(await names(['status=created'])).toEqual(['cree']);
    expect(await names(['status=paused', 'status=running'])).toEqual(['pause', 'web']);
    expect(await names(['name=e'], { all: true })).toEqual(['pause', 'cree', 'sortie', 'web']);
    expect(await names(['name=^/we'], { all: true })).toEqual(['web']);
    expect(await names(['id=ab12'], { all: true })).toEqual(['sortie']);
  });

  it('exited, ancestor, before, since, label, publish, expose, network, health, is-task', async () => {
    expect(await names(['exited=3'], { all: true })).toEqual(['sortie']);
    expect(await names(['exited=0'], { all: true })).toEqual([]);
    expect(await names(['ancestor=busybox'], { all: true })).toEqual(['cree', 'sortie']);
    expect(await names(['ancestor=nope'], { all: true })).toEqual([]);
    expect(await names(['before=cree'], { all: true })).toEqual(['sortie', 'web']);
    expect(await names(['since=sortie'], { all: true })).toEqual(['pause', 'cree']);
    expect(await names(['label=maintainer'], { all: true })).toEqual(['pause', 'web']);
    expect(await names(['publish=8080'])).toEqual(['web']);
    expect(await names(['expose=80/tcp'])).toEqual(['pause', 'web']);
    expect(await names(['expose=79-81'])).toEqual(['pause', 'web']);
    expect(await names(['publish=8000-8100'])).toEqual(['web']);
    expect(await names(['network=bridge'], { all: true })).toEqual([
      'pause',
      'cree',
      'sortie',
      'web',
    ]);
    expect(await names(['health=none'])).toEqual(['pause', 'web']);
    expect(await names(['is-task=true'])).toEqual([]);
    expect(await names(['is-task=false'])).toEqual(['pause', 'web']);
  });

  it('matches volumes by name or destination', async () => {
    const state = sampleState();
    state.volumes.donnees = {
      name: 'donnees',
      driver: 'local',
      created: T0,
      labels: {},
      anonymous: false,
      files: {},
    };
    addContainer(state, {
      id: '9'.repeat(63) + 'a',
      name: 'avecvolume',
      image: 'busybox',
      created: T0 + 40_000,
      status: 'created',
      mounts: [{ type: 'volume', source: 'donnees', target: '/data', readOnly: false }],
    });
    const engine = createEngine({ state });
    expect(await names(['volume=donnees'], { all: true }, engine)).toEqual(['avecvolume']);
    expect(await names(['volume=/data'], { all: true }, engine)).toEqual(['avecvolume']);
    expect(
      (
        await ps(
          { format: '{{.Mounts}} {{.LocalVolumes}}', filter: ['name=avecvolume'], all: true },
          engine,
        )
      ).stdout,
    ).toBe('donnees 1\n');
  });

  it('answers bad filters with the daemon errors (ps-filter-bad), and a missing "=" as a flag error', async () => {
    expect(await ps({ filter: ['foo=bar'] })).toEqual({
      stdout: '',
      stderr: "Error response from daemon: invalid filter 'foo'\n",
      code: 1,
    });
    expect((await ps({ filter: ['status=dormant'] })).stderr).toBe(
      "Error response from daemon: invalid filter 'status=dormant'\n",
    );
    expect((await ps({ filter: ['exited=abc'] })).stderr).toBe(
      'Error response from daemon: strconv.Atoi: parsing "abc": invalid syntax\n',
    );
    expect((await ps({ filter: ['health=good'] })).stderr).toBe(
      'Error response from daemon: Unrecognised filter value for health: good\n',
    );
    expect((await ps({ filter: ['before=fantome'] })).stderr).toBe(
      'Error response from daemon: no such container fantome\n',
    );
    expect((await ps({ filter: ['publish=80:80'] })).stderr).toBe(
      "Error response from daemon: filter for 'publish' should not contain ':': 80:80\n",
    );
    expect(await ps({ filter: ['status'] })).toEqual({
      stdout: '',
      stderr:
        'invalid argument "status" for "-f, --filter" flag: bad format of filter (expected name=value)\n\n' +
        "Usage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n",
      code: 125,
    });
  });
});

describe('docker ps statuses and columns', () => {
  it('words health, restarting and removal as the daemon does', async () => {
    const state = createEngine({ now: T0 }).toSnapshot();
    addContainer(state, {
      id: '1'.repeat(63) + 'a',
      name: 'demarre',
      image: 'nginx',
      created: T0,
      status: 'running',
      startedAt: T0,
      health: { status: 'starting', failingStreak: 0, log: [], nextCheckAt: T0 },
    });
    addContainer(state, {
      id: '2'.repeat(63) + 'a',
      name: 'malade',
      image: 'nginx',
      created: T0 + 1,
      status: 'running',
      startedAt: T0,
      health: { status: 'unhealthy', failingStreak: 3, log: [], nextCheckAt: T0 },
    });
    addContainer(state, {
      id: '3'.repeat(63) + 'a',
      name: 'boucle',
      image: 'busybox',
      created: T0 + 2,
      status: 'restarting',
      startedAt: T0,
      finishedAt: T0 + 500,
      exitCode: 1,
    });
    addContainer(state, {
      id: '4'.repeat(63) + 'a',
      name: 'mort',
      image: 'busybox',
      created: T0 + 3,
      status: 'dead',
      startedAt: T0,
      finishedAt: T0,
    });
    state.now = T0 + 90_000;
    const r = await ps(
      { all: true, format: '{{.Names}}: {{.Status}} / {{.RunningFor}}' },
      createEngine({ state }),
    );
    expect(r.stdout).toBe(
      'mort: Dead / About a minute ago\n' +
        'boucle: Restarting (1) About a minute ago / About a minute ago\n' +
        'malade: Up About a minute (unhealthy) / About a minute ago\n' +
        'demarre: Up About a minute (health: starting) / About a minute ago\n',
    );
  });

  it('shows the short image ID once the tag the container was created from points elsewhere', async () => {
    const state = sampleState();
    const web = state.containers[IDS.web]!;
    state.tags['nginx:latest'] = state.tags['busybox:latest']!;
    const r = await ps({ format: '{{.Image}}', filter: ['name=web'] }, createEngine({ state }));
    expect(r.stdout).toBe(`${web.imageId.slice(0, 12)}\n`);
  });

  it('counts CREATED from whole seconds, as the API gives them', async () => {
    const state = createEngine({ now: T0 }).toSnapshot();
    addContainer(state, {
      id: '5'.repeat(63) + 'a',
      name: 'juste',
      image: 'busybox',
      created: T0 + 900,
      status: 'created',
    });
    state.now = T0 + 1_100;
    expect(
      (await ps({ all: true, format: '{{.RunningFor}}' }, createEngine({ state }))).stdout,
    ).toBe('1 second ago\n');
  });
});

describe('docker ps through the docker entry point', () => {
  it('answers every alias with the same list, after real lifecycle commands', async () => {
    const { createEngine: create, dockerRun } = await import('./test-kit.ts');
    const engine = create({ now: T0 });
    await dockerRun(engine, ['run', '-d', '--name', 'web', '-p', '8080:80', 'nginx']);
    await dockerRun(engine, ['create', '--name', 'cycle', 'nginx']);
    engine.advanceBy(3000);
    const a = await dockerRun(engine, [
      'ps',
      '-a',
      '--format',
      '{{.Names}} {{.State}} {{.Status}}',
    ]);
    expect(a).toEqual({
      stdout: 'cycle created Created\nweb running Up 3 seconds\n',
      stderr: '',
      exitCode: 0,
    });
    for (const path of [
      ['container', 'ls'],
      ['container', 'ps'],
      ['container', 'list'],
    ]) {
      expect(
        (await dockerRun(engine, [...path, '-a', '--format', '{{.Names}} {{.State}} {{.Status}}']))
          .stdout,
      ).toBe(a.stdout);
    }
    expect((await dockerRun(engine, ['ps', '--filter', 'status=created', '-q'])).stdout).toMatch(
      /^[0-9a-f]{12}\n$/,
    );
    expect(await dockerRun(engine, ['ps', '--filter', 'foo=bar'])).toEqual({
      stdout: '',
      stderr: "Error response from daemon: invalid filter 'foo'\n",
      exitCode: 1,
    });
  });
});
