// `docker update`: change a container's memory, CPU, PIDs limits and restart policy while it lives.
import type { ResourceUpdate } from '../../engine/index.ts';
import type { CommandSpec } from '../command.ts';
import { renderError } from '../render-error.ts';
import { flagsOf, useOf } from './spec-helpers.ts';
import { parseSize } from '../format/units.ts';
import { parseNanoCpus } from '../values.ts';

export const command: CommandSpec = {
  path: ['container', 'update'],
  aliases: [['update']],
  use: useOf('update'),
  flags: flagsOf('update', [
    'cpu-shares',
    'cpus',
    'memory',
    'memory-reservation',
    'memory-swap',
    'pids-limit',
    'restart',
  ]),
  args: { min: 1 },
  run(inv) {
    const v = inv.flags.values;
    const change: ResourceUpdate = {};
    const size = (name: string): number | undefined => {
      const raw = v[name];
      if (typeof raw === 'number') return raw;
      if (typeof raw !== 'string') return undefined;
      if (raw === '-1') return -1;
      const r = parseSize(raw);
      return r.ok ? r.value : undefined;
    };
    const memory = size('memory');
    if (memory !== undefined) change.memory = memory;
    const swap = size('memory-swap');
    if (swap !== undefined) change.memorySwap = swap;
    const reservation = size('memory-reservation');
    if (reservation !== undefined) change.memoryReservation = reservation;
    if (typeof v.cpus === 'string') {
      const r = parseNanoCpus(v.cpus);
      if (r.ok) change.nanoCpus = r.value;
    } else if (typeof v.cpus === 'number') change.nanoCpus = Math.round(v.cpus * 1e9);
    if (typeof v['cpu-shares'] === 'number') change.cpuShares = v['cpu-shares'];
    if (typeof v['pids-limit'] === 'number') change.pidsLimit = v['pids-limit'];
    if (typeof v.restart === 'string') change.restart = v.restart;
    if (Object.keys(change).length === 0) {
      inv.out.stderr(
        `docker: You must provide one or more flags when using this command.\n\nUsage:  docker ${inv.path.join(' ')} ${useOf('update')}\n\nRun 'docker ${inv.path.join(' ')} --help' for more information\n`,
      );
      return 1;
    }
    const errors: string[] = [];
    for (const ref of inv.args) {
      const r = inv.engine.resources.update(ref, change);
      if (r.ok) inv.out.stdout(`${ref}\n`);
      else errors.push(renderError(r.error));
    }
    if (errors.length) inv.out.stderr(`${errors.join('\n')}\n`);
    return errors.length ? 1 : 0;
  },
};
