// The shell interpreter's data: words, the parsed syntax tree and the flat, resumable instruction list.

/** A piece of a word; `q` marks a quoted piece (not field-split). */
export type Part =
  | { t: 'lit'; v: string; q: boolean }
  | {
      t: 'var';
      name: string;
      q: boolean;
      op?: ':-' | '-' | ':=' | '=' | ':+' | '+' | '#';
      arg?: Word;
    }
  | { t: 'arith'; expr: Word; q: boolean }
  | { t: 'sub'; code: Instr[]; q: boolean };

export type Word = Part[];

export interface Redir {
  fd: number;
  op: '>' | '>>' | '<' | '>&';
  /** A file word, or for `>&` the target fd ("1", "2"). */
  target: Word;
}

export interface Assign {
  name: string;
  value: Word;
}

export type Node =
  | { k: 'simple'; words: Word[]; assigns: Assign[]; redirs: Redir[]; line: number }
  | { k: 'seq'; items: Node[] }
  | { k: 'and'; left: Node; right: Node }
  | { k: 'or'; left: Node; right: Node }
  | { k: 'not'; body: Node }
  | { k: 'if'; arms: { cond: Node; body: Node }[]; orElse?: Node }
  | { k: 'loop'; until: boolean; cond: Node; body: Node }
  | { k: 'for'; name: string; items: Word[] | null; body: Node }
  | { k: 'case'; word: Word; arms: { pats: Word[]; body: Node }[] }
  | { k: 'func'; name: string; body: Node }
  | { k: 'break'; continue: boolean };

/** One step of the compiled script; jumps are indexes into the same block. */
export type Instr =
  | {
      op: 'cmd';
      words: Word[];
      assigns: Assign[];
      redirs: Redir[];
      line: number;
      /** Inside a condition: `set -e` does not apply. */
      cond?: boolean;
    }
  | { op: 'jmp'; to: number }
  /** Jump when the last status is zero (`jz`) or non-zero (`jnz`). */
  | { op: 'jz'; to: number }
  | { op: 'jnz'; to: number }
  | { op: 'not' }
  | { op: 'status'; value: number }
  /** Loop status bookkeeping: push 0, save the last status, pop it back as the status. */
  | { op: 'lpush' }
  | { op: 'lsave' }
  | { op: 'lpop' }
  | { op: 'forin'; name: string; items: Word[] | null }
  /** Next item of the innermost `for`, or pop it and jump. */
  | { op: 'fornext'; to: number }
  /** Leaves a loop: drops its `for` iterator when it has one. */
  | { op: 'break'; to: number; dropIter: boolean }
  | { op: 'case'; word: Word; arms: { pats: Word[]; to: number }[]; end: number }
  | { op: 'func'; name: string; body: Instr[] }
  | { op: 'ret' };

export class ShellSyntaxError extends Error {
  /** True when more input could complete the script (a shell reading stdin waits for it). */
  readonly incomplete: boolean;
  readonly line: number;
  /** The offending token as shells quote it (`"then"`, `end of file`), when the error is about one. */
  readonly token?: string;
  readonly expecting?: string;
  constructor(
    message: string,
    line: number,
    incomplete = false,
    token?: string,
    expecting?: string,
  ) {
    super(message);
    this.incomplete = incomplete;
    this.line = line;
    if (token !== undefined) this.token = token;
    if (expecting !== undefined) this.expecting = expecting;
  }
}

/** The shell's own wording of a syntax error, per shell. */
export function syntaxErrorText(
  flavor: 'dash' | 'ash' | 'bash',
  argv0: string,
  e: ShellSyntaxError,
): string {
  const exp = e.expecting ? ` (expecting "${e.expecting}")` : '';
  if (e.token !== undefined) {
    if (flavor === 'dash')
      return `${argv0}: ${e.line}: Syntax error: ${e.token} unexpected${exp}\n`;
    if (flavor === 'ash') return `${argv0}: syntax error: unexpected ${e.token}${exp}\n`;
    const tok = e.token.startsWith('"') ? e.token.slice(1, -1) : e.token;
    return `${argv0}: -c: line ${e.line}: syntax error near unexpected token \`${tok}'\n`;
  }
  if (flavor === 'dash') return `${argv0}: ${e.line}: Syntax error: ${e.message}\n`;
  if (flavor === 'ash') return `${argv0}: syntax error: ${e.message}\n`;
  return `${argv0}: -c: line ${e.line}: syntax error: ${e.message}\n`;
}

/** Syntax this small interpreter does not cover (pipes, background jobs, here-documents…). */
export class ShellUnsupported extends Error {}
