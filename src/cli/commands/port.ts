// `docker port CONTAINER [PRIVATE_PORT[/PROTO]]`: the published ports of a container, from its inspect data.
import type { CommandSpec, Invocation } from '../command.ts';
import { joinHostPort } from '../format/command.ts';
import { renderError } from '../render-error.ts';
import { networkSettingsPorts } from '../views/container-view.ts';
import { naturalLess } from '../views/natural-sort.ts';
import { useOf } from './spec-helpers.ts';

function run(inv: Invocation): number {
  const [ref = '', wanted] = inv.args;
  const found = inv.engine.findContainer(ref);
  if (!found.ok) {
    inv.out.stderr(`${renderError(found.error)}\n`);
    return 1;
  }
  const ports = networkSettingsPorts(found.value);
  const lines: string[] = [];
  if (wanted !== undefined) {
    const slash = wanted.indexOf('/');
    const port = slash < 0 ? wanted : wanted.slice(0, slash);
    const proto = slash < 0 || wanted.slice(slash + 1) === '' ? 'tcp' : wanted.slice(slash + 1);
    if (!/^\d+$/.test(port) || Number(port) > 65535) {
      const why = /^\d+$/.test(port) ? 'value out of range' : 'invalid syntax';
      inv.out.stderr(
        `Error: invalid port (${port}): strconv.ParseUint: parsing ${JSON.stringify(port)}: ${why}\n`,
      );
      return 1;
    }
    const frontends = ports[`${port}/${proto}`];
    if (!frontends || frontends.length === 0) {
      inv.out.stderr(`Error: No public port '${wanted}' published for ${ref}\n`);
      return 1;
    }
    for (const f of frontends) lines.push(joinHostPort(f.HostIp, f.HostPort));
  } else {
    for (const [key, frontends] of Object.entries(ports)) {
      for (const f of frontends ?? [])
        lines.push(`${key} -> ${joinHostPort(f.HostIp, f.HostPort)}`);
    }
  }
  if (lines.length > 0) {
    lines.sort((a, b) => (naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0));
    inv.out.stdout(lines.join('\n') + '\n');
  }
  return 0;
}

export const command: CommandSpec = {
  path: ['container', 'port'],
  aliases: [['port']],
  use: useOf('port'),
  flags: [],
  args: { min: 1, max: 2 },
  run,
};
