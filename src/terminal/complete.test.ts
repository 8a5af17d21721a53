// Completion from a real machine: commands, docker paths, flags, names by state, files.
import { describe, expect, it } from 'vitest';
import { createMachine } from '../shell/machine.ts';
import { complete, formatCandidates } from './complete.ts';
import { completionSource } from './completion-source.ts';

async function setup(lines: string[] = []) {
  const machine = createMachine({ now: Date.UTC(2026, 0, 1), seed: 3, fixture: lines });
  await machine.ready();
  return async (line: string) => complete(line, line.length, await completionSource(machine));
}

describe('complete', () => {
  it('completes the first word from the host’s commands', async () => {
    const at = await setup();
    expect(await at('dock')).toMatchObject({ from: 0, text: 'docker ' });
    expect(await at('ls | gr')).toMatchObject({ from: 5, text: 'grep ' });
  });

  it('completes docker commands, management subcommands and long flags', async () => {
    const at = await setup();
    expect((await at('docker sto'))?.text).toBe('stop ');
    expect((await at('docker container ins'))?.text).toBe('inspect ');
    expect((await at('docker container l'))?.candidates).toEqual(['list', 'logs', 'ls']);
    expect((await at('docker ps --no-t'))?.text).toBe('--no-trunc ');
    expect((await at('docker run --rm --na'))?.text).toBe('--name ');
    const several = await at('docker st');
    expect(several?.candidates).toEqual(['start', 'stats', 'stop']);
  });

  it('offers container names by state, and image names after run', async () => {
    const at = await setup([
      'docker run -d --name marche nginx',
      'docker create --name arrete nginx',
    ]);
    expect((await at('docker stop '))?.candidates).toEqual(['marche']);
    expect((await at('docker start '))?.candidates).toEqual(['arrete']);
    expect((await at('docker rm '))?.candidates).toEqual(['arrete', 'marche']);
    expect((await at('docker run -d --name x ngi'))?.text).toMatch(/^nginx/);
    expect(await at('docker run nginx ec')).toBeUndefined();
  });

  it('completes paths from the host filesystem, directories with a slash', async () => {
    const at = await setup(['mkdir -p projet/src && touch projet/notes.txt']);
    expect((await at('cat pro'))?.text).toBe('projet/');
    expect((await at('cat projet/'))?.candidates).toEqual(['notes.txt', 'src/']);
    expect((await at('ls /et'))?.text).toBe('/etc/');
  });

  it('lays candidates out in columns', () => {
    expect(formatCandidates(['start', 'stats', 'stop'], 80)).toBe('start  stats  stop');
    expect(formatCandidates(['aaaa', 'bbbb', 'cccc'], 12).split('\r\n')).toEqual([
      'aaaa  cccc',
      'bbbb',
    ]);
  });
});
