// Test helpers: run a line of a machine to its end under virtual time, collecting what it writes.
import { runToCompletion, type DriveOptions } from './driver.ts';
import type { LineIO, Machine, RunningLine } from './machine.ts';

/** What a line wrote: each stream apart, and `screen`, both streams in the order they came. */
export interface LineOutput {
  stdout: string;
  stderr: string;
  screen: string;
}

/**
 * Collects a running line's output until it ends. Start it before driving the line (the output
 * must be read while the line runs) and await it once the line is done.
 */
export async function drainOutput(running: RunningLine): Promise<LineOutput> {
  const out: LineOutput = { stdout: '', stderr: '', screen: '' };
  for await (const c of running.output) {
    if (c.stream === 'stdout') out.stdout += c.data;
    else out.stderr += c.data;
    out.screen += c.data;
  }
  return out;
}

/** Runs `line` on `machine` to its end, fast-forwarding virtual time, and returns what it wrote. */
export async function runLine(
  machine: Machine,
  line: string,
  io: LineIO = { columns: 100, rows: 30 },
  drive: DriveOptions = {},
): Promise<{ stdout: string; stderr: string; exitCode: number; route: RunningLine['route'] }> {
  const running = machine.runLine(line, io);
  const output = drainOutput(running);
  await runToCompletion(machine, running, drive);
  const { stdout, stderr } = await output;
  return { stdout, stderr, exitCode: await running.exitCode, route: running.route };
}
