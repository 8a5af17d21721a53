// A container's filesystem with its volumes and bind mounts laid over the layers (installed into containerFs).
import type { Container, EngineState } from '../types.ts';
import {
  FsError,
  LayeredFs,
  parentOf,
  setContainerFsWrapper,
  type RealEntry,
} from '../fs/layered.ts';
import { mountFor, mountedChildren, mountedEntry, removeMounted, writeMounted } from './mounts.ts';

class MountedFs extends LayeredFs {
  private readonly state: EngineState;
  private readonly container: Container;

  constructor(state: EngineState, c: Container, base: LayeredFs) {
    super(base.layers, {
      mounts: base.mounts,
      writable: base.upper !== undefined,
      maxFileBytes: state.limits.maxFileBytes,
      maxLayerBytes: state.limits.maxLayerBytes,
      now: () => state.now,
    });
    this.state = state;
    this.container = c;
  }

  private hit(path: string) {
    return mountFor(this.state, this.container, path);
  }

  override raw(path: string, from = 0): RealEntry | undefined {
    const h = this.hit(path);
    if (!h) return super.raw(path, from);
    const e = mountedEntry(h);
    return e && e.kind !== 'whiteout' ? e : undefined;
  }

  override list(dir: string): string[] {
    const h = this.hit(dir);
    return h ? mountedChildren(h) : super.list(dir);
  }

  override put(path: string, entry: RealEntry): void {
    const h = this.hit(path);
    if (!h) return super.put(path, entry);
    const parent = this.raw(parentOf(path));
    if (!parent) throw new FsError('ENOENT', 'no such file or directory');
    if (parent.kind !== 'dir' && parent.kind !== 'opaque')
      throw new FsError('ENOTDIR', 'not a directory');
    if (entry.kind === 'file' && entry.content.length > this.state.limits.maxFileBytes)
      throw new FsError('EFBIG', 'file too large');
    if (!writeMounted(this.state, h, entry)) throw new FsError('EINVAL', 'read-only file system');
  }

  override update(path: string, change: (e: RealEntry) => void): void {
    const h = this.hit(path);
    if (!h) return super.update(path, change);
    const cur = mountedEntry(h);
    if (!cur || cur.kind === 'whiteout') throw new FsError('ENOENT', 'no such file or directory');
    const copy = { ...cur } as RealEntry;
    change(copy);
    if (!writeMounted(this.state, h, copy)) throw new FsError('EINVAL', 'read-only file system');
  }

  override remove(path: string): void {
    const h = this.hit(path);
    if (!h) return super.remove(path);
    if (path === h.mount.target) throw new FsError('EBUSY', 'device or resource busy');
    if (!mountedEntry(h)) throw new FsError('ENOENT', 'no such file or directory');
    if (!removeMounted(this.state, h)) throw new FsError('EINVAL', 'read-only file system');
  }
}

setContainerFsWrapper((state, c, fs) =>
  c.config.mounts.some((m) => m.type !== 'tmpfs') ? new MountedFs(state, c, fs) : fs,
);
