// Adapter to the help texts (owned by src/cli/help/): full help pages for `--help`, usage lines for errors.
import { loadHelp, renderHelp, usageLine as helpUsageLine } from './help/index.ts';
import { t } from '../i18n/fr.ts';

/** The help page of `docker <path>` at this width, or undefined when Docker has no such page. */
export async function helpPage(
  path: readonly string[],
  columns: number,
): Promise<string | undefined> {
  const h = await loadHelp(path);
  return h ? renderHelp(h, columns) : undefined;
}

/** "Usage:  docker container ls [OPTIONS]" as cobra names the command (aliases show the real name). */
export function knownUsageLine(path: readonly string[]): string | undefined {
  return helpUsageLine(path);
}

export function helpUnavailable(path: readonly string[]): string {
  return `${t('cli.help.unavailable', { command: path.join(' ') })}\n`;
}
