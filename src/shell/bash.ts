// Thin, lazily loaded interface over just-bash: the only file that imports it (the browser fetches it late).
import type { Bash, Command, CustomCommand, IFileSystem, InMemoryFs } from 'just-bash';

/** What a custom command receives and returns, without exposing just-bash's types to callers. */
export interface HostCommandContext {
  /** The data piped into the command, as text. */
  stdin: string;
  cwd: string;
  env: Record<string, string>;
  signal?: AbortSignal;
  /** Runs just-bash's own command of this name (the one a custom command stands in for) with `args`. */
  builtin?: (args: string[]) => Promise<HostCommandResult>;
}

export interface HostCommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export type HostCommand = (args: string[], ctx: HostCommandContext) => Promise<HostCommandResult>;

export interface BashRunResult extends HostCommandResult {
  /** Every variable the line left set, including PWD. */
  env: Record<string, string>;
}

export interface HostBashOptions {
  fs: IFileSystem;
  cwd: string;
  env: Record<string, string>;
  commands: Record<string, HostCommand>;
  /** Virtual-time sleep for the `sleep` builtin. */
  sleep: (ms: number) => Promise<void>;
  uid: number;
  gid: number;
}

export interface HostBash {
  run(
    line: string,
    opts: { cwd: string; env: Record<string, string>; stdin?: string; signal?: AbortSignal },
  ): Promise<BashRunResult>;
}

type JustBashModule = typeof import('just-bash');

let loading: Promise<JustBashModule> | undefined;

/** Loads just-bash once; later calls share the same promise. */
export function loadJustBash(): Promise<JustBashModule> {
  loading ??= import('just-bash');
  return loading;
}

/** A fresh in-memory filesystem (just-bash's), for the host. */
export async function createMemoryFs(): Promise<InMemoryFs> {
  const mod = await loadJustBash();
  return new mod.InMemoryFs();
}

export async function createHostBash(options: HostBashOptions): Promise<HostBash> {
  const mod = await loadJustBash();
  // just-bash's own commands, without ours, for custom commands that only reword its messages.
  let plain: Bash | undefined;
  const builtin =
    (name: string, stdin: string, cwd: string, env: Record<string, string>) =>
    async (args: string[]): Promise<HostCommandResult> => {
      plain ??= new mod.Bash({
        fs: options.fs,
        cwd: options.cwd,
        sleep: options.sleep,
        processInfo: { pid: 4242, ppid: 4241, uid: options.uid, gid: options.gid },
      });
      const r = await plain.exec([name, ...args].map(quoteWord).join(' '), {
        cwd,
        env,
        replaceEnv: true,
        stdin,
      });
      return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
    };
  const custom: CustomCommand[] = Object.entries(options.commands).map(([name, run]): Command =>
    mod.defineCommand(name, async (args, ctx) => {
      // just-bash's browser bundle does not export decodeBytesToUtf8: decode the latin1 bytes here.
      const stdin =
        typeof mod.decodeBytesToUtf8 === 'function'
          ? mod.decodeBytesToUtf8(ctx.stdin)
          : utf8FromByteString(ctx.stdin as unknown as string);
      const env: Record<string, string> = {};
      for (const [k, v] of ctx.env) env[k] = v;
      const result = await run(args, {
        stdin,
        cwd: ctx.cwd,
        env,
        signal: ctx.signal,
        builtin: builtin(name, stdin, ctx.cwd, env),
      });
      return { ...result, stdoutKind: 'text' as const };
    }),
  );
  const bash: Bash = new mod.Bash({
    fs: options.fs,
    cwd: options.cwd,
    env: options.env,
    customCommands: custom,
    sleep: options.sleep,
    processInfo: { pid: 4242, ppid: 4241, uid: options.uid, gid: options.gid },
  });
  return {
    async run(line, opts) {
      const result = await bash.exec(line, {
        cwd: opts.cwd,
        env: opts.env,
        replaceEnv: true,
        stdin: opts.stdin,
        signal: opts.signal,
      });
      return {
        stdout: result.stdout,
        stderr: result.stderr,
        exitCode: result.exitCode,
        env: { ...result.env },
      };
    },
  };
}

/** Single-quotes a word for just-bash. */
function quoteWord(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Decodes a just-bash byte string (one char per byte) as UTF-8. */
function utf8FromByteString(bytes: string): string {
  return new TextDecoder().decode(Uint8Array.from(bytes, (ch) => ch.charCodeAt(0)));
}
