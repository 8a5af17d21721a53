// `docker system df`: disk usage of images, containers, volumes and build cache.
import type { CommandSpec, Invocation } from '../command.ts';
import { goUnitsHumanSize } from '../format/units.ts';
import { renderTable } from '../format/tabwriter.ts';
import { writeFormatted } from '../views/formatter.ts';
import { flagString } from '../views/flags.ts';
import { flagsOf, useOf } from './spec-helpers.ts';

function reclaimable(n: number, total: number): string {
  if (total <= 0 || n <= 0) return goUnitsHumanSize(n);
  return `${goUnitsHumanSize(n)} (${Math.trunc((n * 100) / total)}%)`;
}

function run(inv: Invocation): number {
  const du = inv.engine.images.diskUsage();
  const rows = [
    { Type: 'Images', ...du.images },
    { Type: 'Containers', ...du.containers },
    { Type: 'Local Volumes', ...du.volumes },
    { Type: 'Build Cache', total: 0, active: 0, size: 0, reclaimable: 0 },
  ].map((r) => ({
    Type: r.Type,
    TotalCount: String(r.total),
    Active: String(r.active),
    Size: goUnitsHumanSize(r.size),
    Reclaimable: reclaimable(r.reclaimable, r.size),
  }));
  const format = flagString(inv.flags, 'format') ?? '';
  if (format === '' || format === 'table') {
    const table = [['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE']];
    for (const r of rows) table.push([r.Type, r.TotalCount, r.Active, r.Size, r.Reclaimable]);
    inv.out.stdout(renderTable(table));
    return 0;
  }
  const written = writeFormatted(format, rows, {
    typeName: 'formatter.diskUsageContext',
    headers: {
      Type: 'TYPE',
      TotalCount: 'TOTAL',
      Active: 'ACTIVE',
      Size: 'SIZE',
      Reclaimable: 'RECLAIMABLE',
    },
  });
  if (!written.ok) {
    inv.out.stderr(`${written.error}\n`);
    return 1;
  }
  inv.out.stdout(written.output);
  return 0;
}

export const command: CommandSpec = {
  path: ['system', 'df'],
  aliases: [],
  use: useOf('system df'),
  flags: flagsOf('system df', ['format']),
  args: { min: 0, max: 0 },
  run,
};
