// The shape of one docker command module: its flags in a table, its argument count, and how it runs.
import type { Engine } from '../engine/index.ts';
import type { CliContext } from './contract.ts';

export type FlagType =
  | 'bool'
  | 'string'
  /** Repeatable: every occurrence is kept (`-e A -e B`). */
  | 'stringArray'
  /** Repeatable and comma-split, like pflag's StringSlice. */
  | 'stringSlice'
  | 'int'
  | 'uint'
  | 'float'
  /** A size such as `256m` (go-units RAMInBytes). */
  | 'bytes'
  /** A Go duration such as `10s`. */
  | 'duration'
  /** `--cpus 0.5` style decimal. */
  | 'decimal';

export interface FlagSpec {
  /** Long name without dashes: "name". */
  long: string;
  /** One-letter shorthand without dash: "d". */
  short?: string;
  type: FlagType;
  /** Name of the value in help ("string", "list", "bytes"…), as cobra prints it. */
  valueName?: string;
  /** Help description, word for word. */
  description: string;
  /** Default as shown in help, if any. */
  defaultText?: string;
  /** Hidden flags are accepted but not listed in help. */
  hidden?: boolean;
  /**
   * Whether the emulator really implements this flag. A flag that is accepted by Docker but not
   * emulated prints the French "not simulated" notice and exits 1 (never fake output).
   */
  emulated: boolean;
}

export type FlagValue = boolean | string | number | string[];

export interface ParsedFlags {
  /** Values by long name; absent when the flag was not given. */
  values: Record<string, FlagValue>;
  /** Long names in the order the user gave them (repeats included). */
  given: string[];
}

export interface ArgCount {
  min: number;
  /** Undefined = unlimited. */
  max?: number;
}

/** Where a command writes; chunks go out as soon as they are written. */
export interface Output {
  stdout(data: string): void;
  stderr(data: string): void;
}

export interface Invocation {
  engine: Engine;
  ctx: CliContext;
  out: Output;
  flags: ParsedFlags;
  args: string[];
  /** The command path as typed, e.g. ["container", "ls"] or ["ps"]: messages use it. */
  path: string[];
}

export interface CommandSpec {
  /** Canonical path: ["container", "ls"]. */
  path: string[];
  /** Usage after `docker <path>` ("[OPTIONS] IMAGE [COMMAND] [ARG...]"), for usage errors. */
  use?: string;
  /** Whether this emulator implements the command (false: a French notice after argument checks). */
  emulated?: boolean;
  /** Other paths that reach it: [["ps"], ["container", "ps"], ["container", "list"]]. */
  aliases: string[][];
  flags: FlagSpec[];
  args: ArgCount;
  /**
   * Whether `--flags` after the first positional argument belong to the command it runs
   * (docker run IMAGE ls -la): cobra's SetInterspersed(false).
   */
  stopAtFirstArg?: boolean;
  /** Runs the command and resolves with its exit code. User errors are written, never thrown. */
  run(inv: Invocation): Promise<number> | number;
}
