// Renders a help text as cobra/pflag print it: flag usages wrapped at the terminal width.
import type { FlagEntry, HelpText } from './types.ts';

/** pflag's wrapN: cut s at the last blank within i characters, going slop over when that ends it. */
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag's wrap: s wrapped into width w with continuation lines indented by i. */
function wrap(i: number, w: number, s: string): string {
  if (w === 0) return s.split('\n').join('\n' + ' '.repeat(i));
  let width = w - i;
  let r = '';
  if (width < 24) {
    i = 16;
    width = w - i;
    r += '\n' + ' '.repeat(i);
  }
  if (width < 24) return s.split('\n').join(r);
  const slop = 5;
  width -= slop;
  const indent = '\n' + ' '.repeat(i);
  let [l, rest] = wrapN(width, slop, s);
  r += l.split('\n').join(indent);
  while (rest !== '') {
    let t: string;
    [t, rest] = wrapN(width, slop, rest);
    r += indent + t.split('\n').join(indent);
  }
  return r;
}

/** FlagSet.FlagUsagesWrapped(cols), then trimmed on the right as docker's template does. */
export function renderFlags(flags: readonly FlagEntry[], cols: number): string {
  let maxlen = 0;
  for (const f of flags) maxlen = Math.max(maxlen, f.prefix.length + 1);
  let out = '';
  for (const f of flags) {
    const spacing = ' '.repeat(maxlen - f.prefix.length);
    out += `${f.prefix} ${spacing} ${wrap(maxlen + 2, cols, f.usage)}\n`;
  }
  return out.replace(/\s+$/, '');
}

/** The help text as printed on a terminal of `columns` columns (80 when not a terminal). */
export function renderHelp(h: HelpText, columns: number): string {
  let out = '';
  for (const p of h.parts) {
    if ('text' in p) out += p.text;
    else out += renderFlags(p.flags, columns - 1);
  }
  return out;
}
