// `docker ps` / `docker container ls`: the daemon's container list, formatted as table, JSON or template.
import type { CommandSpec, Invocation } from '../command.ts';
import { executeTemplate, parseTemplate } from '../format/go-template/index.ts';
import { renderTable } from '../format/tabwriter.ts';
import {
  CONTAINER_CONTEXT_TYPE,
  CONTAINER_HEADERS,
  ContainerContext,
  emptyContext,
} from '../views/container-context.ts';
import { flagBool, flagGiven, flagInt, flagString, flagStrings } from '../views/flags.ts';
import { writeFormatted } from '../views/formatter.ts';
import { parseFilterFlags } from '../views/ps-filter.ts';
import { listContainers } from '../views/ps-list.ts';
import { flagsOf, useOf } from './spec-helpers.ts';

const DEFAULT_TABLE =
  'table {{.ID}}\\t{{.Image}}\\t{{.Command}}\\t{{.RunningFor}}\\t{{.Status}}\\t{{.Ports}}\\t{{.Names}}';

const RAW_FORMAT =
  'container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\ncreated_at: {{.CreatedAt}}\n' +
  'state: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\nnames: {{.Names}}\n' +
  'labels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\n';

/** formatter.NewContainerFormat. */
function containerFormat(source: string, quiet: boolean, size: boolean): string {
  if (source === 'table' || source === '') {
    if (quiet) return '{{.ID}}';
    return size ? DEFAULT_TABLE + '\\t{{.Size}}' : DEFAULT_TABLE;
  }
  if (source === 'raw') {
    if (quiet) return 'container_id: {{.ID}}';
    return size ? RAW_FORMAT + 'size: {{.Size}}\\n' : RAW_FORMAT;
  }
  return quiet ? '{{.ID}}' : source;
}

/** What the default table template (or `{{.ID}}` for -q) renders, without the template engine. */
function defaultOutput(
  contexts: readonly ContainerContext[],
  quiet: boolean,
  size: boolean,
): string {
  if (quiet) return contexts.map((c) => c.ID + '\n').join('');
  const header = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];
  if (size) header.push('SIZE');
  const rows = [header];
  for (const c of contexts) {
    const row = [c.ID, c.Image, c.Command, c.RunningFor, c.Status, c.Ports, c.Names];
    if (size) row.push(c.Size);
    rows.push(row);
  }
  return renderTable(rows);
}

function run(inv: Invocation): number {
  const { flags, out, engine } = inv;
  const cmd = `docker ${inv.path.join(' ')}`;
  // opts.FilterOpt rejects a value without "=" while flags are parsed.
  const filters = parseFilterFlags(flagStrings(flags, 'filter'));
  if (!filters.ok) {
    out.stderr(
      `invalid argument "${filters.bad}" for "-f, --filter" flag: bad format of filter (expected name=value)\n\n` +
        `Usage:  ${cmd} [OPTIONS]\n\nRun '${cmd} --help' for more information\n`,
    );
    return 125;
  }
  const format = flagString(flags, 'format') ?? '';
  const quiet = flagBool(flags, 'quiet');
  if (format !== '' && quiet) {
    out.stderr('WARNING: Ignoring custom format, because both --format and --quiet are set.\n');
  }
  const last = flagInt(flags, 'last', -1);
  const limit = flagBool(flags, 'latest') && last === -1 ? 1 : last;
  let size = flagBool(flags, 'size');
  const now = engine.now();

  // The CLI validates a --format template on an empty container, which also tells whether it uses .Size.
  if (format !== '') {
    const parsed = parseTemplate(format);
    if (!parsed.ok) {
      out.stderr(`failed to parse template: ${parsed.error}\n`);
      return 1;
    }
    const probe = emptyContext(now);
    const probeRun = executeTemplate(parsed.template, probe, { typeName: CONTAINER_CONTEXT_TYPE });
    if (!probeRun.ok) {
      out.stderr(`failed to execute template: ${probeRun.error}\n`);
      return 1;
    }
    if (!quiet && !size && !flagGiven(flags, 'size') && probe.fieldsUsed.has('Size')) size = true;
  }

  const listed = listContainers(engine.state, now, {
    all: flagBool(flags, 'all'),
    limit,
    size,
    filters: filters.args,
  });
  if (!listed.ok) {
    out.stderr(`Error response from daemon: ${listed.message}\n`);
    return 1;
  }
  const trunc = !flagBool(flags, 'no-trunc');
  const contexts = listed.containers.map((s) => new ContainerContext(s, { trunc, now }));
  if (format === '' || format === 'table' || quiet) {
    // The default table and -q are fixed templates: their fields are read directly (same output, faster).
    out.stdout(defaultOutput(contexts, quiet, size));
    return 0;
  }
  const written = writeFormatted(containerFormat(format, quiet, size), contexts, {
    typeName: CONTAINER_CONTEXT_TYPE,
    headers: CONTAINER_HEADERS,
  });
  if (!written.ok) {
    out.stderr(`${written.error}\n`);
    return 1;
  }
  if (written.output !== '') out.stdout(written.output);
  return 0;
}

export const command: CommandSpec = {
  path: ['container', 'ls'],
  aliases: [['ps'], ['container', 'ps'], ['container', 'list']],
  use: useOf('ps'),
  flags: flagsOf('ps', 'all'),
  args: { min: 0, max: 0 },
  run,
};
