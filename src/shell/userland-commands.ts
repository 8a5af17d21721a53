// The image's userland wording (GNU coreutils or BusyBox) for the errors learners meet with file tools, cd and sleep.
import { parseSleep, sleepUsageError } from '../engine/light.ts';
import type { HostCommand } from './bash.ts';
import type { Userland } from './container-commands.ts';

/** What a path names in the container, for the messages that depend on it (`cat` of a directory). */
export type PathKind = (absolutePath: string) => 'file' | 'dir' | undefined;

/** Waits `ms` of virtual time, or until `signal` aborts for `forever`. */
export type SleepWait = (duration: number | 'forever', signal?: AbortSignal) => Promise<void>;

/** Node-style errors just-bash lets through ("ENOENT: no such file or directory, open '/x'"). */
const ERRNO: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EROFS: 'Read-only file system',
};

function strerror(text: string): string {
  return text.replace(
    /\b(E[A-Z]+): [^,]*(?:, \w+ '.*')?$/,
    (all, code: string) => ERRNO[code] ?? all,
  );
}

type Reword = (line: string, cwd: string) => string;

function absolute(path: string, cwd: string): string {
  if (path.startsWith('/')) return path;
  return `${cwd.replace(/\/$/, '')}/${path}`;
}

/** Rewords each line of a just-bash command's stderr; the rest of its result is kept. */
function reworded(name: string, reword: Reword): HostCommand {
  return async (args, ctx) => {
    if (!ctx.builtin) throw new Error(`${name}: just-bash command unavailable`);
    const r = await ctx.builtin(args);
    const stderr = r.stderr.replace(/[^\n]+/g, (line) => reword(strerror(line), ctx.cwd));
    return { ...r, stderr };
  };
}

/** head and tail: "cannot open … for reading" (GNU), "can't open" (BusyBox); a directory is a read error. */
function headTail(name: 'head' | 'tail', userland: Userland, kind: PathKind): HostCommand {
  const re = new RegExp(`^${name}: (.+): (No such file or directory|Permission denied)$`);
  return reworded(name, (line, cwd) => {
    const m = re.exec(line);
    if (!m) return line;
    const [, file = '', reason] = m;
    if (kind(absolute(file, cwd)) === 'dir')
      return userland === 'gnu'
        ? `${name}: error reading '${file}': Is a directory`
        : `${name}: read error: Is a directory`;
    return userland === 'gnu'
      ? `${name}: cannot open '${file}' for reading: ${reason}`
      : `${name}: can't open '${file}': ${reason}`;
  });
}

/** BusyBox says "can't" where GNU says "cannot", and words a few messages its own way. */
const BUSYBOX: Record<string, Reword> = {
  rm: (line) =>
    line
      .replace(/^rm: cannot remove '(.+)': Is a directory$/, "rm: '$1' is a directory")
      .replace(/^rm: cannot remove /, "rm: can't remove "),
  rmdir: (line) => line.replace(/^rmdir: failed to remove '(.+)': /, "rmdir: '$1': "),
  mkdir: (line) =>
    line.replace(/^mkdir: cannot create directory /, "mkdir: can't create directory "),
  cp: (line) =>
    line
      .replace(/^cp: cannot stat /, "cp: can't stat ")
      .replace(/^cp: -r not specified; omitting directory /, 'cp: omitting directory '),
  mv: (line) => line.replace(/^mv: cannot stat /, "mv: can't stat "),
  touch: (line) => line.replace(/^touch: cannot touch '(.+)': /, 'touch: $1: '),
};

/** `sleep` with GNU's or BusyBox's operands (fractions, suffixes, `infinity`) and messages. */
export function sleepCommand(userland: Userland, wait: SleepWait): HostCommand {
  const busybox = userland === 'busybox';
  return async (args, ctx) => {
    const duration = parseSleep(args, busybox);
    if (duration === undefined)
      return { stdout: '', stderr: sleepUsageError(args, busybox), exitCode: 1 };
    await wait(duration === 'forever' ? 'forever' : Math.round(duration * 1000), ctx.signal);
    return { stdout: '', stderr: '', exitCode: 0 };
  };
}

/** The file tools whose just-bash messages differ from the userland's, reworded. */
export function userlandFileCommands(
  userland: Userland,
  kind: PathKind,
): Record<string, HostCommand> {
  const commands: Record<string, HostCommand> = {
    head: headTail('head', userland, kind),
    tail: headTail('tail', userland, kind),
  };
  for (const name of ['rm', 'rmdir', 'mkdir', 'cp', 'mv', 'touch'] as const) {
    const busybox = BUSYBOX[name] ?? ((line: string) => line);
    commands[name] = reworded(name, userland === 'busybox' ? busybox : (line) => line);
  }
  if (userland === 'gnu') {
    // just-bash says "No such file or directory" for a directory too.
    commands.cat = reworded('cat', (line, cwd) => {
      const m = /^cat: (.+): No such file or directory$/.exec(line);
      return m && kind(absolute(m[1] ?? '', cwd)) === 'dir' ? `cat: ${m[1]}: Is a directory` : line;
    });
  }
  return commands;
}

/** Waits until `signal` aborts (a `sleep infinity`); never, without one. */
export function untilAborted(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (!signal) return;
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * `cd` as the shell running the line says it failed: bash -c adds the line, dash says only
 * "can't cd to", BusyBox ash adds the reason; dash and ash exit 2. A shell function, as cd changes
 * the shell's own directory (just-bash's builtin still does the work).
 */
export function cdFunction(shell: 'bash' | 'bash-c' | 'dash' | 'ash', argv0: string): string {
  if (shell === 'bash') return '';
  const name = argv0.replace(/'/g, '');
  const message =
    shell === 'bash-c'
      ? `'${name}: line 1: cd: %s: %s\\n' "$__d" "$__r"`
      : shell === 'dash'
        ? `'${name}: 1: cd: can'"'"'t cd to %s\\n' "$__d"`
        : `'${name}: cd: can'"'"'t cd to %s: %s\\n' "$__d" "$__r"`;
  const status = shell === 'bash-c' ? 1 : 2;
  return (
    'cd() { case "$1" in -*) builtin cd "$@"; return;; esac; ' +
    'builtin cd "$@" 2>/dev/null && return 0; ' +
    'local __d="${1:-$HOME}" __r="Permission denied"; ' +
    '[ -e "$__d" ] || __r="No such file or directory"; ' +
    '[ -e "$__d" ] && [ ! -d "$__d" ] && __r="Not a directory"; ' +
    `printf ${message} >&2; return ${status}; }; `
  );
}
