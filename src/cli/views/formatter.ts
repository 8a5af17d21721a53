// docker/cli's formatter.Context: table / json / custom Go-template output of a list of items.
import { executeTemplate, parseTemplate } from '../format/go-template/index.ts';
import { tabwrite } from '../format/tabwriter.ts';

export type FormatResult = { ok: true; output: string } | { ok: false; error: string };

/** Whether a --format value asks for a table ("table" or "table TEMPLATE"). */
export function isTableFormat(format: string): boolean {
  return format.startsWith('table');
}

/** preFormat: drops "table", maps "json" to {{json .}}, trims spaces, turns `\t` and `\n` into tabs and newlines. */
export function finalFormat(format: string): string {
  let f = format;
  if (isTableFormat(f)) f = f.slice('table'.length);
  else if (f === 'json') f = '{{json .}}';
  f = f.replace(/^ +| +$/g, '');
  return f.replace(/\\t|\\n/g, (m) => (m === '\\t' ? '\t' : '\n'));
}

export interface WriteOptions {
  /** The Go type of each item, for template errors. */
  typeName: string;
  /** Column titles a table's header row is rendered from. */
  headers: Record<string, string>;
}

/** Context.Write: each item through the template (one line each); a table gets its header and tabwriter. */
export function writeFormatted(
  format: string,
  items: readonly unknown[],
  options: WriteOptions,
): FormatResult {
  const parsed = parseTemplate(finalFormat(format));
  if (!parsed.ok) return { ok: false, error: `template parsing error: ${parsed.error}` };
  let body = '';
  for (const item of items) {
    const r = executeTemplate(parsed.template, item, { typeName: options.typeName });
    if (!r.ok) return { ok: false, error: `template parsing error: ${r.error}` };
    body += r.output + '\n';
  }
  if (!isTableFormat(format)) return { ok: true, output: body };
  // The header row is the same template run over the column titles; its errors are ignored.
  const header = executeTemplate(parsed.template, { ...options.headers }, { header: true });
  const text = (header.ok ? header.output : '') + '\n' + body;
  return { ok: true, output: tabwrite(text, { minwidth: 10, padding: 3, padchar: ' ' }) };
}
