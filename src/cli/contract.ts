// The CLI contract: a command takes argv plus a context and returns a running process.
import type { Engine, FsEntry } from '../engine/index.ts';

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
  /**
   * Terminal width in columns (80 when not a terminal). On a terminal, `columns` and `rows` follow its
   * resizes while the command runs: read them when drawing rather than keeping a copy.
   */
  columns: number;
  rows: number;
  /** Calls `listener` whenever the terminal is resized while the command runs; returns the unsubscribe. */
  onResize?: (listener: (columns: number, rows: number) => void) => () => void;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
  /** Environment of the calling shell (DOCKER_* variables, HOME…). */
  env: Record<string, string>;
  /** Working directory on the emulated host (for --env-file, cp, bind mounts). */
  cwd: string;
  /**
   * Whether the command may follow (stream until Ctrl-C). False inside just-bash, which returns
   * output only when the line ends: `logs -f`, `stats` without `--no-stream` and `events` then print
   * what exists and a French note on stderr saying that following needs the command on its own line.
   * Absent means true.
   */
  canFollow?: boolean;
  /**
   * Puts the host terminal in raw mode (true) or back to cooked mode (false), as the docker CLI does
   * for `-t` sessions and `attach` to a TTY container. Cooked: typed text is echoed and delivered a
   * line at a time ending in `\n`, Ctrl-C aborts `signal`, Ctrl-D ends stdin. Raw: stdin receives the
   * bytes as typed (Enter `\r`, Ctrl-C `\x03`, detach keys `\x10\x11`) and `signal` is not aborted.
   * Absent when stdin is not a terminal.
   */
  setRawMode?: (raw: boolean) => void;
  /**
   * Runs a program inside a container on the container's filesystem (`docker exec`, `docker run -it
   * IMAGE sh`): provided by the emulated machine (src/shell), absent where there is no shell. Its exit
   * code is the program's, or -1 when the user detached with Ctrl-P Ctrl-Q.
   */
  containerShell?: (req: ContainerShellRequest, ctx: CliContext) => CliProcess;
  /** The emulated host's filesystem, for `docker cp` (absent: cp says it is not available here). */
  hostFs?: HostFsPort;
}

/** A program to run in a container: what `docker exec` or an interactive `docker run` asks for. */
export interface ContainerShellRequest {
  containerId: string;
  /** argv as given after the container (`sh -c "…"`, `ls /`, `bash`). */
  argv: string[];
  /** Environment in order, `KEY=value`. */
  env: string[];
  /** Working directory ("" = the container's). */
  workdir: string;
  /** `-u` value ("" = the container's user). */
  user: string;
  tty: boolean;
  /** `-i`: stdin is kept open and read. */
  interactive: boolean;
  /** `main`: PID 1 of `run -it`; `exec`: a process started by `docker exec`. */
  role: 'main' | 'exec';
}

/** The host filesystem as `docker cp` sees it: whole trees by absolute path. */
export interface HostFsPort {
  /** The entry at `path` and everything under it (keyed by absolute path), or undefined if absent. */
  readTree(path: string): Promise<Record<string, FsEntry> | undefined>;
  /** Writes entries (keyed by absolute path, parents first). */
  writeTree(entries: Record<string, FsEntry>): Promise<void>;
  /** What is at `path` (symlinks followed). */
  kind(path: string): Promise<'file' | 'dir' | undefined>;
}

/** A running process: chunks on stdout and stderr over virtual time, then an exit code. */
export interface CliProcess {
  /** Every chunk, in order; the iteration ends when the process has exited. */
  output: AsyncIterable<OutputChunk>;
  /** Resolves with the exit code once all output has been produced. */
  exitCode: Promise<number>;
}

export type CliCommand = (argv: readonly string[], ctx: CliContext) => CliProcess;
