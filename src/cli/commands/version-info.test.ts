// `docker version` and `docker info`: the recorded layout, this machine's values, counts from state.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/index.ts';
import { runCommand, sampleEngine, T0 } from '../views/test-state.ts';
import { command as info } from './info.ts';
import { command as version } from './version.ts';

const VERSION = `Client:
 Version:           28.2.2
 API version:       1.50
 Go version:        go1.24.3
 Git commit:        e6534b4
 Built:             Fri May 30 12:07:14 2025
 OS/Arch:           linux/amd64
 Context:           default

Server:
 Engine:
  Version:          28.5.2+dfsg4
  API version:      1.51 (minimum version 1.24)
  Go version:       go1.27.1
  Git commit:       3ef3c07c883be49a2e8097bcf6d2952fce1d70eb
  Built:            Tue Sep 15 11:02:57 2026
  OS/Arch:          linux/amd64
  Experimental:     false
 containerd:
  Version:          2.1.9+unknown
  GitCommit:        
 runc:
  Version:          1.1.5+ds1
  GitCommit:        1.1.5+ds1-1+deb12u1
 docker-init:
  Version:          0.19.0
  GitCommit:        
`;

describe('docker version', () => {
  it('prints the client and server blocks as recorded (version)', async () => {
    expect(await runCommand(version, sampleEngine(), ['version'])).toEqual({
      stdout: VERSION,
      stderr: '',
      code: 0,
    });
  });

  it('runs --format over versionInfo (version-format)', async () => {
    const run = (format: string) => runCommand(version, sampleEngine(), ['version'], { format });
    expect((await run('{{.Server.Version}}')).stdout).toBe('28.5.2+dfsg4\n');
    expect(
      (await run('{{.Client.Version}} {{.Client.APIVersion}} {{.Server.APIVersion}}')).stdout,
    ).toBe('28.2.2 1.50 1.51\n');
    const json = JSON.parse((await run('json')).stdout) as {
      Client: { ApiVersion: string };
      Server: { Components: { Name: string }[] };
    };
    expect(json.Client.ApiVersion).toBe('1.50');
    expect(json.Server.Components.map((c) => c.Name)).toEqual([
      'Engine',
      'containerd',
      'runc',
      'docker-init',
    ]);
    expect(await run('{{.Nope}}')).toEqual({
      stdout: '\n',
      stderr:
        'template: version:1:2: executing "version" at <.Nope>: can\'t evaluate field Nope in type system.versionInfo\n',
      code: 1,
    });
    expect((await run('{{.Nope')).code).toBe(64);
  });
});

describe('docker info', () => {
  it('prints the recorded layout with this machine and the counts of the state', async () => {
    const r = await runCommand(info, sampleEngine(), ['info']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '\nServer:\n Containers: 4\n  Running: 1\n  Paused: 1\n  Stopped: 2\n Images: ',
    );
    expect(r.stdout).toContain('\n Name: cours\n');
    expect(r.stdout).toContain('\n Docker Root Dir: /var/lib/docker\n');
    expect(r.stdout).toContain('\n CPUs: 2\n Total Memory: 7.657GiB\n');
    expect(
      r.stdout.startsWith(
        'Client:\n Version:    28.2.2\n Context:    default\n Debug Mode: false\n Plugins:\n  buildx: Docker Buildx (Docker Inc.)\n',
      ),
    ).toBe(true);
    expect(
      r.stdout.endsWith(
        ' Insecure Registries:\n  ::1/128\n  127.0.0.0/8\n Live Restore Enabled: false\n\n',
      ),
    ).toBe(true);
  });

  it('runs --format over the info (info-format)', async () => {
    const empty = createEngine({ now: T0 });
    const images = Object.keys(empty.state.images).length;
    expect(
      (
        await runCommand(info, empty, ['info'], {
          format: '{{.ServerVersion}} {{.Containers}} {{.Images}}',
        })
      ).stdout,
    ).toBe(`28.5.2+dfsg4 0 ${images}\n`);
    const r = await runCommand(info, sampleEngine(), ['info'], {
      format:
        '{{.Name}} {{.NCPU}} {{.ContainersRunning}} {{.ClientInfo.Version}} {{len .ClientInfo.Plugins}}',
    });
    expect(r.stdout).toBe('cours 2 1 28.2.2 2\n');
    const json = JSON.parse(
      (await runCommand(info, sampleEngine(), ['info'], { format: 'json' })).stdout,
    ) as Record<string, unknown>;
    expect(json).toMatchObject({
      Name: 'cours',
      Containers: 4,
      DockerRootDir: '/var/lib/docker',
      CpuCfsPeriod: true,
    });
    expect(await runCommand(info, sampleEngine(), ['info'], { format: '{{.Nope}}' })).toEqual({
      stdout: '\n',
      stderr:
        'template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type system.dockerInfo\n',
      code: 1,
    });
  });
});
