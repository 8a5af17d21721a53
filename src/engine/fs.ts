// The merged view of a container's filesystem: its R/W layer over the image's layers (whiteouts, symlinks).
import type { Container, EngineState, FsEntry } from './types.ts';
import { own } from './errors.ts';
import { mountFor, mountedEntry } from './volumes/mounts.ts';

/** Normalises "a/../b//c/." into an absolute path without trailing slash. */
export function normalizePath(path: string, cwd = '/'): string {
  const parts: string[] = [];
  const full = path.startsWith('/') ? path : `${cwd}/${path}`;
  for (const seg of full.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

function parentsOf(path: string): string[] {
  const out: string[] = [];
  let p = path;
  while (p !== '/' && p !== '') {
    p = p.slice(0, p.lastIndexOf('/')) || '/';
    out.push(p);
  }
  return out;
}

/** The entry at an exact (already resolved) path, layers consulted top-down. */
function rawLookup(state: EngineState, container: Container, path: string): FsEntry | undefined {
  const mounted = mountFor(state, container, path);
  if (mounted) {
    const e = mountedEntry(mounted);
    return e?.kind === 'whiteout' ? undefined : e;
  }
  const stack: Record<string, FsEntry>[] = [container.rwLayer];
  const image = state.images[container.imageId];
  if (image) {
    for (let i = image.layers.length - 1; i >= 0; i--) {
      const layer = state.layers[image.layers[i] ?? ''];
      if (layer) stack.push(layer.files);
    }
  }
  for (const files of stack) {
    const e = own(files, path);
    if (e) return e.kind === 'whiteout' ? undefined : e;
    // A whiteout or opaque dir on a parent hides everything below it in lower layers.
    for (const parent of parentsOf(path)) {
      const pe = own(files, parent);
      if (pe && (pe.kind === 'whiteout' || pe.kind === 'opaque')) return undefined;
    }
  }
  return undefined;
}

/** Resolves symlinks in every component (at most 40 hops, like Linux). */
export function lookupPath(
  state: EngineState,
  container: Container,
  path: string,
  followFinal = true,
): { path: string; entry: FsEntry } | undefined {
  let hops = 0;
  let segments = normalizePath(path).split('/').filter(Boolean);
  let resolved = '';
  for (let i = 0; i < segments.length; i++) {
    const candidate = `${resolved}/${segments[i]}`;
    const entry = rawLookup(state, container, candidate);
    if (!entry) return undefined;
    const last = i === segments.length - 1;
    if (entry.kind === 'symlink' && (!last || followFinal)) {
      if (++hops > 40) return undefined;
      const target = entry.target.startsWith('/')
        ? entry.target
        : `${resolved || ''}/${entry.target}`;
      const rest = segments.slice(i + 1);
      segments = [...normalizePath(target).split('/').filter(Boolean), ...rest];
      resolved = '';
      i = -1;
      continue;
    }
    resolved = candidate;
    if (last) return { path: resolved, entry };
  }
  return { path: '/', entry: { kind: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0 } };
}
