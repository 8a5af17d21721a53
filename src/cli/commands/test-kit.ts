// Test helpers: run `docker` through its public entry point against an engine, collecting the output.
import { createEngine, type Engine } from '../../engine/index.ts';
import type { CliContext, InputStream } from '../contract.ts';
import { docker } from '../index.ts';
import { collect } from '../process.ts';

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function stdinOf(chunks: string[] = []): InputStream {
  const queue = [...chunks];
  return { read: async () => (queue.length ? (queue.shift() ?? null) : null) };
}

export function contextFor(engine: Engine, over: Partial<CliContext> = {}): CliContext {
  return {
    engine,
    stdin: stdinOf(),
    stdoutIsTTY: false,
    stdinIsTTY: false,
    columns: 80,
    rows: 24,
    signal: new AbortController().signal,
    env: { HOME: '/home/apprenant' },
    cwd: '/home/apprenant',
    ...over,
  };
}

/** Runs one docker command line; advances virtual time while it waits (as a terminal driver would). */
export async function dockerRun(
  engine: Engine,
  argv: string[],
  over: Partial<CliContext> = {},
): Promise<RunResult> {
  const proc = docker(argv, contextFor(engine, over));
  let settled = false;
  const result = collect(proc).finally(() => (settled = true));
  for (let i = 0; i < 10_000 && !settled; i++) {
    await new Promise((r) => setTimeout(r, 0));
    if (settled) break;
    const next = engine.nextWakeAt();
    if (next !== undefined) engine.advanceTo(next);
  }
  const r = await result;
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

export { createEngine };
