// Replays reference records in order through the host shell, on the records' clock, and scores each one.
import { readFileSync } from 'node:fs';
import type { CliCommand } from '../../src/cli/contract.ts';
import { passTime, runToCompletion, settle } from '../../src/shell/driver.ts';
import {
  createMachine,
  type Machine,
  type MachineOptions,
  type RunningLine,
} from '../../src/shell/machine.ts';
import { compareOutcome, newFileMaps, type Outcome } from './compare.ts';
import {
  REFERENCE_DIR,
  loadRecords,
  ptySize,
  scoringOf,
  ttyInput,
  type Scoring,
  type TranscriptRecord,
} from './records.ts';

export interface RecordResult {
  file: string;
  id: string;
  section: string;
  mode: 'pipe' | 'tty';
  scoring: Scoring;
  /** Null when the record is not scored. */
  match: boolean | null;
  diff?: string;
  actual?: Outcome;
}

export interface HarnessOptions {
  /** A docker command to use instead of the project's (tests). */
  docker?: CliCommand;
  /** An engine to use instead of a fresh one (tests). */
  engine?: MachineOptions['engine'];
  /** Virtual time a pipe record may take before it is interrupted. */
  maxRecordMs?: number;
}

export const HARNESS_SEED = 1;

interface UnrecordedSteps {
  before: Record<string, Record<string, string[]>>;
}

/** Commands the recording ran between records without recording them (tests/reference/unrecorded-steps.json). */
function unrecordedSteps(path: string): Record<string, string[]> {
  const file = path.split('/').pop() ?? path;
  const steps = JSON.parse(
    readFileSync(REFERENCE_DIR + 'unrecorded-steps.json', 'utf8'),
  ) as UnrecordedSteps;
  return steps.before[file] ?? {};
}

/** Runs a command for its effect only (no output kept), to completion. */
async function runQuietly(machine: Machine, command: string): Promise<void> {
  const running = machine.runLine(command, {
    columns: 80,
    rows: 24,
    stdoutIsTTY: false,
    stdinIsTTY: false,
  });
  const out = collect(running);
  await runToCompletion(machine, running, { maxVirtualMs: 60_000 });
  if (!running.done()) running.interrupt();
  await out;
}

/** The images the file's first `docker images` record lists, as `repo:tag` (the start state). */
export function startImages(records: TranscriptRecord[]): string[] {
  const images = records.find(
    (r) => /^docker (images|image ls)$/.test(r.command.trim()) && !r.withheld,
  );
  if (!images) return [];
  return images.stdout
    .split('\n')
    .slice(1)
    .map((l) => l.split(/\s+/))
    .filter((cells) => cells.length >= 2 && cells[0] !== '')
    .map((cells) => `${cells[0]}:${cells[1]}`);
}

/** Both streams apart, and what a terminal shows (both in arrival order). */
async function collect(
  running: RunningLine,
): Promise<{ stdout: string; stderr: string; screen: string }> {
  let stdout = '';
  let stderr = '';
  let screen = '';
  for await (const chunk of running.output) {
    screen += chunk.data;
    if (chunk.stream === 'stderr') stderr += chunk.data;
    else stdout += chunk.data;
  }
  return { stdout, stderr, screen };
}

async function runPipe(machine: Machine, r: TranscriptRecord, maxMs: number): Promise<Outcome> {
  const running = machine.runLine(r.command, {
    columns: 80,
    rows: 24,
    stdoutIsTTY: false,
    stdinIsTTY: false,
    stdin: '',
  });
  const out = collect(running);
  const result = await runToCompletion(machine, running, { maxVirtualMs: maxMs });
  if (result.state !== 'ended') {
    running.interrupt();
    await runToCompletion(machine, running, { maxVirtualMs: 60_000 });
  }
  const { stdout, stderr } = await out;
  const exitCode = running.done() ? await running.exitCode : null;
  return {
    stdout,
    stderr:
      result.state === 'ended' ? stderr : stderr + `[harness : pas terminé (${result.state})]\n`,
    exitCode,
  };
}

async function runTty(machine: Machine, r: TranscriptRecord): Promise<Outcome> {
  const { columns, rows } = ptySize(r.notes);
  const running = machine.runLine(r.command, {
    columns,
    rows,
    stdoutIsTTY: true,
    stdinIsTTY: true,
  });
  const out = collect(running);
  for (const action of ttyInput(r.notes)) {
    if (running.done()) break;
    if (action.kind === 'sleep') await passTime(machine, action.ms);
    else if (action.kind === 'type') running.write(action.data);
    else {
      // A command the recording ran on the host meanwhile (e.g. curl): run it without disturbing the TTY.
      await settle();
    }
  }
  let result = await runToCompletion(machine, running, {
    maxVirtualMs: 60_000,
    stopOnInput: false,
  });
  if (result.state !== 'ended') {
    running.interrupt();
    result = await runToCompletion(machine, running, { maxVirtualMs: 60_000, stopOnInput: false });
  }
  const { screen } = await out;
  return { stdout: screen, stderr: '', exitCode: running.done() ? await running.exitCode : null };
}

/** Replays one transcript file on a fresh machine and scores its records. */
export async function runFile(path: string, options: HarnessOptions = {}): Promise<RecordResult[]> {
  const records = loadRecords(path);
  const first = records[0];
  const start = first ? Date.parse(first.started_at) - 1000 : 0;
  const images = startImages(records);
  const machine = createMachine({
    now: start,
    seed: HARNESS_SEED,
    docker: options.docker,
    engine: options.engine,
    ...(images.length > 0 ? { presentTags: images } : {}),
  });
  await machine.ready();
  const maps = newFileMaps();
  const setup = unrecordedSteps(path);
  const results: RecordResult[] = [];
  for (const r of records) {
    const scoring = scoringOf(r);
    const base = { file: path, id: r.id, section: r.section, mode: r.mode, scoring };
    if (scoring === 'nodaemon') {
      results.push({ ...base, match: null });
      continue;
    }
    const at = Date.parse(r.started_at);
    const before = setup[r.id];
    if (before) {
      if (at - 300 > machine.engine.now()) await passTime(machine, at - 300 - machine.engine.now());
      for (const command of before) await runQuietly(machine, command);
    }
    if (at > machine.engine.now()) await passTime(machine, at - machine.engine.now());
    const actual =
      r.mode === 'tty'
        ? await runTty(machine, r)
        : await runPipe(machine, r, options.maxRecordMs ?? 600_000);
    if (scoring !== 'scored') {
      results.push({ ...base, match: null, actual });
      continue;
    }
    const cmp = compareOutcome(
      { stdout: r.stdout, stderr: r.stderr, exitCode: r.exit_code },
      actual,
      maps,
    );
    results.push({ ...base, match: cmp.match, diff: cmp.match ? undefined : cmp.diff, actual });
  }
  return results;
}
