// Reads the docker commands out of a typed shell line: pipelines and lists split, words unquoted, verbs normalised.

/** One `docker …` command found in a line. */
export interface DockerCall {
  /** The normalised subcommand: `container ls` → `ps`, `image history` → `history`. */
  verb: string;
  /** Words after the subcommand, unquoted. */
  args: string[];
  /** Flags present, long form as typed (`--tail`), combined short flags split (`-it` → `-i`, `-t`). */
  flags: Set<string>;
  /** Words that are not flags (container names, image, command…). */
  words: string[];
}

/** Splits a line into words, honouring quotes; `|`, `;`, `&&`, `||` and `&` become their own words. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  const flush = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < line.length) word += line[++i];
      else word += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      flush();
    } else if (ch === '|' || ch === ';' || ch === '&') {
      flush();
      const two = line.slice(i, i + 2);
      if (two === '||' || two === '&&') {
        words.push(two);
        i++;
      } else words.push(ch);
    } else {
      word += ch;
      inWord = true;
    }
  }
  flush();
  return words;
}

const SEPARATORS = new Set(['|', ';', '&', '&&', '||']);

const CONTAINER_ALIASES: Record<string, string> = {
  ls: 'ps',
  list: 'ps',
  remove: 'rm',
};
const IMAGE_ALIASES: Record<string, string> = {
  ls: 'images',
  list: 'images',
  rm: 'rmi',
  remove: 'rmi',
};

function flagsOf(args: readonly string[]): Set<string> {
  const flags = new Set<string>();
  for (const arg of args) {
    if (arg === '--' || !arg.startsWith('-') || arg === '-') continue;
    if (arg.startsWith('--')) flags.add(arg.split('=')[0] as string);
    else if (/^-[a-zA-Z]+$/.test(arg)) for (const c of arg.slice(1)) flags.add(`-${c}`);
    else flags.add(arg.slice(0, 2));
  }
  return flags;
}

function callOf(words: string[]): DockerCall | undefined {
  let rest = words;
  if (rest[0] === 'sudo') rest = rest.slice(1);
  if (rest[0] !== 'docker') return undefined;
  rest = rest.slice(1);
  // Global flags before the subcommand (`docker --debug ps`) are skipped.
  while (rest[0]?.startsWith('-')) rest = rest.slice(1);
  let verb = rest[0];
  if (verb === undefined) return undefined;
  let args = rest.slice(1);
  if ((verb === 'container' || verb === 'image') && args[0] && !args[0].startsWith('-')) {
    const sub = args[0];
    const aliases = verb === 'container' ? CONTAINER_ALIASES : IMAGE_ALIASES;
    verb = aliases[sub] ?? sub;
    args = args.slice(1);
  } else if ((verb === 'network' || verb === 'volume') && args[0] && !args[0].startsWith('-')) {
    verb = `${verb} ${args[0] === 'list' ? 'ls' : args[0]}`;
    args = args.slice(1);
  }
  const split = args.flatMap((arg) => (/^--[\w-]+=/.test(arg) ? arg.split(/=(.*)/s, 2) : [arg]));
  return {
    verb,
    args: split,
    flags: flagsOf(args),
    words: split.filter((arg) => !arg.startsWith('-')),
  };
}

/** Every docker command of a line, in order (`docker ps -a | wc -l` has one). */
export function dockerCalls(line: string): DockerCall[] {
  const calls: DockerCall[] = [];
  let segment: string[] = [];
  for (const word of [...shellWords(line), ';']) {
    if (SEPARATORS.has(word)) {
      const call = callOf(segment);
      if (call) calls.push(call);
      segment = [];
    } else segment.push(word);
  }
  return calls;
}
