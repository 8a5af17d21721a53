// The CLI contract: a command takes argv plus a context and returns a running process.
import type { Engine } from '../engine/index.ts';

export type StreamName = 'stdout' | 'stderr';

export interface OutputChunk {
  stream: StreamName;
  data: string;
}

/** What a program reads from: typed lines or piped data, chunk by chunk, until end of input. */
export interface InputStream {
  /** Resolves with the next chunk, or null at end of input (Ctrl-D, closed pipe). */
  read(): Promise<string | null>;
}

export interface CliContext {
  engine: Engine;
  stdin: InputStream;
  /** Whether stdout is a terminal (a simple line at the prompt) or a pipe/capture (inside just-bash). */
  stdoutIsTTY: boolean;
  /** Whether stdin is a terminal: `-it` needs it. */
  stdinIsTTY: boolean;
  /** Terminal width in columns (80 when not a terminal). */
  columns: number;
  rows: number;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
  /** Environment of the calling shell (DOCKER_* variables, HOME…). */
  env: Record<string, string>;
  /** Working directory on the emulated host (for --env-file, cp, bind mounts). */
  cwd: string;
}

/** A running process: chunks on stdout and stderr over virtual time, then an exit code. */
export interface CliProcess {
  /** Every chunk, in order; the iteration ends when the process has exited. */
  output: AsyncIterable<OutputChunk>;
  /** Resolves with the exit code once all output has been produced. */
  exitCode: Promise<number>;
}

export type CliCommand = (argv: readonly string[], ctx: CliContext) => CliProcess;
