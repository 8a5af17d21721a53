// Replays each tests/replay/*.sh and compares the terminal with its committed .expected.txt transcript.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replay } from '../src/shell/replay.ts';
import { docker } from '../src/cli/index.ts';

const DIR = 'tests/replay/';
const expectedOf = (script: string) => DIR + script.replace(/\.sh$/, '.expected.txt');
const scripts = readdirSync(DIR).filter((f) => f.endsWith('.sh'));

describe('replay transcripts', () => {
  it('has the chapter scripts, each with its transcript', () => {
    expect(scripts).toEqual(
      expect.arrayContaining([
        'lifecycle.sh',
        'logs.sh',
        'ephemeral.sh',
        'anatomy.sh',
        'three-nginx.sh',
        'volume.sh',
        'resources.sh',
      ]),
    );
    expect(scripts.filter((script) => !existsSync(expectedOf(script)))).toEqual([]);
  });

  for (const script of scripts) {
    it(`${script} plays exactly as its transcript`, async () => {
      const source = readFileSync(DIR + script, 'utf8');
      const expected = readFileSync(expectedOf(script), 'utf8');
      // The docker command is given rather than loaded lazily, so loading time cannot look like a wait.
      expect(await replay(source, { columns: 100, rows: 30, docker })).toBe(expected);
    }, 30_000);
  }
});
