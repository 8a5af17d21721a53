// `docker port`: IPv4 and IPv6 lines, one port, missing ports and containers (the observe section's records).
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
    ['run', '-d', '--name', 'webp', '-P', 'nginx'],
    ['run', '-d', '--name', 'web-prod', 'nginx'],
    [
      'run',
      '-d',
      '--name',
      'multi',
      '-p',
      '127.0.0.1:9000:9000',
      '-p',
      '8443:443',
      '-p',
      '5353:53/udp',
      'nginx',
    ],
  ]) {
    const r = await dockerRun(engine, argv);
    if (r.exitCode !== 0) throw new Error(r.stderr);
  }
});

describe('docker port', () => {
  it('lists every mapping, IPv4 then IPv6 (port, port-P)', async () => {
    expect(await docker('port', 'web')).toEqual({
      stdout: '80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await docker('port', 'webp')).stdout).toMatch(
      /^80\/tcp -> 0\.0\.0\.0:(\d+)\n80\/tcp -> \[::\]:\1\n$/,
    );
    expect((await docker('container', 'port', 'web')).stdout).toBe(
      '80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n',
    );
  });

  it('sorts lines naturally across ports and protocols', async () => {
    expect((await docker('port', 'multi')).stdout).toBe(
      '53/udp -> 0.0.0.0:5353\n53/udp -> [::]:5353\n443/tcp -> 0.0.0.0:8443\n443/tcp -> [::]:8443\n9000/tcp -> 127.0.0.1:9000\n',
    );
  });

  it('gives the host addresses of one port, tcp by default (port-80, port-80tcp)', async () => {
    expect((await docker('port', 'web', '80')).stdout).toBe('0.0.0.0:8080\n[::]:8080\n');
    expect((await docker('port', 'web', '80/tcp')).stdout).toBe('0.0.0.0:8080\n[::]:8080\n');
    expect((await docker('port', 'multi', '53/udp')).stdout).toBe('0.0.0.0:5353\n[::]:5353\n');
  });

  it('prints nothing for a container without published ports, and the CLI errors otherwise', async () => {
    expect(await docker('port', 'web-prod')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(await docker('port', 'web-prod', '80')).toEqual({
      stdout: '',
      stderr: "Error: No public port '80' published for web-prod\n",
      exitCode: 1,
    });
    expect((await docker('port', 'web', '80/udp')).stderr).toBe(
      "Error: No public port '80/udp' published for web\n",
    );
    expect((await docker('port', 'web', 'http')).stderr).toBe(
      'Error: invalid port (http): strconv.ParseUint: parsing "http": invalid syntax\n',
    );
    expect(await docker('port', 'inexistant')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such container: inexistant\n',
      exitCode: 1,
    });
  });

  it('forgets the mappings of a stopped container', async () => {
    await docker('stop', 'web');
    expect(await docker('port', 'web')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
});
