// Plumbing shared by the list commands (network ls, volume ls, images, history): --filter checks and output.
import type { Invocation, Output } from '../command.ts';
import { renderTable } from '../format/tabwriter.ts';
import { writeFormatted, type WriteOptions } from '../views/formatter.ts';
import { parseFilterFlags, type FilterArgs } from '../views/ps-filter.ts';
import { flagStrings } from '../views/flags.ts';
import { usageError } from './prompt.ts';

/** `key=value` words (`--label`, `--opt`) as a record; a word without `=` maps to "". */
export function keyValues(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    out[eq < 0 ? v : v.slice(0, eq)] = eq < 0 ? '' : v.slice(eq + 1);
  }
  return out;
}

/**
 * The `--filter` flags of a daemon-side list, or the exit code once the error is printed: a malformed
 * word is a usage error (the CLI's), a key outside `known` the daemon's "invalid filter".
 */
export function daemonListFilters(
  inv: Invocation,
  known: ReadonlySet<string>,
): FilterArgs | number {
  const parsed = parseFilterFlags(flagStrings(inv.flags, 'filter'));
  if (!parsed.ok)
    return usageError(
      inv,
      `invalid argument "${parsed.bad}" for "-f, --filter" flag: bad format of filter (expected name=value)`,
    );
  for (const key of parsed.args.keys()) {
    if (!known.has(key)) {
      inv.out.stderr(`Error response from daemon: invalid filter '${key}'\n`);
      return 1;
    }
  }
  return parsed.args;
}

/** Whether `labels` hold every `label` filter (`key` present, or `key=value` equal). */
export function labelFilterMatches(
  f: FilterArgs,
  labels: Readonly<Record<string, string>>,
): boolean {
  const wanted = f.get('label');
  if (!wanted?.length) return true;
  return wanted.every((l) => {
    const eq = l.indexOf('=');
    const k = eq < 0 ? l : l.slice(0, eq);
    return k in labels && (eq < 0 || labels[k] === l.slice(eq + 1));
  });
}

/** Prints `contexts` through a `--format` template; a template error goes to stderr with exit code 1. */
export function printFormatted(
  out: Output,
  format: string,
  contexts: readonly unknown[],
  options: WriteOptions,
): number {
  const written = writeFormatted(format, contexts, options);
  if (!written.ok) {
    out.stderr(`${written.error}\n`);
    return 1;
  }
  out.stdout(written.output);
  return 0;
}

/** Prints the default table (`table()`: header row first) when `format` is "" or "table", else the template. */
export function printTableOrFormatted(
  out: Output,
  format: string,
  table: () => string[][],
  contexts: readonly unknown[],
  options: WriteOptions,
): number {
  if (format === '' || format === 'table') {
    out.stdout(renderTable(table()));
    return 0;
  }
  return printFormatted(out, format, contexts, options);
}
