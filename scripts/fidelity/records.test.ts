// Tests of record handling: scoring classes, TTY input parsing, the start state.
import { describe, expect, it } from 'vitest';
import { startImages } from './harness.ts';
import {
  DEFAULT_FILES,
  loadRecords,
  ptySize,
  scoringOf,
  ttyInput,
  unescapePrintf,
} from './records.ts';

describe('records', () => {
  const engine = loadRecords(DEFAULT_FILES[0] as string);
  const client = loadRecords(DEFAULT_FILES[1] as string);

  it('are the complete copies of both reference files', () => {
    expect(engine).toHaveLength(311);
    expect(client).toHaveLength(158);
  });

  it('classifies what is scored', () => {
    const byId = (id: string) => engine.find((r) => r.id === id) ?? client.find((r) => r.id === id);
    expect(scoringOf(byId('ps-a-empty')!)).toBe('scored');
    expect(scoringOf(byId('ps-empty')!)).toBe('withheld');
    expect(scoringOf(byId('pull-missing-offline')!)).toBe('offline');
    expect(scoringOf(byId('attach-detach')!)).toBe('tty');
    expect(scoringOf(byId('nodaemon-ps')!)).toBe('nodaemon');
    expect(scoringOf(byId('version-nodaemon')!)).toBe('nodaemon');
  });

  it('reads the typed input of TTY records', () => {
    const r = engine.find((x) => x.id === 'attach-detach')!;
    expect(ptySize(r.notes)).toEqual({ columns: 100, rows: 30 });
    expect(ttyInput(r.notes)).toEqual([
      { kind: 'sleep', ms: 2000 },
      { kind: 'type', data: 'echo attache\r' },
      { kind: 'sleep', ms: 1000 },
      { kind: 'type', data: '\x10\x11' },
      { kind: 'sleep', ms: 1000 },
    ]);
    const fg = engine.find((x) => x.id === 'run-foreground-nginx')!;
    expect(ttyInput(fg.notes)).toContainEqual({
      kind: 'host',
      command: 'curl -s -o /dev/null http://localhost:8081/',
    });
    expect(ttyInput(fg.notes)).toContainEqual({ kind: 'type', data: '\x03' });
    expect(unescapePrintf('echo \\$HOSTNAME\\r')).toBe('echo $HOSTNAME\r');
  });

  it('derives the start images from the first docker images record', () => {
    expect(startImages(engine)).toEqual([
      'redis:latest',
      'nginx:latest',
      'busybox:latest',
      'alpine:latest',
      'hello-world:latest',
      'ubuntu:24.04',
      'ubuntu:latest',
      'debian:12',
      'debian:bookworm',
      'debian:latest',
    ]);
    expect(startImages(client)).toEqual([]);
  });
});
