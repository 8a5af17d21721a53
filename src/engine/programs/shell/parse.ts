// Lexer and recursive-descent parser for the POSIX shell subset main processes use (sh -c '…' one-liners).
import {
  ShellSyntaxError,
  ShellUnsupported,
  type Assign,
  type Instr,
  type Node,
  type Part,
  type Redir,
  type Word,
} from './ast.ts';
import { compile } from './compile.ts';

type Token =
  | { k: 'word'; w: Word; raw: string | null; line: number }
  | { k: 'op'; v: string; line: number }
  | { k: 'redir'; r: Redir; line: number }
  | { k: 'eof'; line: number };

const META = ' \t\n;&|()<>';
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Index just after the `)` closing a `$(` or `(` opened before `i` (quotes and nesting respected). */
function matchParen(src: string, i: number, line: number): number {
  let depth = 1;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') i += 2;
    else if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) break;
      i = end + 1;
    } else if (c === '"') {
      i++;
      while (i < src.length && src[i] !== '"') i += src[i] === '\\' ? 2 : 1;
      i++;
    } else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i + 1;
      i++;
    }
  }
  throw new ShellSyntaxError('end of file unexpected (expecting ")")', line, true);
}

class Lexer {
  private i = 0;
  line = 1;
  private readonly src: string;
  constructor(src: string) {
    this.src = src;
  }

  private peekc(o = 0): string {
    return this.src[this.i + o] ?? '';
  }

  next(): Token {
    const s = this.src;
    for (;;) {
      const c = this.peekc();
      if (c === ' ' || c === '\t') this.i++;
      else if (c === '\\' && this.peekc(1) === '\n') {
        this.i += 2;
        this.line++;
      } else if (c === '#') {
        while (this.i < s.length && this.peekc() !== '\n') this.i++;
      } else break;
    }
    const line = this.line;
    if (this.i >= s.length) return { k: 'eof', line };
    const c = this.peekc();
    const two = s.slice(this.i, this.i + 2);
    if (c === '\n') {
      this.i++;
      this.line++;
      return { k: 'op', v: '\n', line };
    }
    for (const op of ['&&', '||', ';;']) {
      if (two === op) {
        this.i += 2;
        return { k: 'op', v: op, line };
      }
    }
    if (two === '&>') {
      this.i += 2;
      return this.redirect(1, '>', line, true);
    }
    if (';&|()'.includes(c)) {
      this.i++;
      return { k: 'op', v: c, line };
    }
    const fdMatch = /^(\d?)(>>|>&|<<|<&|>\||<>|>|<)/.exec(s.slice(this.i));
    if (fdMatch) {
      const fd = fdMatch[1] ? Number(fdMatch[1]) : fdMatch[2]?.startsWith('<') ? 0 : 1;
      const op = fdMatch[2] ?? '>';
      if (op === '<<' || op === '<&' || op === '<>') throw new ShellUnsupported(op);
      this.i += fdMatch[0].length;
      return this.redirect(fd, op === '>|' ? '>' : (op as Redir['op']), line, false);
    }
    return this.word(line);
  }

  private redirect(fd: number, op: Redir['op'], line: number, both: boolean): Token {
    while (this.peekc() === ' ' || this.peekc() === '\t') this.i++;
    const t = this.word(line);
    if (t.k !== 'word' || t.w.length === 0)
      throw new ShellSyntaxError('redirection unexpected', line);
    if (op === '>&' && !/^[0-9]$/.test(t.raw ?? '')) {
      if (t.raw === '-') throw new ShellUnsupported('>&-');
      // `>&file` is bash for `>file 2>&1`.
      return { k: 'redir', r: { fd: -1, op: '>', target: t.w }, line };
    }
    return { k: 'redir', r: { fd: both ? -1 : fd, op, target: t.w }, line };
  }

  /** Reads one word up to an unquoted metacharacter. */
  private word(line: number): Token {
    const parts: Part[] = [];
    let raw = '';
    let plain = true;
    const lit = (v: string, q: boolean) => {
      const last = parts[parts.length - 1];
      if (last && last.t === 'lit' && last.q === q) last.v += v;
      else parts.push({ t: 'lit', v, q });
    };
    const s = this.src;
    while (this.i < s.length) {
      const c = this.peekc();
      if (META.includes(c)) break;
      if (c === "'") {
        const end = s.indexOf("'", this.i + 1);
        if (end < 0) throw new ShellSyntaxError('unterminated quoted string', line, true);
        const text = s.slice(this.i + 1, end);
        this.line += text.split('\n').length - 1;
        lit(text, true);
        this.i = end + 1;
        plain = false;
      } else if (c === '"') {
        this.i++;
        this.doubleQuoted(parts, line);
        plain = false;
      } else if (c === '\\') {
        const n = this.peekc(1);
        this.i += 2;
        if (n === '\n') this.line++;
        else lit(n, true);
        plain = false;
      } else if (c === '$' || c === '`') {
        parts.push(this.dollar(false, line));
        plain = false;
      } else {
        lit(c, false);
        raw += c;
        this.i++;
      }
    }
    return { k: 'word', w: parts, raw: plain ? raw : null, line };
  }

  private doubleQuoted(parts: Part[], line: number): void {
    const s = this.src;
    let buf = '';
    const flush = () => {
      parts.push({ t: 'lit', v: buf, q: true });
      buf = '';
    };
    for (;;) {
      if (this.i >= s.length) throw new ShellSyntaxError('unterminated quoted string', line, true);
      const c = this.peekc();
      if (c === '"') {
        this.i++;
        break;
      }
      if (c === '\\' && '$`"\\\n'.includes(this.peekc(1))) {
        if (this.peekc(1) !== '\n') buf += this.peekc(1);
        this.i += 2;
      } else if (c === '$' || c === '`') {
        const p = this.dollar(true, line);
        if (p.t === 'lit') buf += p.v;
        else {
          if (buf) flush();
          parts.push(p);
        }
      } else {
        if (c === '\n') this.line++;
        buf += c;
        this.i++;
      }
    }
    // An empty "" still makes a (quoted, empty) part so the word exists.
    if (buf || parts.length === 0 || parts[parts.length - 1]?.t !== 'lit') flush();
  }

  /** `$name`, `${…}`, `$(…)`, `$((…))` or a backquoted command. */
  private dollar(q: boolean, line: number): Part {
    const s = this.src;
    if (this.peekc() === '`') {
      const end = s.indexOf('`', this.i + 1);
      if (end < 0) throw new ShellSyntaxError('unterminated backquote', line, true);
      const inner = s.slice(this.i + 1, end).replace(/\\([`$\\])/g, '$1');
      this.i = end + 1;
      return { t: 'sub', code: compileSource(inner), q };
    }
    this.i++; // $
    const c = this.peekc();
    if (c === '(' && this.peekc(1) === '(') {
      const end = matchParen(s, this.i + 1, line);
      if (s[end - 2] !== ')') throw new ShellUnsupported('$( (subshell) )');
      const expr = s.slice(this.i + 2, end - 2);
      this.i = end;
      return { t: 'arith', expr: parseWordText(expr, true), q };
    }
    if (c === '(') {
      const end = matchParen(s, this.i + 1, line);
      const inner = s.slice(this.i + 1, end - 1);
      this.i = end;
      return { t: 'sub', code: compileSource(inner), q };
    }
    if (c === '{') {
      const end = s.indexOf('}', this.i);
      if (end < 0) throw new ShellSyntaxError('bad substitution', line);
      const body = s.slice(this.i + 1, end);
      this.i = end + 1;
      return braceVar(body, q, line);
    }
    const m = NAME.exec(s.slice(this.i)) ?? /^[?$#@*!0-9-]/.exec(s.slice(this.i));
    if (!m) return { t: 'lit', v: '$', q };
    this.i += m[0].length;
    return { t: 'var', name: m[0], q };
  }
}

function braceVar(body: string, q: boolean, line: number): Part {
  if (body.startsWith('#') && body.length > 1) {
    const name = body.slice(1);
    if (!NAME.test(name) && !/^[0-9@*]$/.test(name))
      throw new ShellSyntaxError('bad substitution', line);
    return { t: 'var', name, q, op: '#' };
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*!-])(.*)$/s.exec(body);
  if (!m) throw new ShellSyntaxError('bad substitution', line);
  const name = m[1] ?? '';
  const rest = m[2] ?? '';
  if (rest === '') return { t: 'var', name, q };
  const op = /^(:-|:=|:\+|-|=|\+)/.exec(rest)?.[1] as
    ':-' | '-' | ':=' | '=' | ':+' | '+' | undefined;
  if (!op) throw new ShellUnsupported(`\${${body}}`);
  return { t: 'var', name, q, op, arg: parseWordText(rest.slice(op.length), q) };
}

/** Parses text as the inside of a double-quoted (or unquoted) word: expansions, no field splitting in quotes. */
export function parseWordText(text: string, quoted: boolean): Word {
  const lx = new Lexer(`"${text.replace(/(["\\])/g, (m) => (m === '"' ? '\\"' : '\\\\'))}"`);
  const t = lx.next();
  if (t.k !== 'word') return [];
  return t.w.map((p) => ({ ...p, q: quoted }) as Part);
}

const RESERVED = new Set([
  'if',
  'then',
  'elif',
  'else',
  'fi',
  'while',
  'until',
  'do',
  'done',
  'for',
  'in',
  'case',
  'esac',
  '{',
  '}',
  '!',
]);

class Parser {
  private readonly toks: Token[] = [];
  private pos = 0;
  constructor(src: string) {
    const lx = new Lexer(src);
    for (;;) {
      const t = lx.next();
      this.toks.push(t);
      if (t.k === 'eof') break;
    }
  }

  private get tok(): Token {
    return this.toks[this.pos] as Token;
  }

  private advance(): Token {
    const t = this.tok;
    if (t.k !== 'eof') this.pos++;
    return t;
  }

  private isOp(v: string): boolean {
    return this.tok.k === 'op' && this.tok.v === v;
  }

  private isWord(raw: string): boolean {
    return this.tok.k === 'word' && this.tok.raw === raw;
  }

  private fail(expecting?: string): never {
    const t = this.tok;
    const what =
      t.k === 'eof'
        ? 'end of file'
        : t.k === 'op'
          ? t.v === '\n'
            ? 'newline'
            : `"${t.v}"`
          : t.k === 'word'
            ? `"${t.raw ?? 'word'}"`
            : 'redirection';
    throw new ShellSyntaxError(`${what} unexpected`, t.line, t.k === 'eof', what, expecting);
  }

  private expectWord(raw: string): void {
    if (!this.isWord(raw)) this.fail(raw);
    this.advance();
  }

  private skipNewlines(): void {
    while (this.isOp('\n')) this.advance();
  }

  program(): Node {
    const body = this.list(new Set());
    if (this.tok.k !== 'eof') this.fail();
    return body;
  }

  /** Commands separated by ; & or newlines, up to a reserved word in `stops`, `)`, `;;` or the end. */
  private list(stops: Set<string>): Node {
    const items: Node[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.tok.k === 'eof' || this.isOp(')') || this.isOp(';;')) break;
      if (this.tok.k === 'word' && this.tok.raw !== null && stops.has(this.tok.raw)) break;
      items.push(this.andOr());
      if (this.isOp('&')) throw new ShellUnsupported('&');
      if (this.isOp(';') || this.isOp('\n')) this.advance();
      else break;
    }
    return items.length === 1 ? (items[0] as Node) : { k: 'seq', items };
  }

  private nonEmptyList(stops: Set<string>, expecting: string): Node {
    const n = this.list(stops);
    if (n.k === 'seq' && n.items.length === 0)
      this.fail(this.tok.k === 'eof' ? expecting : undefined);
    return n;
  }

  private andOr(): Node {
    let left = this.pipeline();
    while (this.isOp('&&') || this.isOp('||')) {
      const op = this.advance() as { v: string };
      this.skipNewlines();
      const right = this.pipeline();
      left = op.v === '&&' ? { k: 'and', left, right } : { k: 'or', left, right };
    }
    return left;
  }

  private pipeline(): Node {
    let negate = false;
    while (this.isWord('!')) {
      this.advance();
      negate = !negate;
    }
    const cmd = this.command();
    if (this.isOp('|')) throw new ShellUnsupported('|');
    return negate ? { k: 'not', body: cmd } : cmd;
  }

  private command(): Node {
    const t = this.tok;
    if (t.k === 'op' && t.v === '(') throw new ShellUnsupported('( )');
    if (t.k === 'word' && t.raw !== null) {
      let node: Node | undefined;
      switch (t.raw) {
        case 'if':
          node = this.ifClause();
          break;
        case 'while':
        case 'until':
          node = this.loop(t.raw === 'until');
          break;
        case 'for':
          node = this.forClause();
          break;
        case 'case':
          node = this.caseClause();
          break;
        case '{':
          this.advance();
          node = this.nonEmptyList(new Set(['}']), '}');
          this.expectWord('}');
          break;
        case 'function':
          this.advance();
          return this.funcDef();
        case 'then':
        case 'elif':
        case 'else':
        case 'fi':
        case 'do':
        case 'done':
        case 'esac':
        case '}':
        case 'in':
          this.fail();
      }
      if (node) {
        if (this.tok.k === 'redir') throw new ShellUnsupported('redirection of a compound command');
        return node;
      }
    }
    return this.simple();
  }

  private funcDef(): Node {
    const t = this.advance();
    if (t.k !== 'word' || t.raw === null || !NAME.test(t.raw)) this.fail();
    const name = t.raw as string;
    if (this.isOp('(')) {
      this.advance();
      if (!this.isOp(')')) this.fail(')');
      this.advance();
    }
    this.skipNewlines();
    const body = this.command();
    return { k: 'func', name, body };
  }

  private ifClause(): Node {
    this.advance();
    const arms: { cond: Node; body: Node }[] = [];
    let orElse: Node | undefined;
    for (;;) {
      const cond = this.nonEmptyList(new Set(['then']), 'then');
      this.expectWord('then');
      const body = this.nonEmptyList(new Set(['elif', 'else', 'fi']), 'fi');
      arms.push({ cond, body });
      if (this.isWord('elif')) {
        this.advance();
        continue;
      }
      if (this.isWord('else')) {
        this.advance();
        orElse = this.nonEmptyList(new Set(['fi']), 'fi');
      }
      this.expectWord('fi');
      break;
    }
    return orElse ? { k: 'if', arms, orElse } : { k: 'if', arms };
  }

  private loop(until: boolean): Node {
    this.advance();
    const cond = this.nonEmptyList(new Set(['do']), 'do');
    this.expectWord('do');
    const body = this.nonEmptyList(new Set(['done']), 'done');
    this.expectWord('done');
    return { k: 'loop', until, cond, body };
  }

  private forClause(): Node {
    this.advance();
    const t = this.advance();
    if (t.k !== 'word' || t.raw === null || !NAME.test(t.raw) || NAME.exec(t.raw)?.[0] !== t.raw)
      throw new ShellSyntaxError('Bad for loop variable', t.line);
    let items: Word[] | null = null;
    this.skipNewlines();
    if (this.isWord('in')) {
      this.advance();
      items = [];
      while (this.tok.k === 'word') items.push((this.advance() as { w: Word }).w);
      if (!this.isOp(';') && !this.isOp('\n')) this.fail('do');
      this.advance();
    } else if (this.isOp(';')) this.advance();
    this.skipNewlines();
    this.expectWord('do');
    const body = this.nonEmptyList(new Set(['done']), 'done');
    this.expectWord('done');
    return { k: 'for', name: t.raw as string, items, body };
  }

  private caseClause(): Node {
    this.advance();
    const wt = this.advance();
    if (wt.k !== 'word') this.fail();
    this.skipNewlines();
    this.expectWord('in');
    const arms: { pats: Word[]; body: Node }[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.isWord('esac')) break;
      if (this.isOp('(')) this.advance();
      const pats: Word[] = [];
      for (;;) {
        const p = this.advance();
        if (p.k !== 'word') this.fail(')');
        pats.push((p as { w: Word }).w);
        if (this.isOp('|')) this.advance();
        else break;
      }
      if (!this.isOp(')')) this.fail(')');
      this.advance();
      const body = this.list(new Set(['esac']));
      arms.push({ pats, body });
      if (this.isOp(';;')) this.advance();
      else {
        this.skipNewlines();
        if (!this.isWord('esac')) this.fail('esac');
      }
    }
    this.advance();
    return { k: 'case', word: (wt as { w: Word }).w, arms };
  }

  private simple(): Node {
    const words: Word[] = [];
    const assigns: Assign[] = [];
    const redirs: Redir[] = [];
    const line = this.tok.line;
    for (;;) {
      const t = this.tok;
      if (t.k === 'redir') {
        redirs.push(t.r);
        this.advance();
      } else if (t.k === 'word') {
        const first = t.w[0];
        const m =
          first && first.t === 'lit' && !first.q
            ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.v)
            : null;
        if (words.length === 0 && m && first?.t === 'lit') {
          const rest: Word = [{ ...first, v: first.v.slice(m[0].length) }, ...t.w.slice(1)];
          assigns.push({ name: m[1] as string, value: rest });
        } else if (
          words.length === 0 &&
          t.raw !== null &&
          NAME.exec(t.raw)?.[0] === t.raw &&
          !RESERVED.has(t.raw) &&
          redirs.length === 0 &&
          this.toks[this.pos + 1]?.k === 'op' &&
          (this.toks[this.pos + 1] as { v: string }).v === '('
        ) {
          return this.funcDef();
        } else words.push(t.w);
        this.advance();
      } else break;
    }
    if (words.length === 0 && assigns.length === 0 && redirs.length === 0) this.fail();
    return { k: 'simple', words, assigns, redirs, line };
  }
}

/** Parses a script into its syntax tree (throws ShellSyntaxError or ShellUnsupported). */
export function parseShell(src: string): Node {
  return new Parser(src).program();
}

/** Parses and compiles a script into the flat instruction list the interpreter runs. */
export function compileSource(src: string): Instr[] {
  return compile(parseShell(src));
}
