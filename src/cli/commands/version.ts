// `docker version`: client and server versions, as the default template or a custom --format.
import type { CommandSpec, Invocation } from '../command.ts';
import { executeTemplate, parseTemplate } from '../format/go-template/index.ts';
import { tabwrite } from '../format/tabwriter.ts';
import { flagString } from '../views/flags.ts';
import { versionData, versionLines } from '../views/system-info.ts';
import { flagsOf, useOf } from './spec-helpers.ts';

/** The CLI names its template "version", which Go's error messages quote. */
const named = (message: string): string =>
  message
    .replace(/^template: :/, 'template: version:')
    .replace('executing ""', 'executing "version"');

/** prettyPrintVersion writes through a tabwriter of minwidth 20 and padding 1. */
const tabwriter = (text: string): string =>
  tabwrite(text, { minwidth: 20, padding: 1, padchar: ' ' });

function run(inv: Invocation): number {
  const format = flagString(inv.flags, 'format') ?? '';
  if (format === '') {
    inv.out.stdout(
      tabwriter(
        versionLines()
          .map((cells) => cells.join('\t'))
          .join('\n') + '\n',
      ),
    );
    return 0;
  }
  const parsed = parseTemplate(format === 'json' ? '{{json .}}' : format);
  if (!parsed.ok) {
    inv.out.stderr(`template parsing error: ${named(parsed.error)}\n`);
    return 64;
  }
  const r = executeTemplate(parsed.template, versionData(), { typeName: 'system.versionInfo' });
  inv.out.stdout(tabwriter((r.ok ? r.output : '') + '\n'));
  if (!r.ok) {
    inv.out.stderr(`${named(r.error)}\n`);
    return 1;
  }
  return 0;
}

export const command: CommandSpec = {
  path: ['version'],
  aliases: [],
  use: useOf('version'),
  flags: flagsOf('version', 'all'),
  args: { min: 0, max: 0 },
  run,
};
