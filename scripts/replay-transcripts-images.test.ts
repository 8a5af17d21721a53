// The chapter's ephemerality and anatomy examples play exactly as their committed transcripts (issue 5).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replay } from '../src/shell/replay.ts';
import { docker } from '../src/cli/index.ts';

const play = (name: string) =>
  replay(readFileSync(`tests/replay/${name}.sh`, 'utf8'), { columns: 100, rows: 30, docker });

describe('chapter 3.2 transcripts', () => {
  it('ephemeral.sh: test.txt made in one container is absent from the next', async () => {
    const screen = await play('ephemeral');
    expect(screen).toBe(readFileSync('tests/replay/ephemeral.expected.txt', 'utf8'));
    expect(screen).toContain("ls: cannot access 'test.txt': No such file or directory");
    expect(screen).toMatch(/root@[0-9a-f]{12}:\/# /);
  }, 30_000);

  it('anatomy.sh: history of the layers, diff of the R/W layer, gone with the container', async () => {
    const screen = await play('anatomy');
    expect(screen).toBe(readFileSync('tests/replay/anatomy.expected.txt', 'utf8'));
    expect(screen).toContain('Already exists');
    expect(screen).toContain('A /usr/share/nginx/html/bonjour.html');
    expect(screen).toContain('D /usr/share/nginx/html/50x.html');
  }, 30_000);
});
