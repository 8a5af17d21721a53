// Chapter 4's examples (ports and curl, a volume's data, resource limits) play exactly as their committed transcripts (issue 6).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replay } from '../src/shell/replay.ts';
import { docker } from '../src/cli/index.ts';

const play = (name: string) =>
  replay(readFileSync(`tests/replay/${name}.sh`, 'utf8'), { columns: 100, rows: 30, docker });

describe('chapter 4 transcripts', () => {
  it('three-nginx.sh: three nginx answer on their ports, one killed while the others still answer', async () => {
    const screen = await play('three-nginx');
    expect(screen).toBe(readFileSync('tests/replay/three-nginx.expected.txt', 'utf8'));
    expect(screen).toContain('<title>Welcome to nginx!</title>');
    expect(screen).toContain('"GET / HTTP/1.1" 200 615 "-" "curl/7.88.1" "-"');
    expect(screen).toContain(
      "curl: (7) Failed to connect to localhost port 8081 after 0 ms: Couldn't connect to server",
    );
  }, 30_000);

  it('volume.sh: a volume keeps its data after its containers are gone', async () => {
    const screen = await play('volume');
    expect(screen).toBe(readFileSync('tests/replay/volume.expected.txt', 'utf8'));
    expect(screen.match(/^bonjour$/gm)).toHaveLength(2);
    expect(screen).toMatch(/remove mesdonnees: volume is in use - \[[0-9a-f]{64}\]/);
  }, 30_000);

  it('resources.sh: --memory 256m --cpus 0.5 seen in inspect and stats, then updated', async () => {
    const screen = await play('resources');
    expect(screen).toBe(readFileSync('tests/replay/resources.expected.txt', 'utf8'));
    expect(screen).toContain('Memory=268435456 NanoCpus=500000000');
    expect(screen).toMatch(/limite +0\.00% +\d+(\.\d+)?MiB \/ 256MiB/);
    expect(screen).toMatch(/boucle +50\.00%/);
  }, 30_000);
});
