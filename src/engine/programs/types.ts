// The program-runner contract: a program is data (kind + data + wakeAt) stepped by a simulator in virtual time.
import type {
  Container,
  ContainerProcess,
  EngineState,
  JsonValue,
  ProgramState,
} from '../types.ts';
import type { Signal } from '../signals.ts';

export type StreamName = 'stdout' | 'stderr';

/** What a simulator may do to the world while it runs. */
export interface ProgramHost {
  readonly now: number;
  readonly state: EngineState;
  readonly container: Container;
  readonly process: ContainerProcess;
  write(stream: StreamName, text: string): void;
  /** Ends the program with this status (the container's exit code for PID 1). */
  exit(code: number): void;
  /** Replaces the program, as exec(2) does; a missing file ends it with the shell's error. */
  exec(argv: string[], shellName: string): void;
  /** Takes what arrived on stdin so far; `closed` once input has ended and nothing is left. */
  takeStdin(): { data: string; closed: boolean };
  /** Asks the engine to show a French notice on the attached CLI (a part we do not simulate). */
  notice(key: string, detail: string): void;
  /**
   * Runs a script beyond the interpreter's subset with the runner injected into the engine (just-bash):
   * its output and exit code come at once, later. False when the engine has no runner.
   */
  runScript?(request: ScriptRequest): boolean;
  /** Whether the script started by `runScript` is still running in this engine instance. */
  scriptRunning?(): boolean;
}

/** A shell script the engine hands to its injected runner (`createEngine({ scriptRunner })`). */
export interface ScriptRequest {
  /** The container whose filesystem and commands the script runs with. */
  containerId: string;
  /** "sh" or "bash". */
  shell: string;
  script: string;
  /** Set for a program run directly (exec form, no shell): its argv; `script` is then empty. */
  argv?: string[];
  /** $0 then $1… */
  args: string[];
  env: Record<string, string>;
  cwd: string;
  stdin: string;
}

export interface ScriptResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** The runner has no simulation of the program (`argv` requests): the engine says so instead. */
  unsimulated?: boolean;
}

/** Runs a script to completion outside virtual time (the machine passes one built on just-bash). */
export type ScriptRunner = (request: ScriptRequest) => Promise<ScriptResult>;

export type SignalReaction = 'handled' | 'default';

export interface Simulator {
  /** Runs the program until it sleeps (sets prog.wakeAt), blocks (no wakeAt) or exits. */
  step(host: ProgramHost, prog: ProgramState): void;
  /** A signal other than SIGKILL/SIGSTOP; 'default' applies the kernel's rules (PID 1 ignores it). */
  signal?(host: ProgramHost, prog: ProgramState, sig: Signal): SignalReaction;
  /** Whether the program reads stdin (it is stepped again when input arrives or closes). */
  readsStdin?(prog: ProgramState): boolean;
}

/** Reads a simulator's own data back from its JSON form. */
export function dataOf<T>(prog: ProgramState): T {
  return prog.data as unknown as T;
}

export function setData<T>(prog: ProgramState, data: T): void {
  prog.data = data as unknown as JsonValue;
}
