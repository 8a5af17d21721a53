// Decides where a typed line runs: directly on the CLI contract (a simple docker/curl command) or in just-bash.

/** Commands that run directly on a terminal when typed alone, so that they can stream. */
const DIRECT_COMMANDS = new Set(['docker', 'curl']);

export type Route =
  /** Nothing to run (blank line or a comment): bash leaves `$?` as it was. */
  | { kind: 'empty' }
  /**
   * A simple command: argv after quote removal and simple variable expansion. `mergeStderr` is set
   * by a trailing `2>&1`, the one redirection that keeps a command simple (both streams to stdout).
   */
  | { kind: 'direct'; argv: string[]; mergeStderr?: boolean }
  /** Anything else: pipes, redirections, `$(…)`, `;`, `&&`, globs, assignments, other commands. */
  | { kind: 'bash' };

export interface RouteEnv {
  /** Shell variables as the previous line left them. */
  vars: Record<string, string>;
  /** `$?` */
  lastExitCode: number;
}

const BASH: Route = { kind: 'bash' };
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const UNQUOTED_SPECIAL = new Set([
  '|',
  '&',
  ';',
  '<',
  '>',
  '(',
  ')',
  '`',
  '*',
  '?',
  '[',
  '{',
  '}',
  '\n',
  '\r',
]);

/**
 * Routes one line. The tokenizer accepts only what needs no real shell: words, single and
 * double quotes, backslash escapes and `$NAME`/`${NAME}`/`$?` whose value needs no splitting.
 */
export function routeLine(line: string, env: RouteEnv): Route {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return { kind: 'empty' };
  const merged = /^(.*\S)\s+2>&1\s*$/.exec(line);
  if (merged?.[1] !== undefined) {
    const inner = routeLine(merged[1], env);
    return inner.kind === 'direct' ? { ...inner, mergeStderr: true } : BASH;
  }
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const n = line.length;

  /** Expands `$…` at position i (pointing at `$`); returns the value and new index, or null for bash. */
  const expand = (at: number): { value: string; next: number } | null => {
    const c = line[at + 1];
    if (c === '?') return { value: String(env.lastExitCode), next: at + 2 };
    if (c === '{') {
      const close = line.indexOf('}', at + 2);
      if (close < 0) return null;
      const name = line.slice(at + 2, close);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return null;
      return { value: env.vars[name] ?? '', next: close + 1 };
    }
    if (c !== undefined && NAME_START.test(c)) {
      let j = at + 1;
      while (j < n && NAME_CHAR.test(line[j] ?? '')) j++;
      return { value: env.vars[line.slice(at + 1, j)] ?? '', next: j };
    }
    if (c === '(' || c === '$' || c === '!' || c === '#' || c === '@' || c === '*' || c === '-') {
      return null;
    }
    if (c !== undefined && /[0-9]/.test(c)) return null;
    // A lone `$` stays literal, as in bash.
    return { value: '$', next: at + 1 };
  };

  while (i < n) {
    const c = line[i] as string;
    if (c === ' ' || c === '\t') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
      continue;
    }
    if (!inWord && (c === '#' || c === '~')) return BASH;
    if (UNQUOTED_SPECIAL.has(c)) return BASH;
    if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) return BASH;
      word += line.slice(i + 1, close);
      inWord = true;
      i = close + 1;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let closed = false;
      while (j < n) {
        const d = line[j] as string;
        if (d === '"') {
          closed = true;
          j++;
          break;
        }
        if (d === '`') return BASH;
        if (d === '\\') {
          const e = line[j + 1];
          if (e === undefined || e === '\n') return BASH;
          if (e === '$' || e === '`' || e === '"' || e === '\\') word += e;
          else word += d + e;
          j += 2;
          continue;
        }
        if (d === '$') {
          const x = expand(j);
          if (!x) return BASH;
          word += x.value;
          j = x.next;
          continue;
        }
        word += d;
        j++;
      }
      if (!closed) return BASH;
      inWord = true;
      i = j;
      continue;
    }
    if (c === '\\') {
      const e = line[i + 1];
      if (e === undefined || e === '\n') return BASH;
      word += e;
      inWord = true;
      i += 2;
      continue;
    }
    if (c === '$') {
      const x = expand(i);
      if (!x) return BASH;
      // Unquoted expansions are split and globbed by bash: only plain, non-empty values stay simple.
      if (x.value === '' || /[\s*?[\]{}~]/.test(x.value)) return BASH;
      word += x.value;
      inWord = true;
      i = x.next;
      continue;
    }
    if (c === '=' && words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(word) && inWord) {
      // `NAME=value cmd` sets a variable for the command: bash's business.
      return BASH;
    }
    word += c;
    inWord = true;
    i++;
  }
  if (inWord) words.push(word);
  const first = words[0];
  if (first === undefined) return { kind: 'empty' };
  if (!DIRECT_COMMANDS.has(first)) return BASH;
  return { kind: 'direct', argv: words };
}
