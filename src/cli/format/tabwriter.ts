// Go text/tabwriter as docker's tables use it: elastic tab-terminated cells, widths counted in runes.

export interface TabwriterOptions {
  /** Minimal cell width, padding included (docker: 10; `docker top`: 20). */
  minwidth?: number;
  /** Padding added to the widest cell of a column (docker: 3). */
  padding?: number;
  /** Character used to pad (docker: ' '). */
  padchar?: string;
}

interface Cell {
  text: string;
  width: number;
}

/** Number of Unicode code points, as Go's utf8.RuneCountInString counts them. */
export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Formats text the way a Go tabwriter.Writer does when it is written `text` then flushed:
 * '\t' (and '\v') terminate a cell, '\n' (and '\f') end a line. The last cell of a line is not part of
 * any column; a column block is a run of consecutive lines that have a cell in that column.
 */
export function tabwrite(text: string, options: TabwriterOptions = {}): string {
  const minwidth = options.minwidth ?? 10;
  const padding = options.padding ?? 3;
  const padchar = options.padchar ?? ' ';
  const lines: Cell[][] = [];
  let current: Cell[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\t' || ch === '\v' || ch === '\n' || ch === '\f') {
      const cellText = text.slice(start, i);
      current.push({ text: cellText, width: runeCount(cellText) });
      start = i + 1;
      if (ch === '\n' || ch === '\f') {
        lines.push(current);
        current = [];
      }
    }
  }
  // Flush terminates a non-empty pending cell; the last line gets no newline.
  const tail = text.slice(start);
  if (tail !== '') current.push({ text: tail, width: runeCount(tail) });
  lines.push(current);
  const out: string[] = [];
  const widths: number[] = [];

  const writeLines = (line0: number, line1: number): void => {
    for (let i = line0; i < line1; i++) {
      const line = lines[i] as Cell[];
      for (let j = 0; j < line.length; j++) {
        const c = line[j] as Cell;
        out.push(c.text);
        const w = widths[j];
        if (j < widths.length && w !== undefined && w > c.width) {
          out.push(padchar.repeat(w - c.width));
        }
      }
      if (i + 1 < lines.length) out.push('\n');
    }
  };

  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let t = line0; t < line1; t++) {
      if (column >= (lines[t] as Cell[]).length - 1) continue;
      // A cell exists in this column: this starts a column block.
      writeLines(line0, t);
      line0 = t;
      let width = minwidth;
      for (; t < line1; t++) {
        const line = lines[t] as Cell[];
        if (column >= line.length - 1) break;
        const w = (line[column] as Cell).width + padding;
        if (w > width) width = w;
      }
      widths.push(width);
      format(line0, t);
      widths.pop();
      line0 = t;
    }
    writeLines(line0, line1);
  };

  format(0, lines.length);
  return out.join('');
}

/** Renders rows of cells as docker's tables do (minwidth 10, padding 3): each row ends with "\n". */
export function renderTable(rows: readonly (readonly string[])[]): string {
  return renderTableWidths(rows, 10);
}

/** Same as renderTable with another minimal width (`docker top` uses 20). */
export function renderTableWidths(
  rows: readonly (readonly string[])[],
  minwidth: number,
  padding = 3,
): string {
  if (rows.length === 0) return '';
  const cells = rows[0]?.length ?? 0;
  const rectangular = rows.every((r) => r.length === cells && !r.some(hasTabwriterControl));
  if (!rectangular) {
    const text = rows.map((r) => r.join('\t') + '\n').join('');
    return tabwrite(text, { minwidth, padding, padchar: ' ' });
  }
  // Every row has the same cells: each column is one block, so widths are a single pass (docker ps
  // with 1000 containers spends most of its time here otherwise).
  const widths: number[] = [];
  for (let j = 0; j < cells - 1; j++) {
    let width = minwidth;
    for (const row of rows) width = Math.max(width, runeCount(row[j] as string) + padding);
    widths.push(width);
  }
  const out: string[] = [];
  for (const row of rows) {
    for (let j = 0; j < cells; j++) {
      const text = row[j] as string;
      out.push(text);
      if (j < cells - 1) out.push(' '.repeat((widths[j] as number) - runeCount(text)));
    }
    out.push('\n');
  }
  return out.join('');
}

function hasTabwriterControl(cell: string): boolean {
  return /[\t\v\n\f]/.test(cell);
}
