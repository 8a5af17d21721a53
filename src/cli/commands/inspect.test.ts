// `docker inspect` and its typed forms through the docker entry point, against the records' formats.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/index.ts';
import { T0 } from '../views/test-state.ts';
import { createEngine, dockerRun } from './test-kit.ts';

let engine: Engine;
const docker = (...argv: string[]) => dockerRun(engine, argv);

beforeAll(async () => {
  engine = createEngine({ now: T0 });
  for (const argv of [
    ['run', '-d', '--name', 'web', '-p', '8080:80', 'nginx'],
    [
      'run',
      '-d',
      '--name',
      'web-prod',
      '-e',
      'APP_ENV=production',
      '--memory',
      '256m',
      '--cpus',
      '0.5',
      '--restart',
      'unless-stopped',
      'nginx',
    ],
    ['run', '--name', 'interactif', 'busybox', 'true'],
  ]) {
    const r = await dockerRun(engine, argv);
    if (r.exitCode !== 0) throw new Error(r.stderr);
  }
});

describe('docker inspect', () => {
  it('prints the full JSON array, four-space indented (inspect-container)', async () => {
    const r = await docker('inspect', 'web');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith('[\n    {\n        "Id": "')).toBe(true);
    expect(r.stdout.endsWith('\n        }\n    }\n]\n')).toBe(true);
    const [obj] = JSON.parse(r.stdout) as {
      Name: string;
      Config: { Labels: Record<string, string> };
    }[];
    expect(obj!.Name).toBe('/web');
    expect(r.stdout).toContain('"maintainer": "NGINX Docker Maintainers <docker-maint@nginx.com>"');
  });

  it('escapes <, > and & in image JSON as the daemon does (inspect-image)', async () => {
    const r = await docker('image', 'inspect', 'nginx');
    expect(r.stdout).toContain(
      '"maintainer": "NGINX Docker Maintainers \\u003cdocker-maint@nginx.com\\u003e"',
    );
    expect(r.stdout).toContain('"RepoTags": [\n            "nginx:latest"\n        ],');
  });

  it('runs --format templates over the typed object (the records of the inspect section)', async () => {
    expect((await docker('inspect', '--format', '{{.State.Status}}', 'web')).stdout).toBe(
      'running\n',
    );
    expect(
      (await docker('inspect', '-f', '{{.State.Status}} {{.State.ExitCode}}', 'interactif')).stdout,
    ).toBe('exited 0\n');
    expect(
      (await docker('inspect', '--format', '{{.NetworkSettings.IPAddress}}', 'web')).stdout,
    ).toMatch(/^172\.17\.0\.\d+\n$/);
    expect(
      (
        await docker(
          'inspect',
          '--format',
          '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}',
          'web',
        )
      ).stdout,
    ).toMatch(/^172\.17\.0\.\d+\n$/);
    expect((await docker('inspect', '--format', '{{.Name}}', 'web')).stdout).toBe('/web\n');
    expect(
      (
        await docker(
          'inspect',
          '--format',
          '{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{.HostConfig.RestartPolicy.Name}}',
          'web-prod',
        )
      ).stdout,
    ).toBe('268435456 500000000 unless-stopped\n');
    expect(
      (await docker('inspect', '--format', '{{json .NetworkSettings.Ports}}', 'web')).stdout,
    ).toBe(
      '{"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"},{"HostIp":"::","HostPort":"8080"}]}\n',
    );
    expect(
      (await docker('inspect', '--format', '{{.Name}} {{.State.Running}}', 'web', 'web-prod'))
        .stdout,
    ).toBe('/web true\n/web-prod true\n');
    const state = (await docker('inspect', '--format', '{{json .State}}', 'web')).stdout;
    expect(state).toMatch(
      /^\{"Status":"running","Running":true,"Paused":false,"Restarting":false,"OOMKilled":false,"Dead":false,"Pid":\d+,"ExitCode":0,"Error":"","StartedAt":"[^"]+","FinishedAt":"0001-01-01T00:00:00Z"\}\n$/,
    );
  });

  it('prints Go values as Go does: slices, maps, empty structs, zero values of typed maps', async () => {
    expect(
      (
        await docker(
          'image',
          'inspect',
          '--format',
          '{{.Config.Cmd}} {{.Config.Entrypoint}} {{.Config.ExposedPorts}}',
          'nginx',
        )
      ).stdout,
    ).toBe('[nginx -g daemon off;] [/docker-entrypoint.sh] map[80/tcp:{}]\n');
    expect(
      (
        await docker(
          'inspect',
          '--format',
          '{{.Config.Entrypoint}}|{{.Config.ExposedPorts}}|{{index .Config.Labels "x"}}|',
          'interactif',
        )
      ).stdout,
    ).toBe('[]|map[]||\n');
    expect((await docker('inspect', '--format', '{{json .Config.Labels}}', 'web')).stdout).toBe(
      '{"maintainer":"NGINX Docker Maintainers <docker-maint@nginx.com>"}\n',
    );
  });

  it('falls back to the raw JSON for a missing field, with its error (inspect-bad-template)', async () => {
    expect(await docker('inspect', '--format', '{{.State.Nope}}', 'web')).toEqual({
      stdout: '\n',
      stderr:
        'template parsing error: template: :1:8: executing "" at <.State.Nope>: map has no entry for key "Nope"\n',
      exitCode: 1,
    });
    const unparsable = await docker('inspect', '--format', '{{.Name', 'web');
    expect(unparsable).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: :1: unclosed action\n',
      exitCode: 64,
    });
  });

  it('gives [] and the error of each form for a missing object (inspect-missing and co)', async () => {
    expect(await docker('inspect', 'inexistant')).toEqual({
      stdout: '[]\n',
      stderr: 'Error: No such object: inexistant\n',
      exitCode: 1,
    });
    expect(await docker('container', 'inspect', 'inexistant')).toEqual({
      stdout: '[]\n',
      stderr: 'Error response from daemon: No such container: inexistant\n',
      exitCode: 1,
    });
    expect(await docker('image', 'inspect', 'inexistant')).toEqual({
      stdout: '[]\n',
      stderr: 'Error response from daemon: No such image: inexistant:latest\n',
      exitCode: 1,
    });
    const mixed = await docker('inspect', '--format', '{{.Name}}', 'web', 'fantome');
    expect(mixed).toEqual({
      stdout: '/web\n',
      stderr: 'Error: No such object: fantome\n',
      exitCode: 1,
    });
  });

  it('finds images, networks and volumes too, and honours --type', async () => {
    expect(
      (await docker('inspect', '--format', '{{.Os}}/{{.Architecture}}', 'busybox')).stdout,
    ).toBe('linux/amd64\n');
    expect((await docker('inspect', '--format', '{{.Driver}} {{.Scope}}', 'bridge')).stdout).toBe(
      'bridge local\n',
    );
    expect((await docker('inspect', '--type', 'container', 'nginx')).stderr).toBe(
      'Error response from daemon: No such container: nginx\n',
    );
    expect((await docker('inspect', '--type', 'volume', 'web')).stderr).toBe(
      'Error response from daemon: get web: no such volume\n',
    );
    expect(await docker('inspect', '--type', 'bidule', 'web')).toEqual({
      stdout: '',
      stderr: '"bidule" is not a valid value for --type\n',
      exitCode: 1,
    });
    expect((await docker('inspect', '--type', 'service', 'web')).stderr).toMatch(
      /^Error response from daemon: This node is not a swarm manager\./,
    );
  });

  it('adds sizes with -s, with a warning for objects that have none', async () => {
    const r = await docker(
      'inspect',
      '-s',
      '--format',
      '{{.SizeRw}} {{.SizeRootFs}}',
      'interactif',
    );
    expect(r.stdout).toMatch(/^\d+ \d+\n$/);
    const img = await docker('inspect', '-s', '--format', '{{.Id}}', 'busybox');
    expect(img.stderr).toBe('WARNING: --size ignored for image\n');
    expect((await docker('inspect', '--format', '{{.SizeRw}}', 'web')).stdout).toBe('<nil>\n');
  });

  it('prints compact JSON with --format json', async () => {
    const r = await docker('inspect', '--format', 'json', 'web', 'nginx');
    expect(r.stdout.startsWith('[{"Id":"')).toBe(true);
    expect(r.stdout).toContain('},{"Id":"sha256:');
    expect(r.stdout.endsWith('}]\n')).toBe(true);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(2);
  });
});

describe('docker inspect of absent optional fields', () => {
  it('prints <nil> for nil pointers the JSON leaves out, as the typed object does', async () => {
    expect(
      (
        await docker(
          'inspect',
          '--format',
          '{{.State.Health}}|{{.Config.Healthcheck}}|{{.HostConfig.Init}}',
          'web',
        )
      ).stdout,
    ).toBe('<nil>|<nil>|<nil>\n');
    expect((await docker('inspect', 'web')).stdout).not.toContain('"Health"');
  });
});
