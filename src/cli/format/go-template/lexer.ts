// Lexer of Go's text/template (a port of text/template/parse/lex.go), delimiters {{ }}.
import { formatRuneU } from '../go-fmt.ts';

export type ItemType =
  | 'error'
  | 'bool'
  | 'char'
  | 'charConstant'
  | 'comment'
  | 'complex'
  | 'assign'
  | 'declare'
  | 'EOF'
  | 'field'
  | 'identifier'
  | 'leftDelim'
  | 'leftParen'
  | 'number'
  | 'pipe'
  | 'rawString'
  | 'rightDelim'
  | 'rightParen'
  | 'space'
  | 'string'
  | 'text'
  | 'variable'
  // keywords
  | 'block'
  | 'break'
  | 'continue'
  | 'dot'
  | 'define'
  | 'else'
  | 'end'
  | 'if'
  | 'nil'
  | 'range'
  | 'template'
  | 'with';

export interface Item {
  typ: ItemType;
  pos: number;
  val: string;
  line: number;
}

const KEYWORDS: Record<string, ItemType> = {
  '.': 'dot',
  block: 'block',
  break: 'break',
  continue: 'continue',
  define: 'define',
  else: 'else',
  end: 'end',
  if: 'if',
  range: 'range',
  nil: 'nil',
  template: 'template',
  with: 'with',
};

export function isKeyword(t: ItemType): boolean {
  return (
    t === 'block' ||
    t === 'break' ||
    t === 'continue' ||
    t === 'dot' ||
    t === 'define' ||
    t === 'else' ||
    t === 'end' ||
    t === 'if' ||
    t === 'nil' ||
    t === 'range' ||
    t === 'template' ||
    t === 'with'
  );
}

/** item.String() as Go prints a token in an error. */
export function itemString(i: Item): string {
  if (i.typ === 'EOF') return 'EOF';
  if (i.typ === 'error') return i.val;
  if (isKeyword(i.typ)) return `<${i.val}>`;
  if (Array.from(i.val).length > 10) return goQuoteTrunc(i.val, 10) + '...';
  return JSON.stringify(i.val);
}

// %.10q: quote the first 10 runes.
function goQuoteTrunc(s: string, n: number): string {
  return JSON.stringify(Array.from(s).slice(0, n).join(''));
}

const LEFT = '{{';
const RIGHT = '}}';
const EOF = -1;

function isSpace(r: number): boolean {
  return r === 0x20 || r === 0x09 || r === 0x0d || r === 0x0a;
}

function isAlphaNumeric(r: number): boolean {
  if (r < 0) return false;
  return r === 0x5f || /[\p{L}\p{Nd}]/u.test(String.fromCodePoint(r));
}

function hasLeftTrimMarker(s: string): boolean {
  return s.length >= 2 && s[0] === '-' && isSpace(s.charCodeAt(1));
}

function hasRightTrimMarker(s: string): boolean {
  return s.length >= 2 && isSpace(s.charCodeAt(0)) && s[1] === '-';
}

function leftTrimLength(s: string): number {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

function rightTrimLength(s: string): number {
  let i = s.length;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  return s.length - i;
}

type StateFn = ((l: Lexer) => StateFn) | null;

class Lexer {
  input: string;
  pos = 0;
  start = 0;
  width = 0;
  parenDepth = 0;
  items: Item[] = [];
  lineStarts: number[];

  constructor(input: string) {
    this.input = input;
    this.lineStarts = [];
    for (let i = 0; i < input.length; i++) if (input[i] === '\n') this.lineStarts.push(i);
  }

  lineAt(pos: number): number {
    let n = 1;
    for (const nl of this.lineStarts) {
      if (nl < pos) n++;
      else break;
    }
    return n;
  }

  next(): number {
    if (this.pos >= this.input.length) {
      this.width = 0;
      return EOF;
    }
    const r = this.input.codePointAt(this.pos) as number;
    this.width = r > 0xffff ? 2 : 1;
    this.pos += this.width;
    return r;
  }

  peek(): number {
    const r = this.next();
    this.backup();
    return r;
  }

  backup(): void {
    this.pos -= this.width;
    this.width = 0;
  }

  emit(t: ItemType): StateFn {
    this.items.push({
      typ: t,
      pos: this.start,
      val: this.input.slice(this.start, this.pos),
      line: this.lineAt(this.start),
    });
    this.start = this.pos;
    return null;
  }

  ignore(): void {
    this.start = this.pos;
  }

  accept(valid: string): boolean {
    const r = this.next();
    if (r !== EOF && valid.includes(String.fromCodePoint(r))) return true;
    this.backup();
    return false;
  }

  acceptRun(valid: string): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || !valid.includes(String.fromCodePoint(r))) break;
    }
    this.backup();
  }

  errorf(msg: string): StateFn {
    this.items.push({ typ: 'error', pos: this.start, val: msg, line: this.lineAt(this.start) });
    this.done = true;
    return null;
  }

  done = false;

  atRightDelim(): { delim: boolean; trimSpaces: boolean } {
    const rest = this.input.slice(this.pos);
    if (hasRightTrimMarker(rest) && rest.slice(2).startsWith(RIGHT)) {
      return { delim: true, trimSpaces: true };
    }
    if (rest.startsWith(RIGHT)) return { delim: true, trimSpaces: false };
    return { delim: false, trimSpaces: false };
  }

  atTerminator(): boolean {
    const r = this.peek();
    if (isSpace(r)) return true;
    if (r === EOF) return true;
    const c = String.fromCodePoint(r);
    if ('.,|:)('.includes(c)) return true;
    return this.input.slice(this.pos).startsWith(RIGHT);
  }
}

function lexText(l: Lexer): StateFn {
  const x = l.input.indexOf(LEFT, l.pos);
  if (x >= 0) {
    if (x > l.pos) {
      l.pos = x;
      let trimLength = 0;
      const delimEnd = l.pos + LEFT.length;
      if (hasLeftTrimMarker(l.input.slice(delimEnd))) {
        trimLength = rightTrimLength(l.input.slice(l.start, l.pos));
      }
      l.pos -= trimLength;
      if (l.pos > l.start) l.emit('text');
      l.pos += trimLength;
      l.ignore();
    }
    return lexLeftDelim;
  }
  l.pos = l.input.length;
  if (l.pos > l.start) l.emit('text');
  l.emit('EOF');
  return null;
}

function lexLeftDelim(l: Lexer): StateFn {
  l.pos += LEFT.length;
  const trimSpace = hasLeftTrimMarker(l.input.slice(l.pos));
  const afterMarker = trimSpace ? 2 : 0;
  if (l.input.slice(l.pos + afterMarker).startsWith('/*')) {
    l.pos += afterMarker;
    l.ignore();
    return lexComment;
  }
  l.emit('leftDelim');
  l.pos += afterMarker;
  l.ignore();
  l.parenDepth = 0;
  return lexInsideAction;
}

function lexComment(l: Lexer): StateFn {
  l.pos += 2;
  const x = l.input.indexOf('*/', l.pos);
  if (x < 0) return l.errorf('unclosed comment');
  l.pos = x + 2;
  const { delim, trimSpaces } = l.atRightDelim();
  if (!delim) return l.errorf('comment ends before closing delimiter');
  // Comments are not emitted (the parser is not asked to keep them).
  if (trimSpaces) l.pos += 2;
  l.pos += RIGHT.length;
  if (trimSpaces) l.pos += leftTrimLength(l.input.slice(l.pos));
  l.ignore();
  return lexText;
}

function lexRightDelim(l: Lexer): StateFn {
  const { trimSpaces } = l.atRightDelim();
  if (trimSpaces) {
    l.pos += 2;
    l.ignore();
  }
  l.pos += RIGHT.length;
  l.emit('rightDelim');
  if (trimSpaces) {
    l.pos += leftTrimLength(l.input.slice(l.pos));
    l.ignore();
  }
  return lexText;
}

function lexInsideAction(l: Lexer): StateFn {
  const { delim } = l.atRightDelim();
  if (delim) {
    if (l.parenDepth === 0) return lexRightDelim;
    return l.errorf('unclosed left paren');
  }
  const r = l.next();
  if (r === EOF) return l.errorf('unclosed action');
  if (isSpace(r)) {
    l.backup();
    return lexSpace;
  }
  const c = String.fromCodePoint(r);
  switch (c) {
    case '=':
      l.emit('assign');
      return lexInsideAction;
    case ':':
      if (l.next() !== 0x3d) return l.errorf('expected :=');
      l.emit('declare');
      return lexInsideAction;
    case '|':
      l.emit('pipe');
      return lexInsideAction;
    case '"':
      return lexQuote;
    case '`':
      return lexRawQuote;
    case '$':
      return lexVariable;
    case "'":
      return lexChar;
    case '(':
      l.emit('leftParen');
      l.parenDepth++;
      return lexInsideAction;
    case ')':
      l.emit('rightParen');
      l.parenDepth--;
      if (l.parenDepth < 0) return l.errorf('unexpected right paren');
      return lexInsideAction;
  }
  if (c === '.') {
    if (l.pos < l.input.length) {
      const n = l.input.charCodeAt(l.pos);
      if (n < 0x30 || n > 0x39) return lexField;
    }
    l.backup();
    return lexNumber;
  }
  if (c === '+' || c === '-' || (r >= 0x30 && r <= 0x39)) {
    l.backup();
    return lexNumber;
  }
  if (isAlphaNumeric(r)) {
    l.backup();
    return lexIdentifier;
  }
  if (r <= 0x7f && r >= 0x20 && r !== 0x7f) {
    l.emit('char');
    return lexInsideAction;
  }
  return l.errorf(`unrecognized character in action: ${formatRuneU(r)}`);
}

function lexSpace(l: Lexer): StateFn {
  let numSpaces = 0;
  for (;;) {
    const r = l.peek();
    if (!isSpace(r)) break;
    l.next();
    numSpaces++;
  }
  const rest = l.input.slice(l.pos - 1);
  if (hasRightTrimMarker(rest) && rest.slice(2).startsWith(RIGHT)) {
    l.pos -= 1;
    if (numSpaces === 1) return lexInsideAction;
  }
  l.emit('space');
  return lexInsideAction;
}

function lexIdentifier(l: Lexer): StateFn {
  for (;;) {
    const r = l.next();
    if (isAlphaNumeric(r)) continue;
    l.backup();
    const word = l.input.slice(l.start, l.pos);
    if (!l.atTerminator()) return l.errorf(`bad character ${formatRuneU(r)}`);
    const kw = KEYWORDS[word];
    if (kw !== undefined && kw !== 'dot') l.emit(kw);
    else if (word[0] === '.') l.emit('field');
    else if (word === 'true' || word === 'false') l.emit('bool');
    else l.emit('identifier');
    return lexInsideAction;
  }
}

function lexField(l: Lexer): StateFn {
  return lexFieldOrVariable(l, 'field');
}

function lexVariable(l: Lexer): StateFn {
  if (l.atTerminator()) {
    l.emit('variable');
    return lexInsideAction;
  }
  return lexFieldOrVariable(l, 'variable');
}

function lexFieldOrVariable(l: Lexer, typ: 'field' | 'variable'): StateFn {
  if (l.atTerminator()) {
    l.emit(typ === 'variable' ? 'variable' : 'dot');
    return lexInsideAction;
  }
  let r: number;
  for (;;) {
    r = l.next();
    if (!isAlphaNumeric(r)) {
      l.backup();
      break;
    }
  }
  if (!l.atTerminator()) return l.errorf(`bad character ${formatRuneU(r)}`);
  l.emit(typ);
  return lexInsideAction;
}

function lexChar(l: Lexer): StateFn {
  for (;;) {
    let r = l.next();
    if (r === 0x5c) {
      r = l.next();
      if (r !== EOF && r !== 0x0a) continue;
    }
    if (r === EOF || r === 0x0a) return l.errorf('unterminated character constant');
    if (r === 0x27) break;
  }
  l.emit('charConstant');
  return lexInsideAction;
}

function lexNumber(l: Lexer): StateFn {
  if (!scanNumber(l))
    return l.errorf(`bad number syntax: ${JSON.stringify(l.input.slice(l.start, l.pos))}`);
  const sign = l.peek();
  if (sign === 0x2b || sign === 0x2d) {
    if (!scanNumber(l) || l.input[l.pos - 1] !== 'i') {
      return l.errorf(`bad number syntax: ${JSON.stringify(l.input.slice(l.start, l.pos))}`);
    }
    l.emit('complex');
  } else l.emit('number');
  return lexInsideAction;
}

function scanNumber(l: Lexer): boolean {
  l.accept('+-');
  let digits = '0123456789_';
  if (l.accept('0')) {
    if (l.accept('xX')) digits = '0123456789abcdefABCDEF_';
    else if (l.accept('oO')) digits = '01234567_';
    else if (l.accept('bB')) digits = '01_';
  }
  l.acceptRun(digits);
  if (l.accept('.')) l.acceptRun(digits);
  if (digits.length === 11 && l.accept('eE')) {
    l.accept('+-');
    l.acceptRun('0123456789_');
  }
  if (digits.length === 23 && l.accept('pP')) {
    l.accept('+-');
    l.acceptRun('0123456789_');
  }
  l.accept('i');
  if (isAlphaNumeric(l.peek())) {
    l.next();
    return false;
  }
  return true;
}

function lexQuote(l: Lexer): StateFn {
  for (;;) {
    let r = l.next();
    if (r === 0x5c) {
      r = l.next();
      if (r !== EOF && r !== 0x0a) continue;
    }
    if (r === EOF || r === 0x0a) return l.errorf('unterminated quoted string');
    if (r === 0x22) break;
  }
  l.emit('string');
  return lexInsideAction;
}

function lexRawQuote(l: Lexer): StateFn {
  for (;;) {
    const r = l.next();
    if (r === EOF) return l.errorf('unterminated raw quoted string');
    if (r === 0x60) break;
  }
  l.emit('rawString');
  return lexInsideAction;
}

/** Tokenizes a whole template; the last item is EOF or an error. */
export function lex(input: string): Item[] {
  const l = new Lexer(input);
  let state: StateFn = lexText;
  while (state !== null && !l.done) state = state(l);
  return l.items;
}
