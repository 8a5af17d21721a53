// Tab completion at the host prompt: commands, docker subcommands and flags, object names, file paths.

/** One docker command as completion sees it (built from the CLI registry). */
export interface DockerCommandWords {
  /** Every path that reaches it: [["container", "ls"], ["ps"]]. */
  paths: string[][];
  /** Long flags without dashes, and whether each takes a value. */
  flags: { long: string; short?: string; takesValue: boolean }[];
}

export type NameKind = 'container' | 'image' | 'volume' | 'network';

export interface ContainerName {
  name: string;
  status: string;
}

export interface CompletionSource {
  /** Commands the host shell knows. */
  commands: readonly string[];
  docker: readonly DockerCommandWords[];
  containers(): ContainerName[];
  names(kind: Exclude<NameKind, 'container'>): string[];
  /** Every path of the host filesystem, with directories marked. */
  files(): Promise<Record<string, { kind: string }>>;
  cwd: string;
  home: string;
}

export interface Completion {
  /** Start of the text replaced (the current word). */
  from: number;
  /** The replacement for [from, cursor). */
  text: string;
  /** Every candidate, to list when the word cannot be extended. */
  candidates: string[];
}

const COMMAND_SEPARATOR = /(?:\|\||&&|[|;&(]|\$\()\s*$/;

/** Computes the completion of the word before `cursor`, or undefined when there is none. */
export async function complete(
  line: string,
  cursor: number,
  source: CompletionSource,
): Promise<Completion | undefined> {
  const before = line.slice(0, cursor);
  const wordMatch = /[^\s|;&()<>]*$/.exec(before);
  const word = wordMatch ? wordMatch[0] : '';
  const from = cursor - word.length;
  const head = before.slice(0, from);
  const segment = head.split(/\|\||&&|[|;&]|\$\(/).pop() ?? '';
  const words = segment.trim() === '' ? [] : segment.trim().split(/\s+/);

  let candidates: string[];
  let display: string[] | undefined;
  let asFiles = false;
  if (words.length === 0 && (head.trim() === '' || COMMAND_SEPARATOR.test(head))) {
    if (word.includes('/')) asFiles = true;
    candidates = source.commands.filter((c) => c.startsWith(word)).sort();
    candidates = [...new Set(candidates)];
  } else if (words[0] === 'docker') {
    candidates = dockerCandidates(words.slice(1), word, source);
  } else {
    asFiles = true;
    candidates = [];
  }
  if (asFiles) {
    const files = await fileCandidates(word, source);
    candidates = files.insert;
    display = files.display;
  }
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) {
    const only = candidates[0] as string;
    return {
      from,
      text: only.endsWith('/') ? only : only + ' ',
      candidates: display ?? candidates,
    };
  }
  return { from, text: commonPrefix(candidates), candidates: display ?? candidates };
}

function commonPrefix(items: string[]): string {
  let prefix = items[0] ?? '';
  for (const item of items) {
    while (!item.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}

/** Docker's completion: the command path first, then flags or the names its arguments take. */
function dockerCandidates(args: string[], word: string, source: CompletionSource): string[] {
  let path: string[] = [];
  let command: DockerCommandWords | undefined;
  const rest: string[] = [];
  let expectValue: string | undefined;
  for (const arg of args) {
    if (expectValue !== undefined) {
      expectValue = undefined;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const flag = findFlag(command, arg);
      if (flag?.takesValue && !arg.includes('=')) expectValue = flag.long;
      continue;
    }
    if (rest.length === 0) {
      const longer = [...path, arg];
      const found = findCommand(source.docker, longer);
      if (found || nextPathWords(source.docker, longer).length > 0) {
        path = longer;
        command = found;
        continue;
      }
    }
    rest.push(arg);
  }
  const prefix = (items: Iterable<string>) =>
    [...new Set(items)].filter((item) => item.startsWith(word)).sort();

  if (expectValue !== undefined) return prefix(valueNames(expectValue, source));
  if (word.startsWith('-')) return prefix((command?.flags ?? []).map((f) => `--${f.long}`));
  if (rest.length === 0) {
    const sub = nextPathWords(source.docker, path);
    if (sub.length > 0) return prefix(sub);
  }
  if (!command) return [];
  const kind = argumentKind(path, rest.length);
  if (!kind) return [];
  if (kind.kind === 'container') {
    return prefix(
      source
        .containers()
        .filter((c) => !kind.status || kind.status.includes(c.status))
        .map((c) => c.name),
    );
  }
  return prefix(source.names(kind.kind));
}

function findCommand(
  docker: readonly DockerCommandWords[],
  path: readonly string[],
): DockerCommandWords | undefined {
  const key = path.join(' ');
  return docker.find((c) => c.paths.some((p) => p.join(' ') === key));
}

/** The words that can follow `path` in a command path. */
function nextPathWords(docker: readonly DockerCommandWords[], path: readonly string[]): string[] {
  const words: string[] = [];
  for (const c of docker) {
    for (const p of c.paths) {
      if (p.length > path.length && path.every((w, i) => p[i] === w)) {
        words.push(p[path.length] as string);
      }
    }
  }
  return words;
}

function findFlag(command: DockerCommandWords | undefined, arg: string) {
  if (!command) return undefined;
  if (arg.startsWith('--')) {
    const name = arg.slice(2).split('=')[0];
    return command.flags.find((f) => f.long === name);
  }
  // Combined short flags: the last one may take the value.
  const last = arg.slice(-1);
  return command.flags.find((f) => f.short === last);
}

function valueNames(flag: string, source: CompletionSource): string[] {
  if (flag === 'network' || flag === 'net') return source.names('network');
  if (flag === 'volume' || flag === 'volumes-from') return source.names('volume');
  return [];
}

/** Which names an argument of a command takes (its position after the path). */
function argumentKind(
  path: readonly string[],
  index: number,
): { kind: NameKind; status?: string[] } | undefined {
  const name = path[path.length - 1] ?? '';
  const group = path.length > 1 ? path[0] : undefined;
  if (group === 'volume') return name === 'create' ? undefined : { kind: 'volume' };
  if (group === 'network') {
    if (name === 'connect' || name === 'disconnect') {
      return { kind: index === 0 ? 'network' : 'container' };
    }
    return name === 'create' || name === 'ls' || name === 'prune' ? undefined : { kind: 'network' };
  }
  if (group === 'image' || ['pull', 'push', 'rmi', 'history', 'tag', 'save'].includes(name)) {
    return name === 'ls' || name === 'prune' || name === 'build' ? undefined : { kind: 'image' };
  }
  if (name === 'run' || name === 'create') return index === 0 ? { kind: 'image' } : undefined;
  if (name === 'exec' || name === 'cp' || name === 'commit') {
    return index === 0 ? { kind: 'container', status: ['running'] } : undefined;
  }
  const byStatus: Record<string, string[] | undefined> = {
    start: ['created', 'exited', 'dead'],
    stop: ['running', 'paused', 'restarting'],
    kill: ['running', 'paused', 'restarting'],
    pause: ['running'],
    unpause: ['paused'],
    attach: ['running'],
    top: ['running'],
  };
  const containerCommands = [
    'start',
    'stop',
    'restart',
    'kill',
    'rm',
    'pause',
    'unpause',
    'logs',
    'inspect',
    'attach',
    'port',
    'top',
    'stats',
    'rename',
    'wait',
    'diff',
    'update',
    'export',
  ];
  if (containerCommands.includes(name)) {
    if (name === 'rename' && index > 0) return undefined;
    const status = byStatus[name];
    return status ? { kind: 'container', status } : { kind: 'container' };
  }
  return undefined;
}

/** Completes a path: `insert` are the replacements, `display` the bare names to list. */
async function fileCandidates(
  word: string,
  source: CompletionSource,
): Promise<{ insert: string[]; display: string[] }> {
  const slash = word.lastIndexOf('/');
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : '';
  const base = slash >= 0 ? word.slice(slash + 1) : word;
  let dir: string;
  if (dirPart.startsWith('/')) dir = dirPart;
  else if (dirPart === '~/' || dirPart.startsWith('~/')) dir = source.home + dirPart.slice(1);
  else dir = `${source.cwd}/${dirPart}`;
  dir = normalize(dir);
  const entries = await source.files();
  const children = new Map<string, boolean>();
  const prefix = dir === '/' ? '/' : dir + '/';
  for (const [path, entry] of Object.entries(entries)) {
    if (!path.startsWith(prefix) || path === prefix) continue;
    const rest = path.slice(prefix.length);
    const name = rest.split('/')[0] as string;
    if (entry.kind === 'whiteout') continue;
    const isDir = rest.includes('/') || entry.kind === 'dir' || entry.kind === 'opaque';
    children.set(name, (children.get(name) ?? false) || isDir);
  }
  const names = [...children.keys()]
    .filter((name) => name.startsWith(base) && (base.startsWith('.') || !name.startsWith('.')))
    .sort();
  const display = names.map((name) => (children.get(name) ? name + '/' : name));
  return { insert: display.map((name) => dirPart + name), display };
}

function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

/** Lays candidates out in columns, as bash lists them (sorted down the columns). */
export function formatCandidates(candidates: readonly string[], columns: number): string {
  const width = Math.max(...candidates.map((c) => [...c].length)) + 2;
  const perRow = Math.max(1, Math.floor(columns / width));
  const rows = Math.ceil(candidates.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < perRow; c++) {
      const item = candidates[c * rows + r];
      if (item === undefined) continue;
      const next = candidates[(c + 1) * rows + r];
      line += next === undefined ? item : item.padEnd(width);
    }
    lines.push(line);
  }
  return lines.join('\r\n');
}
