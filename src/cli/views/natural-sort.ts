// fvbommel/sortorder.NaturalLess: digit runs compare as numbers (docker port sorts its lines with it).

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export function naturalLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const c1 = a.charCodeAt(i);
    const c2 = b.charCodeAt(j);
    const d1 = isDigit(c1);
    const d2 = isDigit(c2);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (c1 !== c2) return c1 < c2;
      i++;
      j++;
      continue;
    }
    while (i < a.length && a[i] === '0') i++;
    while (j < b.length && b[j] === '0') j++;
    const nz1 = i;
    const nz2 = j;
    while (i < a.length && isDigit(a.charCodeAt(i))) i++;
    while (j < b.length && isDigit(b.charCodeAt(j))) j++;
    const len1 = i - nz1;
    const len2 = j - nz2;
    if (len1 !== len2) return len1 < len2;
    const n1 = a.slice(nz1, i);
    const n2 = b.slice(nz2, j);
    if (n1 !== n2) return n1 < n2;
    if (nz1 !== nz2) return nz1 < nz2;
  }
  return a.length < b.length;
}
