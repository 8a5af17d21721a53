// `docker cp`: copies files or directories between a container and the emulated host, both ways.
import type { CommandSpec, Invocation } from '../command.ts';
import type { FsEntry, FsTree } from '../../engine/index.ts';
import { normalizePath, treeOf } from '../../engine/index.ts';
import { renderError } from '../render-error.ts';
import { goUnitsHumanSize } from '../format/units.ts';
import { t } from '../../i18n/fr.ts';
import { useOf, flagsOf } from './spec-helpers.ts';

type CpArg = { container: string; path: string } | { container: undefined; path: string };

/** splitCpArg: `CONTAINER:PATH`, unless the argument is an absolute or `.`-relative local path. */
function splitArg(arg: string): CpArg {
  if (arg.startsWith('/') || arg.startsWith('.')) return { container: undefined, path: arg };
  const i = arg.indexOf(':');
  if (i <= 0) return { container: undefined, path: arg };
  return { container: arg.slice(0, i), path: arg.slice(i + 1) };
}

/** Bytes of the tar stream docker cp sends: 512-byte headers, content padded to 512, two end blocks. */
function tarSize(tree: FsTree): number {
  let n = 1024;
  for (const { entry } of tree.entries) {
    n += 512;
    if (entry.kind === 'file') n += Math.ceil(entry.content.length / 512) * 512;
  }
  return n;
}

const baseName = (p: string) => normalizePath(p).split('/').pop() || '/';

async function fromContainer(
  inv: Invocation,
  src: { container: string; path: string },
  dest: string,
): Promise<number> {
  const { out, ctx } = inv;
  const found = inv.engine.findContainer(src.container);
  if (!found.ok) {
    out.stderr(`${renderError(found.error)}\n`);
    return 1;
  }
  const tree = inv.engine.fs.copyOut(src.container, src.path);
  if (!tree.ok) {
    out.stderr(`${renderError(tree.error)}\n`);
    return 1;
  }
  if (dest === '-') {
    out.stderr(`${t('cli.cp.tarStdout')}\n`);
    return 1;
  }
  const host = ctx.hostFs;
  if (!host) {
    out.stderr(`${t('cli.cp.noHost')}\n`);
    return 1;
  }
  const abs = normalizePath(dest, ctx.cwd);
  const kind = await host.kind(abs);
  const target = kind === 'dir' ? normalizePath(baseName(src.path), abs) : abs;
  if (kind === undefined && (await host.kind(normalizePath('..', abs))) !== 'dir') {
    out.stderr(
      `Error response from daemon: invalid output path: directory "${normalizePath('..', abs)}" does not exist\n`,
    );
    return 1;
  }
  const entries: Record<string, FsEntry> = {};
  for (const { rel, entry } of tree.value.entries)
    entries[rel === '' ? target : `${target}/${rel}`] = entry;
  await host.writeTree(entries);
  if (ctx.stdoutIsTTY)
    out.stderr(`Successfully copied ${goUnitsHumanSize(tarSize(tree.value))} to ${abs}\n`);
  return 0;
}

async function toContainer(
  inv: Invocation,
  src: string,
  dest: { container: string; path: string },
): Promise<number> {
  const { out, ctx } = inv;
  const host = ctx.hostFs;
  if (!host) {
    out.stderr(`${t('cli.cp.noHost')}\n`);
    return 1;
  }
  if (src === '-') {
    out.stderr(`${t('cli.cp.tarStdout')}\n`);
    return 1;
  }
  const abs = normalizePath(src, ctx.cwd);
  const entries = await host.readTree(abs);
  if (!entries) {
    out.stderr(`lstat ${abs}: no such file or directory\n`);
    return 1;
  }
  const found = inv.engine.findContainer(dest.container);
  if (!found.ok) {
    out.stderr(`${renderError(found.error)}\n`);
    return 1;
  }
  const tree = treeOf(entries, abs);
  const r = inv.engine.fs.copyIn(dest.container, dest.path, tree, baseName(abs));
  if (!r.ok) {
    out.stderr(`${renderError(r.error)}\n`);
    return 1;
  }
  if (ctx.stdoutIsTTY)
    out.stderr(
      `Successfully copied ${goUnitsHumanSize(tarSize(tree))} to ${dest.container}:${dest.path}\n`,
    );
  return 0;
}

async function run(inv: Invocation): Promise<number> {
  const [a = '', b = ''] = inv.args;
  const src = splitArg(a);
  const dest = splitArg(b);
  if (src.container !== undefined && dest.container !== undefined) {
    inv.out.stderr('copying between containers is not supported\n');
    return 1;
  }
  if (src.container === undefined && dest.container === undefined) {
    inv.out.stderr('must specify at least one container source\n');
    return 1;
  }
  if (src.container !== undefined) return fromContainer(inv, src, dest.path);
  return toContainer(inv, src.path, dest as { container: string; path: string });
}

export const command: CommandSpec = {
  path: ['container', 'cp'],
  aliases: [['cp']],
  use: useOf('cp'),
  flags: flagsOf('cp', ['archive', 'follow-link', 'quiet']),
  args: { min: 2, max: 2 },
  run,
};
