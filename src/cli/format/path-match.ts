// Go's path.Match: shell patterns (`*`, `?`, `[…]`, `\`) as docker's `reference=` filters use them.

export type PathMatchResult =
  { ok: true; matched: boolean } | { ok: false; error: 'syntax error in pattern' };

const BAD: PathMatchResult = { ok: false, error: 'syntax error in pattern' };

/** Reports whether `name` matches the shell pattern, or Go's ErrBadPattern for a malformed one. */
export function pathMatch(pattern: string, name: string): PathMatchResult {
  const p = Array.from(pattern);
  const n = Array.from(name);
  return matchFrom(p, 0, n, 0);
}

function matchFrom(p: string[], pi: number, n: string[], ni: number): PathMatchResult {
  while (pi < p.length) {
    const c = p[pi] as string;
    if (c === '*') {
      // A star matches any run of non-separators; try every split, checking the rest's syntax too.
      let rest = pi + 1;
      while (rest < p.length && p[rest] === '*') rest++;
      let sawMatch = false;
      for (let k = ni; k <= n.length; k++) {
        const r = matchFrom(p, rest, n, k);
        if (!r.ok) return r;
        if (r.matched) sawMatch = true;
        if (sawMatch) return { ok: true, matched: true };
        if (k < n.length && n[k] === '/') break;
      }
      return checkSyntax(p, rest) ? { ok: true, matched: false } : BAD;
    }
    if (c === '?') {
      if (ni >= n.length || n[ni] === '/') return checkSyntax(p, pi + 1) ? no() : BAD;
      pi++;
      ni++;
      continue;
    }
    if (c === '[') {
      const cls = readClass(p, pi + 1);
      if (!cls) return BAD;
      if (ni >= n.length || n[ni] === '/') return checkSyntax(p, cls.end) ? no() : BAD;
      if (cls.test(n[ni] as string) === cls.negated) return checkSyntax(p, cls.end) ? no() : BAD;
      pi = cls.end;
      ni++;
      continue;
    }
    let literal = c;
    if (c === '\\') {
      if (pi + 1 >= p.length) return BAD;
      literal = p[pi + 1] as string;
      pi++;
    }
    if (ni >= n.length || n[ni] !== literal) return checkSyntax(p, pi + 1) ? no() : BAD;
    pi++;
    ni++;
  }
  return { ok: true, matched: ni === n.length };
}

const no = (): PathMatchResult => ({ ok: true, matched: false });

interface CharClass {
  negated: boolean;
  end: number;
  test(ch: string): boolean;
}

/** Parses a `[…]` class starting after its `[`; undefined when it is malformed. */
function readClass(p: string[], start: number): CharClass | undefined {
  let i = start;
  let negated = false;
  if (p[i] === '^') {
    negated = true;
    i++;
  }
  const ranges: [string, string][] = [];
  let first = true;
  for (;;) {
    if (i >= p.length) return undefined;
    if (p[i] === ']' && !first) {
      i++;
      break;
    }
    first = false;
    const lo = readClassChar(p, i);
    if (!lo) return undefined;
    i = lo.next;
    let hi = lo.ch;
    if (p[i] === '-') {
      const h = readClassChar(p, i + 1);
      if (!h) return undefined;
      hi = h.ch;
      i = h.next;
    }
    ranges.push([lo.ch, hi]);
  }
  return {
    negated,
    end: i,
    test: (ch) => ranges.some(([lo, hi]) => lo <= ch && ch <= hi),
  };
}

function readClassChar(p: string[], i: number): { ch: string; next: number } | undefined {
  const c = p[i];
  if (c === undefined || c === '-' || c === ']') return undefined;
  if (c === '\\') {
    const e = p[i + 1];
    return e === undefined ? undefined : { ch: e, next: i + 2 };
  }
  return { ch: c, next: i + 1 };
}

/** Whether the rest of a pattern is well formed (Go reports bad syntax even after a mismatch). */
function checkSyntax(p: string[], from: number): boolean {
  let i = from;
  while (i < p.length) {
    const c = p[i];
    if (c === '\\') {
      if (i + 1 >= p.length) return false;
      i += 2;
    } else if (c === '[') {
      const cls = readClass(p, i + 1);
      if (!cls) return false;
      i = cls.end;
    } else i++;
  }
  return true;
}
