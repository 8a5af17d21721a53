// `docker volume create|ls|rm|prune` over the engine's volumes (inspect lives in inspect.ts).
import type { Volume } from '../../engine/index.ts';
import type { CommandSpec, Invocation } from '../command.ts';
import { renderError } from '../render-error.ts';
import { flagsOf, useOf } from './spec-helpers.ts';
import { volumeMountpoint } from '../views/paths.ts';
import { humanSize } from '../format/units.ts';
import { confirm, filterMatches } from './prompt.ts';
import { flagString, flagStrings } from '../views/flags.ts';
import { daemonListFilters, keyValues, labelFilterMatches, printFormatted } from './listing.ts';

const list = (inv: Invocation, name: string): string[] => flagStrings(inv.flags, name);
const str = (inv: Invocation, name: string): string | undefined => flagString(inv.flags, name);

const create: CommandSpec = {
  path: ['volume', 'create'],
  aliases: [],
  use: useOf('volume create'),
  flags: flagsOf('volume create', ['driver', 'label', 'opt']),
  args: { min: 0, max: 1 },
  run(inv) {
    const labels = keyValues(list(inv, 'label'));
    const driver = str(inv, 'driver');
    const r = inv.engine.volumes.create({
      ...(inv.args[0] !== undefined ? { name: inv.args[0] } : {}),
      ...(driver !== undefined ? { driver } : {}),
      labels,
    });
    if (!r.ok) {
      inv.out.stderr(`${renderError(r.error)}\n`);
      return 1;
    }
    inv.out.stdout(`${r.value.name}\n`);
    return 0;
  },
};

const VOLUME_FILTERS = new Set(['dangling', 'driver', 'label', 'name']);

function volumeContext(inv: Invocation, v: Volume): Record<string, unknown> {
  const labels = { ...v.labels, ...(v.anonymous ? { 'com.docker.volume.anonymous': '' } : {}) };
  return {
    Name: v.name,
    Driver: v.driver,
    Scope: 'local',
    Mountpoint: volumeMountpoint(v.name),
    Labels: Object.entries(labels)
      .map(([k, val]) => `${k}=${val}`)
      .join(','),
    Links: String(inv.engine.volumes.usedBy(v.name).length),
    Size: 'N/A',
    Availability: 'N/A',
    Group: 'N/A',
    Status: 'N/A',
  };
}

const ls: CommandSpec = {
  path: ['volume', 'ls'],
  aliases: [['volume', 'list']],
  use: useOf('volume ls'),
  flags: flagsOf('volume ls', ['filter', 'format', 'quiet']),
  args: { min: 0, max: 0 },
  run(inv) {
    const f = daemonListFilters(inv, VOLUME_FILTERS);
    if (typeof f === 'number') return f;
    const dangling = f.get('dangling');
    for (const d of dangling ?? []) {
      if (!['true', 'false', '1', '0'].includes(d)) {
        inv.out.stderr(`Error response from daemon: invalid filter 'dangling=${d}'\n`);
        return 1;
      }
    }
    const volumes = inv.engine.volumes.list().filter((v) => {
      if (!filterMatches(f, 'name', v.name, true)) return false;
      if (!filterMatches(f, 'driver', v.driver, false)) return false;
      if (dangling?.length) {
        const unused = inv.engine.volumes.usedBy(v.name).length === 0;
        if (!dangling.some((d) => (d === 'true' || d === '1') === unused)) return false;
      }
      if (!labelFilterMatches(f, v.labels)) return false;
      return true;
    });
    if (inv.flags.values.quiet === true) {
      inv.out.stdout(volumes.map((v) => `${v.name}\n`).join(''));
      return 0;
    }
    const def = 'table {{.Driver}}\t{{.Name}}';
    const format = str(inv, 'format') || def;
    return printFormatted(
      inv.out,
      format === 'table' ? def : format,
      volumes.map((v) => volumeContext(inv, v)),
      {
        typeName: 'formatter.volumeContext',
        headers: {
          Name: 'VOLUME NAME',
          Driver: 'DRIVER',
          Scope: 'SCOPE',
          Mountpoint: 'MOUNTPOINT',
          Labels: 'LABELS',
          Links: 'LINKS',
          Size: 'SIZE',
          Availability: 'AVAILABILITY',
          Group: 'GROUP',
          Status: 'STATUS',
        },
      },
    );
  },
};

const rm: CommandSpec = {
  path: ['volume', 'rm'],
  aliases: [['volume', 'remove']],
  use: useOf('volume rm'),
  flags: flagsOf('volume rm', 'all'),
  args: { min: 1 },
  run(inv) {
    let code = 0;
    const force = inv.flags.values.force === true;
    for (const name of inv.args) {
      const r = inv.engine.volumes.remove(name);
      if (r.ok) inv.out.stdout(`${name}\n`);
      else if (force && r.error.code === 'NO_SUCH_VOLUME') inv.out.stdout(`${name}\n`);
      else {
        inv.out.stderr(`${renderError(r.error)}\n`);
        code = 1;
      }
    }
    return code;
  },
};

const prune: CommandSpec = {
  path: ['volume', 'prune'],
  aliases: [],
  use: useOf('volume prune'),
  flags: flagsOf('volume prune', ['all', 'force']),
  args: { min: 0, max: 0 },
  async run(inv) {
    const all = inv.flags.values.all === true;
    if (inv.flags.values.force !== true) {
      const what = all ? 'all local volumes' : 'anonymous local volumes';
      const yes = await confirm(
        inv,
        `WARNING! This will remove ${what} not used by at least one container.\nAre you sure you want to continue? [y/N] `,
      );
      if (!yes) return 0;
    }
    const { names, reclaimed } = inv.engine.volumes.prune(all);
    let out = '';
    if (names.length > 0) out += `Deleted Volumes:\n${names.map((n) => `${n}\n`).join('')}\n`;
    out += `Total reclaimed space: ${humanSize(reclaimed)}\n`;
    inv.out.stdout(out);
    return 0;
  },
};

export const VOLUME_COMMANDS: CommandSpec[] = [create, ls, rm, prune];
