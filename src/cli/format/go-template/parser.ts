// Parser of Go's text/template (a port of text/template/parse/parse.go), with Go's error texts.
import { itemString, lex, type Item, type ItemType } from './lexer.ts';
import type { CommandNode, ListNode, Node, NumberNode, PipeNode, VariableNode } from './nodes.ts';

class ParseError extends Error {}

const EOF_ITEM: Item = { typ: 'EOF', pos: 0, val: '', line: 1 };

class Parser {
  items: Item[];
  index = 0;
  /** token[0] is the last token read, as in Go (used for the line of errors). */
  last: Item = EOF_ITEM;
  vars: string[] = ['$'];
  actionLine = 0;
  rangeDepth = 0;
  hasFunction: (name: string) => boolean;

  constructor(src: string, hasFunction: (name: string) => boolean) {
    this.items = lex(src);
    this.hasFunction = hasFunction;
  }

  errorf(msg: string): never {
    throw new ParseError(`template: :${this.last.line}: ${msg}`);
  }

  next(): Item {
    const it = this.items[this.index] ?? this.items[this.items.length - 1] ?? EOF_ITEM;
    if (this.index < this.items.length) this.index++;
    this.last = it;
    return it;
  }

  backup(n = 1): void {
    this.index -= n;
  }

  peek(): Item {
    const it = this.next();
    this.backup();
    return it;
  }

  nextNonSpace(): Item {
    let it: Item;
    for (;;) {
      it = this.next();
      if (it.typ !== 'space') break;
    }
    return it;
  }

  peekNonSpace(): Item {
    const it = this.nextNonSpace();
    this.backup();
    return it;
  }

  expect(expected: ItemType, context: string): Item {
    const token = this.nextNonSpace();
    if (token.typ !== expected) this.unexpected(token, context);
    return token;
  }

  unexpected(token: Item, context: string): never {
    if (token.typ === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at :${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(token.val + extra);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }

  parse(): ListNode {
    const root: ListNode = { type: 'list', pos: this.peek().pos, nodes: [] };
    while (this.peek().typ !== 'EOF') {
      if (this.peek().typ === 'leftDelim') {
        const save = this.index;
        this.next();
        if (this.nextNonSpace().typ === 'define') this.errorf('{{define}} is not supported here');
        this.index = save;
      }
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else')
        this.errorf(`unexpected ${n.type === 'end' ? '{{end}}' : '{{else}}'}`);
      root.nodes.push(n);
    }
    if (this.peek().typ === 'EOF') this.next();
    return root;
  }

  textOrAction(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 'text':
        return { type: 'text', pos: token.pos, text: token.val };
      case 'leftDelim': {
        this.actionLine = token.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      }
      default:
        this.unexpected(token, 'input');
    }
  }

  action(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 'block':
        this.errorf('{{block}} is not supported here');
        break;
      case 'break':
        return this.breakControl(token, 'break');
      case 'continue':
        return this.breakControl(token, 'continue');
      case 'else':
        return this.elseControl();
      case 'end':
        return { type: 'end', pos: this.expect('rightDelim', 'end').pos };
      case 'if':
        return this.branch('if');
      case 'range':
        return this.branch('range');
      case 'template':
        this.errorf('{{template}} is not supported here');
        break;
      case 'with':
        return this.branch('with');
    }
    this.backup();
    const tok = this.peek();
    return {
      type: 'action',
      pos: tok.pos,
      line: tok.line,
      pipe: this.pipeline('command', 'rightDelim'),
    };
  }

  breakControl(token: Item, name: 'break' | 'continue'): Node {
    const t = this.nextNonSpace();
    if (t.typ !== 'rightDelim') this.unexpected(t, `{{${name}}}`);
    if (this.rangeDepth === 0) this.errorf(`{{${name}}} outside {{range}}`);
    return { type: name, pos: token.pos, line: token.line };
  }

  elseControl(): Node {
    const peek = this.peekNonSpace();
    if (peek.typ === 'if' || peek.typ === 'with')
      return { type: 'else', pos: peek.pos, line: peek.line };
    const token = this.expect('rightDelim', 'else');
    return { type: 'else', pos: token.pos, line: token.line };
  }

  branch(context: 'if' | 'range' | 'with'): Node {
    const mark = this.vars.length;
    try {
      const pipe = this.pipeline(context, 'rightDelim');
      if (context === 'range') this.rangeDepth++;
      const first = this.itemList();
      if (context === 'range') this.rangeDepth--;
      let list = first.list;
      let elseList: ListNode | null = null;
      if (first.next.type === 'else') {
        if (
          (context === 'if' && this.peek().typ === 'if') ||
          (context === 'with' && this.peek().typ === 'with')
        ) {
          this.next();
          elseList = { type: 'list', pos: first.next.pos, nodes: [this.branch(context)] };
        } else {
          const second = this.itemList();
          if (second.next.type !== 'end') this.errorf(`expected end; found {{else}}`);
          elseList = second.list;
        }
      }
      list = first.list;
      return { type: context, pos: pipe.pos, line: pipe.line, pipe, list, elseList };
    } finally {
      this.vars.length = mark;
    }
  }

  itemList(): { list: ListNode; next: Node } {
    const list: ListNode = { type: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().typ !== 'EOF') {
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') return { list, next: n };
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  pipeline(context: string, end: ItemType): PipeNode {
    const token = this.peekNonSpace();
    const pipe: PipeNode = {
      type: 'pipe',
      pos: token.pos,
      line: token.line,
      isAssign: false,
      decl: [],
      cmds: [],
    };
    decls: for (;;) {
      const v = this.peekNonSpace();
      if (v.typ !== 'variable') break;
      this.nextNonSpace();
      const vIndex = this.index - 1;
      const tokenAfterVariable = this.peek();
      const next = this.peekNonSpace();
      if (next.typ === 'assign' || next.typ === 'declare') {
        pipe.isAssign = next.typ === 'assign';
        this.nextNonSpace();
        pipe.decl.push({ type: 'variable', pos: v.pos, ident: [v.val] });
        this.vars.push(v.val);
      } else if (next.typ === 'char' && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push({ type: 'variable', pos: v.pos, ident: [v.val] });
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = this.peekNonSpace().typ;
          if (p === 'variable' || p === 'rightDelim' || p === 'rightParen') continue decls;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      } else if (tokenAfterVariable.typ === 'space') {
        this.index = vIndex;
      } else {
        this.index = vIndex;
      }
      break;
    }
    for (;;) {
      const tok = this.nextNonSpace();
      if (tok.typ === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      switch (tok.typ) {
        case 'bool':
        case 'charConstant':
        case 'complex':
        case 'dot':
        case 'field':
        case 'identifier':
        case 'number':
        case 'nil':
        case 'rawString':
        case 'string':
        case 'variable':
        case 'leftParen':
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(tok, context);
      }
    }
  }

  checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      const t = c.args[0]?.type;
      if (t === 'bool' || t === 'dot' || t === 'nil' || t === 'number' || t === 'string') {
        this.errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  command(): CommandNode {
    const cmd: CommandNode = { type: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand !== null) cmd.args.push(operand);
      const token = this.next();
      if (token.typ === 'space') continue;
      if (token.typ === 'rightDelim' || token.typ === 'rightParen') this.backup();
      else if (token.typ !== 'pipe') this.unexpected(token, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  operand(): Node | null {
    let node = this.term();
    if (node === null) return null;
    if (this.peek().typ === 'field') {
      const pos = this.peek().pos;
      const fields: string[] = [];
      while (this.peek().typ === 'field') fields.push(this.next().val.slice(1));
      switch (node.type) {
        case 'field':
          node = { type: 'field', pos, ident: [...node.ident, ...fields] };
          break;
        case 'variable':
          node = { type: 'variable', pos, ident: [...node.ident, ...fields] };
          break;
        case 'bool':
        case 'string':
        case 'number':
        case 'nil':
        case 'dot':
          this.errorf(`unexpected . after term ${JSON.stringify(nodeText(node))}`);
          break;
        default:
          node = { type: 'chain', pos, node, field: fields };
      }
    }
    return node;
  }

  term(): Node | null {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 'identifier':
        if (!this.hasFunction(token.val))
          this.errorf(`function ${JSON.stringify(token.val)} not defined`);
        return { type: 'identifier', pos: token.pos, ident: token.val };
      case 'dot':
        return { type: 'dot', pos: token.pos };
      case 'nil':
        return { type: 'nil', pos: token.pos };
      case 'variable':
        return this.useVar(token);
      case 'field':
        return { type: 'field', pos: token.pos, ident: [token.val.slice(1)] };
      case 'bool':
        return { type: 'bool', pos: token.pos, value: token.val === 'true' };
      case 'charConstant':
      case 'complex':
      case 'number':
        return this.newNumber(token);
      case 'leftParen':
        return this.pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString': {
        const text = unquote(token.val);
        if (text === null) this.errorf('invalid syntax');
        return { type: 'string', pos: token.pos, quoted: token.val, text };
      }
    }
    this.backup();
    return null;
  }

  useVar(token: Item): VariableNode {
    const ident = token.val.split('.');
    const name = ident[0] as string;
    if (!this.vars.includes(name)) this.errorf(`undefined variable ${JSON.stringify(name)}`);
    return { type: 'variable', pos: token.pos, ident };
  }

  newNumber(token: Item): NumberNode {
    const text = token.val;
    const n: NumberNode = {
      type: 'number',
      pos: token.pos,
      text,
      isInt: false,
      isUint: false,
      isFloat: false,
      isComplex: false,
      int: 0n,
      float: 0,
    };
    if (token.typ === 'charConstant') {
      const s = unquote(text);
      const cps = s === null ? [] : Array.from(s);
      if (s === null || cps.length !== 1) this.errorf(`malformed character constant: ${text}`);
      const cp = (cps[0] as string).codePointAt(0) as number;
      return { ...n, isInt: true, isUint: true, isFloat: true, int: BigInt(cp), float: cp };
    }
    if (token.typ === 'complex' || text.endsWith('i'))
      this.errorf('complex numbers are not supported here');
    const asInt = parseGoInt(text);
    if (asInt !== null) {
      const inInt64 = asInt >= -(1n << 63n) && asInt < 1n << 63n;
      n.isUint = asInt >= 0n && asInt < 1n << 64n;
      n.isInt = inInt64;
      if (n.isInt || n.isUint) {
        n.int = asInt;
        n.isFloat = true;
        n.float = Number(asInt);
      }
    }
    if (!n.isInt && !n.isUint) {
      const f = parseGoFloatLiteral(text);
      if (f !== null) {
        if (!/[.eEpP]/.test(text)) this.errorf(`integer overflow: ${JSON.stringify(text)}`);
        n.isFloat = true;
        n.float = f;
        if (Number.isInteger(f) && Math.abs(f) < 2 ** 63) {
          n.isInt = true;
          n.int = BigInt(f);
        }
      }
    }
    if (!n.isInt && !n.isUint && !n.isFloat)
      this.errorf(`illegal number syntax: ${JSON.stringify(text)}`);
    return n;
  }
}

function nodeText(n: Node): string {
  switch (n.type) {
    case 'bool':
      return n.value ? 'true' : 'false';
    case 'string':
      return n.quoted;
    case 'number':
      return n.text;
    case 'nil':
      return 'nil';
    default:
      return '.';
  }
}

/** strconv.ParseInt(text, 0, 64)-style literal (sign, 0x/0o/0b/0 prefixes, underscores after a prefix). */
function parseGoInt(text: string): bigint | null {
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(
    text,
  );
  if (!m) return null;
  let body = m[2] as string;
  const hasPrefix = /^0[xXoObB]/.test(body) || (body.length > 1 && body[0] === '0');
  if (body.includes('_')) {
    if (!hasPrefix || /__|_$/.test(body)) return null;
    body = body.replace(/_/g, '');
  }
  let v: bigint;
  if (/^0[xX]/.test(body)) v = BigInt('0x' + body.slice(2));
  else if (/^0[oO]/.test(body)) v = BigInt('0o' + body.slice(2));
  else if (/^0[bB]/.test(body)) v = BigInt('0b' + body.slice(2));
  else if (body.length > 1 && body[0] === '0') v = BigInt('0o' + body.slice(1));
  else v = BigInt(body);
  return m[1] === '-' ? -v : v;
}

function parseGoFloatLiteral(text: string): number | null {
  const t = text.replace(/_/g, '');
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) {
    const v = Number(t);
    return Number.isFinite(v) ? v : null;
  }
  return null;
}

/** strconv.Unquote of a "…", `…` or '…' literal; null when invalid. */
export function unquote(q: string): string | null {
  if (q.length < 2) return null;
  const quote = q[0];
  if (quote !== q[q.length - 1]) return null;
  const body = q.slice(1, -1);
  if (quote === '`') return body.includes('`') ? null : body.replace(/\r/g, '');
  if (quote !== '"' && quote !== "'") return null;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === quote) return null;
    if (c === '\n') return null;
    if (c !== '\\') {
      out += c;
      continue;
    }
    i++;
    const e = body[i];
    switch (e) {
      case 'a':
        out += '\x07';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case '\\':
        out += '\\';
        break;
      case "'":
        if (quote !== "'") return null;
        out += "'";
        break;
      case '"':
        if (quote !== '"') return null;
        out += '"';
        break;
      case 'x':
      case 'u':
      case 'U': {
        const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = body.slice(i + 1, i + 1 + len);
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) return null;
        const v = parseInt(hex, 16);
        if (e === 'x') out += String.fromCharCode(v);
        else {
          if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return null;
          out += String.fromCodePoint(v);
        }
        i += len;
        break;
      }
      default: {
        const oct = body.slice(i, i + 3);
        if (!/^[0-7]{3}$/.test(oct)) return null;
        const v = parseInt(oct, 8);
        if (v > 255) return null;
        out += String.fromCharCode(v);
        i += 2;
      }
    }
  }
  if (quote === "'" && Array.from(out).length !== 1) return null;
  return out;
}

export type ParseOutcome = { ok: true; root: ListNode } | { ok: false; error: string };

/** Parses a template; hasFunction tells which identifiers are defined functions. */
export function parse(src: string, hasFunction: (name: string) => boolean): ParseOutcome {
  const p = new Parser(src, hasFunction);
  try {
    return { ok: true, root: p.parse() };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: e.message };
    throw e;
  }
}
