// Public entry point of the Go text/template subset used by docker's --format.
import { execute, hasTemplateFunction, type ExecOptions } from './exec.ts';
import type { ListNode } from './nodes.ts';
import { parse } from './parser.ts';

export { GoFloat, goJsonMarshal, goStruct, goTyped, formatV as formatGoValue } from './values.ts';
export type { ExecOptions, MissingKey } from './exec.ts';

/** A parsed template, ready to run any number of times. */
export interface Template {
  readonly source: string;
  readonly root: ListNode;
}

/** Parses a template as docker's templates.Parse does; errors are Go's ("template: :1: …"). */
export function parseTemplate(
  src: string,
): { ok: true; template: Template } | { ok: false; error: string } {
  const r = parse(src, hasTemplateFunction);
  if (!r.ok) return r;
  return { ok: true, template: { source: src, root: r.root } };
}

/**
 * Runs a template over plain JS data. Options: typeName (the Go type of the data, for errors such as
 * "can't evaluate field Nope in type *formatter.ContainerContext"), missingKey ("error" as docker
 * inspect's raw fallback uses), header (docker's HeaderFunctions, for table headers).
 */
export function executeTemplate(
  t: Template,
  data: unknown,
  options?: ExecOptions,
): { ok: true; output: string } | { ok: false; error: string } {
  return execute(t.source, t.root, data, options);
}
