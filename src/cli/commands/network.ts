// `docker network create|ls|rm|connect|disconnect|prune` over the engine's networks (inspect lives in inspect.ts).
import type { Network } from '../../engine/index.ts';
import type { CommandSpec, FlagSpec, Invocation } from '../command.ts';
import { renderError } from '../render-error.ts';
import { flagsOf, useOf } from './spec-helpers.ts';
import { rfc3339Nano } from '../views/go-time.ts';
import { confirm, filterMatches } from './prompt.ts';
import { flagString, flagStrings } from '../views/flags.ts';
import { daemonListFilters, keyValues, labelFilterMatches, printFormatted } from './listing.ts';

const list = (inv: Invocation, name: string): string[] => flagStrings(inv.flags, name);
const str = (inv: Invocation, name: string): string | undefined => flagString(inv.flags, name);

const create: CommandSpec = {
  path: ['network', 'create'],
  aliases: [],
  use: useOf('network create'),
  flags: flagsOf('network create', [
    'attachable',
    'driver',
    'gateway',
    'internal',
    'ipv6',
    'label',
    'opt',
    'subnet',
    'ipv4',
  ]),
  args: { min: 1, max: 1 },
  run(inv) {
    const subnets = list(inv, 'subnet');
    const gateways = list(inv, 'gateway');
    if (gateways.length > subnets.length) {
      inv.out.stderr(
        'Error response from daemon: every ip-range or gateway must have a corresponding subnet\n',
      );
      return 1;
    }
    const r = inv.engine.network.create({
      name: inv.args[0] ?? '',
      ...(str(inv, 'driver') !== undefined ? { driver: str(inv, 'driver') } : {}),
      ...(subnets[0] !== undefined ? { subnet: subnets[0] } : {}),
      ...(gateways[0] !== undefined ? { gateway: gateways[0] } : {}),
      internal: inv.flags.values.internal === true,
      attachable: inv.flags.values.attachable === true,
      ipv6: inv.flags.values.ipv6 === true,
      labels: keyValues(list(inv, 'label')),
      options: keyValues(list(inv, 'opt')),
    });
    if (!r.ok) {
      inv.out.stderr(`${renderError(r.error)}\n`);
      return 1;
    }
    inv.out.stdout(`${r.value.id}\n`);
    return 0;
  },
};

/** The fields `network ls --format` offers (formatter.networkContext). */
function networkContext(n: Network, noTrunc: boolean): Record<string, unknown> {
  return {
    ID: noTrunc ? n.id : n.id.slice(0, 12),
    Name: n.name,
    Driver: n.driver,
    Scope: n.scope,
    IPv6: n.enableIPv6 ? 'true' : 'false',
    IPv4: 'true',
    Internal: n.internal ? 'true' : 'false',
    Labels: Object.entries(n.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(','),
    CreatedAt: rfc3339Nano(n.created)
      .replace('T', ' ')
      .replace(/\.\d+Z$/, ' +0000 UTC'),
  };
}

const NETWORK_FILTERS = new Set(['driver', 'id', 'label', 'name', 'scope', 'type', 'dangling']);

const ls: CommandSpec = {
  path: ['network', 'ls'],
  aliases: [['network', 'list']],
  use: useOf('network ls'),
  flags: flagsOf('network ls', 'all'),
  args: { min: 0, max: 0 },
  run(inv) {
    const f = daemonListFilters(inv, NETWORK_FILTERS);
    if (typeof f === 'number') return f;
    const used = new Set<string>();
    for (const c of Object.values(inv.engine.state.containers))
      for (const ep of Object.values(c.endpoints)) used.add(ep.networkId);
    const nets = inv.engine.network.list().filter((n) => {
      if (!filterMatches(f, 'name', n.name, true)) return false;
      if (!filterMatches(f, 'driver', n.driver, false)) return false;
      if (!filterMatches(f, 'scope', n.scope, false)) return false;
      if (f.get('id')?.length && !f.get('id')?.some((v) => n.id.startsWith(v))) return false;
      const type = f.get('type');
      if (type?.length && !type.includes(n.builtin ? 'builtin' : 'custom')) return false;
      const dangling = f.get('dangling');
      if (dangling?.length && !dangling.includes(!n.builtin && !used.has(n.id) ? 'true' : 'false'))
        return false;
      if (!labelFilterMatches(f, n.labels)) return false;
      return true;
    });
    const noTrunc = inv.flags.values['no-trunc'] === true;
    if (inv.flags.values.quiet === true) {
      inv.out.stdout(nets.map((n) => `${noTrunc ? n.id : n.id.slice(0, 12)}\n`).join(''));
      return 0;
    }
    const format = str(inv, 'format') || 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
    return printFormatted(
      inv.out,
      format === 'table' ? 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}' : format,
      nets.map((n) => networkContext(n, noTrunc)),
      {
        typeName: 'formatter.networkContext',
        headers: {
          ID: 'NETWORK ID',
          Name: 'NAME',
          Driver: 'DRIVER',
          Scope: 'SCOPE',
          IPv6: 'IPV6',
          IPv4: 'IPV4',
          Internal: 'INTERNAL',
          Labels: 'LABELS',
          CreatedAt: 'CREATED AT',
        },
      },
    );
  },
};

const rm: CommandSpec = {
  path: ['network', 'rm'],
  aliases: [['network', 'remove']],
  use: useOf('network rm'),
  flags: flagsOf('network rm', 'all'),
  args: { min: 1 },
  run(inv) {
    let code = 0;
    const force = inv.flags.values.force === true;
    for (const ref of inv.args) {
      const r = inv.engine.network.remove(ref);
      if (r.ok) inv.out.stdout(`${ref}\n`);
      else if (force && r.error.code === 'NO_SUCH_NETWORK') continue;
      else {
        inv.out.stderr(`${renderError(r.error)}\n`);
        code = 1;
      }
    }
    // The CLI wraps the failures in an error whose text is the exit status (a known oddity of CLI 28).
    if (code !== 0) inv.out.stderr('exit status 1\n');
    return code;
  },
};

const connect: CommandSpec = {
  path: ['network', 'connect'],
  aliases: [],
  use: useOf('network connect'),
  flags: flagsOf('network connect', ['alias', 'ip']),
  args: { min: 2, max: 2 },
  run(inv) {
    const [net = '', ctr = ''] = inv.args;
    const ip = str(inv, 'ip');
    const r = inv.engine.network.connect(net, ctr, {
      aliases: list(inv, 'alias'),
      ...(ip !== undefined ? { ip } : {}),
    });
    if (!r.ok) {
      inv.out.stderr(`${renderError(r.error)}\n`);
      return 1;
    }
    return 0;
  },
};

const FORCE_DISCONNECT: FlagSpec = {
  long: 'force',
  short: 'f',
  type: 'bool',
  description: 'Force the container to disconnect from a network',
  emulated: true,
};

const disconnect: CommandSpec = {
  path: ['network', 'disconnect'],
  aliases: [],
  use: '[OPTIONS] NETWORK CONTAINER',
  flags: [FORCE_DISCONNECT],
  args: { min: 2, max: 2 },
  run(inv) {
    const [net = '', ctr = ''] = inv.args;
    const r = inv.engine.network.disconnect(net, ctr, inv.flags.values.force === true);
    if (!r.ok) {
      inv.out.stderr(`${renderError(r.error)}\n`);
      return 1;
    }
    return 0;
  },
};

const prune: CommandSpec = {
  path: ['network', 'prune'],
  aliases: [],
  use: '[OPTIONS]',
  // The flag table has no row of its own for it: Docker gives it container prune's two flags, word for word.
  flags: flagsOf('container prune', ['force']),
  args: { min: 0, max: 0 },
  async run(inv) {
    if (inv.flags.values.force !== true) {
      const yes = await confirm(
        inv,
        'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ',
      );
      if (!yes) return 0;
    }
    const names = inv.engine.network.prune();
    if (names.length > 0)
      inv.out.stdout(`Deleted Networks:\n${names.map((n) => `${n}\n`).join('')}\n`);
    return 0;
  },
};

export const NETWORK_COMMANDS: CommandSpec[] = [create, ls, rm, connect, disconnect, prune];
