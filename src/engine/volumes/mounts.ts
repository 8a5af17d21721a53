// Where a container path lands when it is under a mount: a volume's files or the host's (bind), with its key there.
import type { Container, EngineState, FsEntry, MountSpec } from '../types.ts';
import { own } from '../errors.ts';

export interface MountHit {
  mount: MountSpec;
  /** The file map that holds the path: the volume's files, or the host's for a bind mount. */
  files: Record<string, FsEntry>;
  /** The path's key in `files`. */
  key: string;
  /** The mount's root key in `files` (what `target` itself is). */
  rootKey: string;
  readOnly: boolean;
}

const VOLUME_ROOT: FsEntry = { kind: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0 };

/** The mount that covers an absolute, normalised path (the deepest one wins). */
export function mountFor(state: EngineState, c: Container, path: string): MountHit | undefined {
  const mounts = c.config.mounts;
  if (mounts.length === 0) return undefined;
  let best: MountSpec | undefined;
  for (const m of mounts) {
    if (m.type === 'tmpfs') continue;
    const t = m.target;
    if (path === t || path.startsWith(t === '/' ? '/' : `${t}/`)) {
      if (!best || t.length > best.target.length) best = m;
    }
  }
  if (!best) return undefined;
  const rest = path.slice(best.target.length);
  if (best.type === 'bind') {
    const root = best.source.replace(/\/$/, '') || '/';
    return {
      mount: best,
      files: state.host.files,
      key: rest === '' ? root : `${root === '/' ? '' : root}${rest}`,
      rootKey: root,
      readOnly: best.readOnly,
    };
  }
  const vol = own(state.volumes, best.source);
  if (!vol) return undefined;
  return {
    mount: best,
    files: vol.files,
    key: rest === '' ? '/' : rest,
    rootKey: '/',
    readOnly: best.readOnly,
  };
}

/** The entry a mount holds at its key (a volume's root exists even when its map is empty). */
export function mountedEntry(hit: MountHit): FsEntry | undefined {
  const e = own(hit.files, hit.key);
  if (e) return e;
  if (hit.key === hit.rootKey && hit.mount.type === 'volume') return VOLUME_ROOT;
  return undefined;
}

/** Children names of a directory inside a mount. */
export function mountedChildren(hit: MountHit): string[] {
  const prefix = hit.key === '/' ? '/' : `${hit.key}/`;
  const out: string[] = [];
  for (const k of Object.keys(hit.files)) {
    if (k.length > prefix.length && k.startsWith(prefix) && !k.includes('/', prefix.length)) {
      const e = hit.files[k];
      if (e && e.kind !== 'whiteout') out.push(k.slice(prefix.length));
    }
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Host files changed through bind mounts: a counter per state, read by the machine to sync its shell. */
const HOST_REVISION = new WeakMap<EngineState, number>();

export function bumpHostRevision(state: EngineState): void {
  HOST_REVISION.set(state, (HOST_REVISION.get(state) ?? 0) + 1);
}

export function hostRevision(state: EngineState): number {
  return HOST_REVISION.get(state) ?? 0;
}

/** Writes an entry through a mount; returns false for a read-only mount. */
export function writeMounted(state: EngineState, hit: MountHit, entry: FsEntry): boolean {
  if (hit.readOnly) return false;
  hit.files[hit.key] = entry;
  if (hit.mount.type === 'bind') bumpHostRevision(state);
  return true;
}

/** Removes a path and everything under it from a mount; false for a read-only mount. */
export function removeMounted(state: EngineState, hit: MountHit): boolean {
  if (hit.readOnly) return false;
  const prefix = `${hit.key === '/' ? '' : hit.key}/`;
  for (const k of Object.keys(hit.files)) if (k.startsWith(prefix)) delete hit.files[k];
  if (hit.key !== hit.rootKey) delete hit.files[hit.key];
  if (hit.mount.type === 'bind') bumpHostRevision(state);
  return true;
}
