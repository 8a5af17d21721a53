// Tests of the harness on a small synthetic transcript, with a stand-in docker command.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeDocker, fakeEngine } from '../../src/shell/fakes.ts';
import { runFile } from './harness.ts';
import { summarize } from './summary.ts';

const rec = (id: string, command: string, stdout: string, extra: Record<string, unknown> = {}) => ({
  id,
  section: 'ps',
  command,
  stdout,
  stderr: '',
  exit_code: 0,
  notes: '',
  mode: 'pipe',
  started_at: '2026-11-27T19:31:54.000Z',
  duration_ms: 10,
  ...extra,
});

describe('harness', () => {
  it('replays records in order with state carried over, scores only what is scored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fidelity-'));
    const file = join(dir, 'engine.jsonl');
    const records = [
      rec('run', 'docker run -d web', `${'f'.repeat(64)}\n`),
      rec('hidden', 'docker run -d db', '', {
        withheld: true,
        stdout: null,
        stderr: null,
        exit_code: null,
      }),
      rec('count', 'docker ps | wc -l', '2\n', { started_at: '2026-11-27T19:32:54.000Z' }),
      rec('wrong', 'docker ps -q', 'web\n'),
      rec('offline', 'docker pull nope', 'x', { notes: 'OFFLINE artefact' }),
      rec('nodaemon', 'docker ps', '', { section: 'nodaemon' }),
    ];
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const results = await runFile(file, {
      docker: fakeDocker,
      engine: fakeEngine(Date.parse('2026-11-27T19:31:50Z')),
    });
    expect(results.map((r) => [r.id, r.scoring, r.match])).toEqual([
      ['run', 'scored', true],
      ['hidden', 'withheld', null],
      ['count', 'scored', true],
      ['wrong', 'scored', false],
      ['offline', 'offline', null],
      ['nodaemon', 'nodaemon', null],
    ]);
    expect(results.find((r) => r.id === 'wrong')?.diff).toContain('+ "db"');
    const summary = summarize(results);
    expect(summary.total).toEqual({ matched: 2, scored: 3 });
    expect(summary.targets.engine).toMatchObject({ matched: 2, scored: 3 });
  });
});
