// `docker info` / `docker system info`: the daemon's summary, with this machine's values and counts from state.
import type { CommandSpec, Invocation } from '../command.ts';
import { executeTemplate, parseTemplate } from '../format/go-template/index.ts';
import { flagString } from '../views/flags.ts';
import { infoData, infoText } from '../views/system-info.ts';
import { flagsOf, useOf } from './spec-helpers.ts';

function run(inv: Invocation): number {
  const format = flagString(inv.flags, 'format') ?? '';
  if (format === '') {
    inv.out.stdout(infoText(inv.engine.state));
    return 0;
  }
  const parsed = parseTemplate(format === 'json' ? '{{json .}}' : format);
  if (!parsed.ok) {
    inv.out.stderr(`template parsing error: ${parsed.error}\n`);
    return 64;
  }
  const r = executeTemplate(parsed.template, infoData(inv.engine.state), {
    typeName: 'system.dockerInfo',
  });
  inv.out.stdout((r.ok ? r.output : '') + '\n');
  if (!r.ok) {
    inv.out.stderr(`${r.error}\n`);
    return 1;
  }
  return 0;
}

export const command: CommandSpec = {
  path: ['system', 'info'],
  aliases: [['info']],
  use: useOf('info'),
  flags: flagsOf('info', 'all'),
  args: { min: 0, max: 0 },
  run,
};
