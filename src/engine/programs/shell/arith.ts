// Shell arithmetic `$(( … ))`: integers, C operators and precedence, variables and assignments.

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

export class ArithError extends Error {}

type Tok = { k: 'num'; v: number } | { k: 'id'; v: string } | { k: 'op'; v: string };

const OPS = [
  '<<=',
  '>>=',
  '**',
  '++',
  '--',
  '<<',
  '>>',
  '<=',
  '>=',
  '==',
  '!=',
  '&&',
  '||',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '<',
  '>',
  '=',
  '!',
  '~',
  '&',
  '|',
  '^',
  '(',
  ')',
  '?',
  ':',
  ',',
];

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const num = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(src.slice(i));
    if (num && /[0-9]/.test(c)) {
      const text = num[0];
      if (/[A-Za-z_0-9]/.test(src[i + text.length] ?? ''))
        throw new ArithError(`${src.slice(i)}: value too great for base`);
      out.push({
        k: 'num',
        v:
          text.length > 1 && text[0] === '0' && !/[xX]/.test(text)
            ? parseInt(text, 8)
            : Number(text),
      });
      i += text.length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (id) {
      out.push({ k: 'id', v: id[0] });
      i += id[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op)
      throw new ArithError(
        `syntax error: invalid arithmetic operator (error token is "${src.slice(i)}")`,
      );
    out.push({ k: 'op', v: op });
    i += op.length;
  }
  return out;
}

const BINARY: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '|': 3,
  '^': 4,
  '&': 5,
  '==': 6,
  '!=': 6,
  '<': 7,
  '>': 7,
  '<=': 7,
  '>=': 7,
  '<<': 8,
  '>>': 8,
  '+': 9,
  '-': 9,
  '*': 10,
  '/': 10,
  '%': 10,
  '**': 11,
};

const int = (n: number): number => (Number.isFinite(n) ? Math.trunc(n) : 0);

/** Evaluates an arithmetic expression; throws ArithError with the shell's wording on errors. */
export function evalArith(src: string, vars: ArithVars): number {
  const toks = lex(src);
  let p = 0;
  const peek = (): Tok | undefined => toks[p];
  const isOp = (v: string) => peek()?.k === 'op' && peek()?.v === v;
  const valueOf = (name: string, depth = 0): number => {
    const raw = (vars.get(name) ?? '').trim();
    if (raw === '') return 0;
    if (/^-?\d+$/.test(raw)) return Number(raw);
    if (depth > 10) throw new ArithError(`${raw}: expression recursion level exceeded`);
    return evalArith(raw, vars);
  };

  const assignment = (): number => {
    const t = peek();
    const n = toks[p + 1];
    if (t?.k === 'id' && n?.k === 'op' && /^([-+*/%&|^]|<<|>>)?=$/.test(n.v) && n.v !== '==') {
      p += 2;
      const rhs = assignment();
      const cur = valueOf(t.v);
      const v = n.v === '=' ? rhs : binary(n.v.slice(0, -1), cur, rhs);
      vars.set(t.v, String(v));
      return v;
    }
    return ternary();
  };

  const ternary = (): number => {
    const c = binaryExpr(1);
    if (!isOp('?')) return c;
    p++;
    const a = assignment();
    if (!isOp(':')) throw new ArithError('syntax error: expecting ":"');
    p++;
    const b = assignment();
    return c ? a : b;
  };

  const binary = (op: string, a: number, b: number): number => {
    switch (op) {
      case '||':
        return a || b ? 1 : 0;
      case '&&':
        return a && b ? 1 : 0;
      case '|':
        return a | b;
      case '^':
        return a ^ b;
      case '&':
        return a & b;
      case '==':
        return a === b ? 1 : 0;
      case '!=':
        return a !== b ? 1 : 0;
      case '<':
        return a < b ? 1 : 0;
      case '>':
        return a > b ? 1 : 0;
      case '<=':
        return a <= b ? 1 : 0;
      case '>=':
        return a >= b ? 1 : 0;
      case '<<':
        return a << b;
      case '>>':
        return a >> b;
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
      case '%':
        if (b === 0) throw new ArithError('division by zero');
        return op === '/' ? int(a / b) : a % b;
      case '**':
        if (b < 0) throw new ArithError('exponent less than 0');
        return int(a ** b);
    }
    throw new ArithError(`syntax error: ${op}`);
  };

  const binaryExpr = (min: number): number => {
    let left = unary();
    for (;;) {
      const t = peek();
      const prec = t?.k === 'op' ? BINARY[t.v] : undefined;
      if (!t || t.k !== 'op' || prec === undefined || prec < min) return left;
      p++;
      const right = binaryExpr(t.v === '**' ? prec : prec + 1);
      left = binary(t.v, left, right);
    }
  };

  const unary = (): number => {
    const t = peek();
    if (t?.k === 'op') {
      if (t.v === '-' || t.v === '+' || t.v === '!' || t.v === '~') {
        p++;
        const v = unary();
        return t.v === '-' ? -v : t.v === '+' ? v : t.v === '!' ? (v ? 0 : 1) : ~v;
      }
      if (t.v === '++' || t.v === '--') {
        p++;
        const id = peek();
        if (id?.k !== 'id') throw new ArithError('syntax error: operand expected');
        p++;
        const v = valueOf(id.v) + (t.v === '++' ? 1 : -1);
        vars.set(id.v, String(v));
        return v;
      }
      if (t.v === '(') {
        p++;
        const v = comma();
        if (!isOp(')')) throw new ArithError('syntax error: missing ")"');
        p++;
        return v;
      }
    }
    if (t?.k === 'num') {
      p++;
      return t.v;
    }
    if (t?.k === 'id') {
      p++;
      if (isOp('++') || isOp('--')) {
        const cur = valueOf(t.v);
        vars.set(t.v, String(cur + (peek()?.v === '++' ? 1 : -1)));
        p++;
        return cur;
      }
      return valueOf(t.v);
    }
    throw new ArithError(
      `syntax error: operand expected (error token is "${t ? String(t.v) : ''}")`,
    );
  };

  const comma = (): number => {
    let v = assignment();
    while (isOp(',')) {
      p++;
      v = assignment();
    }
    return v;
  };

  if (toks.length === 0) return 0;
  const v = comma();
  if (p < toks.length)
    throw new ArithError(
      `syntax error in expression (error token is "${toks
        .slice(p)
        .map((t) => t.v)
        .join(' ')}")`,
    );
  return int(v);
}
