// A short, readable description of where two texts first differ (for mismatch reports).

const squeeze = (s: string | undefined) => s?.replace(/ {2,}/g, '  ');
const show = (s: string | undefined) => (s === undefined ? '(fin)' : JSON.stringify(s));

/**
 * The first differing line of `expected` and `actual`, with its number, as `-`/`+` lines. When lines
 * differ only by padding (a table whose widths follow a differing cell), the first line whose content
 * differs is shown instead, since it explains the padding.
 */
export function firstDifference(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  const n = Math.max(e.length, a.length);
  let first = -1;
  for (let i = 0; i < n; i++) {
    if (e[i] === a[i]) continue;
    if (first < 0) first = i;
    if (squeeze(e[i]) !== squeeze(a[i])) {
      const note = i === first ? '' : ' (et l’alignement des lignes précédentes)';
      return `ligne ${i + 1}${note} :\n  - ${show(e[i])}\n  + ${show(a[i])}`;
    }
  }
  if (first < 0) return '(identiques)';
  return `ligne ${first + 1} (espacement seul) :\n  - ${show(e[first])}\n  + ${show(a[first])}`;
}
