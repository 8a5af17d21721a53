// docker/cli's inspect package: indented JSON, compact JSON or a template per element, then the errors.
import type { Output } from '../command.ts';
import { executeTemplate, parseTemplate, type Template } from '../format/go-template/index.ts';
import { goJson, type GoJsonValue } from './go-json.ts';
import { toRaw } from './go-values.ts';

/** One inspected object: its typed view for templates, and how the daemon encodes it. */
export interface InspectElement {
  value: GoJsonValue;
  /** The image endpoint escapes <, > and & in its JSON; the other endpoints do not. */
  escapeHtml: boolean;
}

export type RefResult = { ok: true; element: InspectElement } | { ok: false; message: string };

/** GetRefFunc: resolves one NAME|ID argument; `message` is printed as is on stderr. */
export type GetRef = (ref: string) => RefResult;

function indentBlock(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

/**
 * inspect.Inspect: prints every element found (a JSON array, or one template result per line), then
 * the errors on stderr. Exit code 1 if any reference failed, 64 for a template that does not parse.
 */
export function runInspect(
  out: Output,
  refs: readonly string[],
  format: string,
  getRef: GetRef,
): number {
  let template: Template | undefined;
  if (format !== '' && format !== 'json') {
    const parsed = parseTemplate(format);
    if (!parsed.ok) {
      out.stderr(`template parsing error: ${parsed.error}\n`);
      return 64;
    }
    template = parsed.template;
  }
  const errors: string[] = [];
  const elements: InspectElement[] = [];
  let buffer = '';
  for (const ref of refs) {
    const found = getRef(ref);
    if (!found.ok) {
      errors.push(found.message);
      continue;
    }
    if (template === undefined) {
      elements.push(found.element);
      continue;
    }
    // Docker runs the template on the typed object, then on the raw JSON with missingkey=error.
    const typed = executeTemplate(template, found.element.value, {});
    if (typed.ok) {
      buffer += typed.output + '\n';
      continue;
    }
    const raw = executeTemplate(template, toRaw(found.element.value), { missingKey: 'error' });
    if (raw.ok) buffer += raw.output + '\n';
    else errors.push(`template parsing error: ${raw.error}`);
  }
  if (template !== undefined) {
    out.stdout(buffer === '' ? '\n' : buffer);
  } else if (elements.length === 0) {
    out.stdout('[]\n');
  } else if (format === 'json') {
    const parts = elements.map((e) => goJson(e.value, { escapeHtml: e.escapeHtml }));
    out.stdout(`[${parts.join(',')}]\n`);
  } else {
    const parts = elements.map((e) =>
      indentBlock(goJson(e.value, { indent: '    ', escapeHtml: e.escapeHtml }), '    '),
    );
    out.stdout(`[\n${parts.join(',\n')}\n]\n`);
  }
  if (errors.length > 0) {
    out.stderr(errors.join('\n') + '\n');
    return 1;
  }
  return 0;
}
