// The container's files as programs see them: reads through the merged layers, writes into the R/W layer.
// Kept behind the small ContainerFiles interface so the layered-filesystem module can replace it.
import type { Container, EngineState, FsEntry } from '../types.ts';
import { lookupPath, normalizePath } from '../fs.ts';
import { mountFor, writeMounted } from '../volumes/mounts.ts';
import type { ContainerFiles } from './shell/vm.ts';

export function containerFiles(state: EngineState, c: Container): ContainerFiles {
  const parentOf = (path: string) => path.slice(0, path.lastIndexOf('/')) || '/';
  return {
    stat(path) {
      const found = lookupPath(state, c, normalizePath(path));
      if (!found) return undefined;
      return found.entry.kind === 'file'
        ? 'file'
        : found.entry.kind === 'dir' || found.entry.kind === 'opaque'
          ? 'dir'
          : 'other';
    },
    read(path) {
      const found = lookupPath(state, c, normalizePath(path));
      if (!found) return { ok: false, error: 'missing' };
      if (found.entry.kind === 'file') return { ok: true, content: found.entry.content };
      return {
        ok: false,
        error: found.entry.kind === 'dir' || found.entry.kind === 'opaque' ? 'dir' : 'missing',
      };
    },
    write(path, content, append) {
      const norm = normalizePath(path);
      const parent = lookupPath(state, c, parentOf(norm));
      if (!parent || (parent.entry.kind !== 'dir' && parent.entry.kind !== 'opaque'))
        return { ok: false, error: 'missing-dir' };
      const target = `${parent.path === '/' ? '' : parent.path}/${norm.slice(norm.lastIndexOf('/') + 1)}`;
      const existing = lookupPath(state, c, target);
      if (existing && (existing.entry.kind === 'dir' || existing.entry.kind === 'opaque'))
        return { ok: false, error: 'dir' };
      const where = existing?.path ?? target;
      const mounted = mountFor(state, c, where);
      if (c.config.readonlyRootfs && !mounted) return { ok: false, error: 'read-only' };
      const old = existing?.entry.kind === 'file' ? existing.entry : undefined;
      if (append && content === '' && old) return { ok: true };
      const limit = state.limits.maxFileBytes;
      const next = ((append && old ? old.content : '') + content).slice(-limit);
      const entry: FsEntry = {
        kind: 'file',
        content: next,
        mode: old?.mode ?? 0o644,
        uid: old?.uid ?? 0,
        gid: old?.gid ?? 0,
        mtime: state.now,
      };
      // A volume or bind mount takes the write instead of the container's layer.
      if (mounted)
        return writeMounted(state, mounted, entry)
          ? { ok: true }
          : { ok: false, error: 'read-only' };
      c.rwLayer[where] = entry;
      return { ok: true };
    },
  };
}
