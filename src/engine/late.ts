// The engine's heavy parts (program simulators with the shell interpreter, healthcheck probes, HTTP), bound late: the browser's terminal shows
// its prompt without them and loads them (`loadLateParts`) before anything can run in a container.
import type { Core } from './core.ts';
import type { Container } from './types.ts';
import type { ShellState } from './programs/shell/vm.ts';
import type { Simulator } from './programs/types.ts';
import type { HttpOutcome, HttpRequest, Origin } from './network/http.ts';
import type { ImageOps } from './images/ops.ts';
import type { FsOps } from './fs/ops.ts';

export interface ProbeResult {
  exitCode: number;
  output: string;
  durationMs: number;
}

export interface ToolRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface LateParts {
  /** The programs' simulators by kind (`shell`, `nginx`, `sleep`…; `unsimulated` for the rest). */
  simulators: ReadonlyMap<string, Simulator>;
  /** Runs a healthcheck probe to its end on a private clock. */
  runProbe(core: Core, c: Container, argv: string[], timeoutMs: number): ProbeResult;
  /** Memory a shell program's state holds (its `sh` data). */
  shellMemory(sh: ShellState): number;
  /** One HTTP request from the host or a container. */
  exchange(core: Core, origin: Origin, req: HttpRequest): HttpOutcome | undefined;
  /** The engine's image API (pulls, the local store, rmi, tag, history, commit, disk usage). */
  createImageOps(core: Core): ImageOps;
  /** The engine's filesystem API (container layers, diff, cp, exec processes). */
  createFsOps(core: Core): FsOps;
  /** Docker's name generator's words (moby pkg/namesgenerator). */
  nameWords: { adjectives: readonly string[]; surnames: readonly string[] };
  /** `wget` or `curl` run in a container. */
  runTool(core: Core, c: Container, argv: string[], cwd: string): ToolRun;
}

let bound: LateParts | undefined;

export function bindLateParts(parts: LateParts): void {
  bound = parts;
}

/** Whether the heavy parts are there (always in Node, where the entry point binds them at once). */
export function latePartsLoaded(): boolean {
  return bound !== undefined;
}

/** The heavy parts; a caller that runs before `loadLateParts()` has resolved is a bug. */
export function lateParts(): LateParts {
  if (!bound) throw new Error('engine: heavy parts used before loadLateParts()');
  return bound;
}

let loading: Promise<void> | undefined;

/** Loads and binds the heavy parts (a separate chunk in the browser); resolves at once once bound. */
export function loadLateParts(): Promise<void> {
  if (bound) return Promise.resolve();
  loading ??= import('./late-parts.ts').then(
    (module) => bindLateParts(module.LATE_PARTS),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
