// Helpers of the network/volume/stats commands: the [y/N] confirmation, filter matching, flag-value errors.
import type { Invocation } from '../command.ts';
import type { FilterArgs } from '../views/ps-filter.ts';

/** Docker's command.PromptForConfirmation: the question on stdout, then one line of stdin ("y" or "yes"). */
export async function confirm(inv: Invocation, question: string): Promise<boolean> {
  inv.out.stdout(question);
  let line = '';
  for (;;) {
    const chunk = await inv.ctx.stdin.read();
    if (chunk === null) break;
    line += chunk;
    if (line.includes('\n') || line.includes('\r')) break;
  }
  const answer = (line.split(/[\r\n]/)[0] ?? '').trim().toLowerCase();
  if (!line.includes('\n') && !line.includes('\r')) inv.out.stdout('\n');
  return answer === 'y' || answer === 'yes';
}

/** filters.Args.Match (regexp values) or ExactMatch. */
export function filterMatches(
  f: FilterArgs,
  key: string,
  source: string,
  regexp: boolean,
): boolean {
  const values = f.get(key);
  if (!values || values.length === 0) return true;
  if (values.includes(source)) return true;
  if (!regexp) return false;
  return values.some((v) => {
    try {
      return new RegExp(v).test(source);
    } catch {
      return false;
    }
  });
}

/** A flag value the CLI rejects after parsing: the usual "invalid argument" block, exit 125. */
export function usageError(inv: Invocation, message: string): number {
  const cmd = `docker ${inv.path.join(' ')}`;
  inv.out.stderr(`${message}\nSee '${cmd} --help'.\n`);
  return 125;
}
