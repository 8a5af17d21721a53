// A container's root filesystem as overlayfs shows it: its R/W layer (copy-up, whiteouts, opaque dirs) over the image's layers.
import type { Container, EngineState, FsEntry } from '../types.ts';
import { own } from '../errors.ts';
import { normalizePath } from '../fs.ts';

export type FileMap = Record<string, FsEntry>;

/** errno-like failures, worded by the shell adapter and the CLI. */
export type FsErrorCode =
  | 'ENOENT'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'EEXIST'
  | 'ENOTEMPTY'
  | 'ELOOP'
  | 'EINVAL'
  | 'EFBIG'
  | 'ENOSPC'
  | 'EBUSY';

export class FsError extends Error {
  readonly code: FsErrorCode;
  constructor(code: FsErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export type RealEntry = Exclude<FsEntry, { kind: 'whiteout' }>;

const ROOT: RealEntry = { kind: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0 };

/** Children names per directory of an immutable layer, computed once per layer object. */
const childIndex = new WeakMap<FileMap, Map<string, string[]>>();

function indexOf(files: FileMap): Map<string, string[]> {
  let idx = childIndex.get(files);
  if (idx) return idx;
  idx = new Map();
  for (const path of Object.keys(files)) {
    if (path === '/') continue;
    const cut = path.lastIndexOf('/');
    const parent = cut <= 0 ? '/' : path.slice(0, cut);
    const list = idx.get(parent);
    if (list) list.push(path.slice(cut + 1));
    else idx.set(parent, [path.slice(cut + 1)]);
  }
  childIndex.set(files, idx);
  return idx;
}

function childrenIn(files: FileMap, dir: string, mutable: boolean): string[] {
  if (!mutable) return indexOf(files).get(dir) ?? [];
  const prefix = dir === '/' ? '/' : `${dir}/`;
  const out: string[] = [];
  for (const path of Object.keys(files)) {
    if (
      path.length > prefix.length &&
      path.startsWith(prefix) &&
      !path.includes('/', prefix.length)
    )
      out.push(path.slice(prefix.length));
  }
  return out;
}

export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function ancestors(path: string): string[] {
  const out: string[] = [];
  let p = path;
  while (p !== '/') {
    p = parentOf(p);
    out.push(p);
  }
  return out;
}

/** The merged view of a stack of layers, top first; the first layer may be written. */
export class LayeredFs {
  readonly layers: FileMap[];
  /** The writable top layer, if any. */
  readonly upper: FileMap | undefined;
  private readonly maxFileBytes: number;
  private readonly maxLayerBytes: number;
  private readonly clock: () => number;
  /** Files bind-mounted over the layers (/etc/hostname, /etc/hosts, /etc/resolv.conf). */
  readonly mounts: FileMap;

  constructor(
    layers: FileMap[],
    options: {
      writable: boolean;
      maxFileBytes?: number;
      maxLayerBytes?: number;
      now?: () => number;
      mounts?: FileMap;
    },
  ) {
    this.layers = layers;
    this.mounts = options.mounts ?? {};
    this.upper = options.writable ? layers[0] : undefined;
    this.maxFileBytes = options.maxFileBytes ?? Infinity;
    this.maxLayerBytes = options.maxLayerBytes ?? Infinity;
    this.clock = options.now ?? (() => 0);
  }

  /** The entry at an exact path (no symlink resolution), looking through `from` layers and below. */
  raw(path: string, from = 0): RealEntry | undefined {
    if (path === '/') return ROOT;
    const mounted = from === 0 ? own(this.mounts, path) : undefined;
    if (mounted && mounted.kind !== 'whiteout') return mounted;
    const up = ancestors(path);
    for (let i = from; i < this.layers.length; i++) {
      const files = this.layers[i] as FileMap;
      const e = own(files, path);
      if (e) return e.kind === 'whiteout' ? undefined : e;
      // A whiteout, an opaque directory or a file on an ancestor hides the layers below.
      for (const a of up) {
        const pe = own(files, a);
        if (pe && (pe.kind === 'whiteout' || pe.kind === 'opaque')) return undefined;
        if (pe && pe.kind !== 'dir') return undefined;
      }
    }
    return undefined;
  }

  /** Resolves symlinks in every component (40 hops at most, like Linux). */
  resolve(path: string, followFinal = true): string {
    let hops = 0;
    let segments = normalizePath(path).split('/').filter(Boolean);
    let resolved = '';
    for (let i = 0; i < segments.length; i++) {
      const candidate = `${resolved}/${segments[i]}`;
      const entry = this.raw(candidate);
      const last = i === segments.length - 1;
      if (!entry) {
        if (last) return candidate;
        throw new FsError('ENOENT', 'no such file or directory');
      }
      if (entry.kind === 'symlink' && (!last || followFinal)) {
        if (++hops > 40) throw new FsError('ELOOP', 'too many levels of symbolic links');
        const target = entry.target.startsWith('/') ? entry.target : `${resolved}/${entry.target}`;
        segments = [...normalizePath(target).split('/').filter(Boolean), ...segments.slice(i + 1)];
        resolved = '';
        i = -1;
        continue;
      }
      if (!last && entry.kind !== 'dir' && entry.kind !== 'opaque')
        throw new FsError('ENOTDIR', 'not a directory');
      resolved = candidate;
    }
    return resolved || '/';
  }

  /** The entry a path leads to (symlinks followed unless `followFinal` is false). */
  get(path: string, followFinal = true): { path: string; entry: RealEntry } | undefined {
    let real: string;
    try {
      real = this.resolve(path, followFinal);
    } catch {
      return undefined;
    }
    const entry = this.raw(real);
    return entry ? { path: real, entry } : undefined;
  }

  /** Names in a directory (merged, whiteouts applied), sorted bytewise. */
  list(dir: string): string[] {
    const seen = new Set<string>();
    const names: string[] = [];
    const up = dir === '/' ? [] : [dir, ...ancestors(dir).filter((a) => a !== '/')];
    for (let i = 0; i < this.layers.length; i++) {
      const files = this.layers[i] as FileMap;
      const here = dir === '/' ? undefined : own(files, dir);
      if (here && here.kind !== 'dir' && here.kind !== 'opaque') break;
      if (up.slice(1).some((a) => own(files, a)?.kind === 'whiteout')) break;
      for (const name of childrenIn(files, dir, files === this.upper)) {
        if (seen.has(name)) continue;
        seen.add(name);
        const e = files[dir === '/' ? `/${name}` : `${dir}/${name}`];
        if (e && e.kind !== 'whiteout') names.push(name);
      }
      if (here && here.kind === 'opaque') break;
      if (up.slice(1).some((a) => own(files, a)?.kind === 'opaque')) break;
    }
    return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  private writable(): FileMap {
    if (!this.upper) throw new FsError('EINVAL', 'read-only file system');
    return this.upper;
  }

  /** Bytes of file content in the writable layer. */
  upperBytes(): number {
    let n = 0;
    for (const e of Object.values(this.upper ?? {})) if (e.kind === 'file') n += e.content.length;
    return n;
  }

  /** Copies a directory and its ancestors up into the writable layer (overlayfs copy-up), touching its mtime. */
  private copyUpDir(dir: string, touch: boolean): void {
    const upper = this.writable();
    for (const a of [...ancestors(dir).reverse(), dir]) {
      if (a === '/') continue;
      if (own(upper, a)) continue;
      const below = this.raw(a, 1);
      if (!below) throw new FsError('ENOENT', 'no such file or directory');
      upper[a] = { ...below } as FsEntry;
    }
    if (touch && dir !== '/') {
      const e = own(upper, dir);
      if (e && (e.kind === 'dir' || e.kind === 'opaque')) e.mtime = this.clock();
    }
  }

  /** Creates or replaces the entry at a resolved path (its parent must be a directory). */
  put(path: string, entry: RealEntry): void {
    const upper = this.writable();
    if (own(this.mounts, path)) {
      this.mounts[path] = entry;
      return;
    }
    const parent = this.raw(parentOf(path));
    if (!parent) throw new FsError('ENOENT', 'no such file or directory');
    if (parent.kind !== 'dir' && parent.kind !== 'opaque')
      throw new FsError('ENOTDIR', 'not a directory');
    if (entry.kind === 'file') {
      if (entry.content.length > this.maxFileBytes) throw new FsError('EFBIG', 'file too large');
      const before = own(upper, path);
      const delta = entry.content.length - (before?.kind === 'file' ? before.content.length : 0);
      if (delta > 0 && this.upperBytes() + delta > this.maxLayerBytes)
        throw new FsError('ENOSPC', 'no space left on device');
    }
    this.copyUpDir(parentOf(path), true);
    const hidden = own(upper, path)?.kind === 'whiteout' && this.raw(path, 1) !== undefined;
    if (entry.kind === 'dir' && hidden) upper[path] = { ...entry, kind: 'opaque' };
    else upper[path] = entry;
  }

  /** Changes an entry's metadata, copying it up first. */
  update(path: string, change: (e: RealEntry) => void): void {
    const upper = this.writable();
    const mounted = own(this.mounts, path);
    if (mounted && mounted.kind !== 'whiteout') {
      change(mounted);
      return;
    }
    const cur = this.raw(path);
    if (!cur) throw new FsError('ENOENT', 'no such file or directory');
    if (!own(upper, path)) {
      if (path !== '/') this.copyUpDir(parentOf(path), false);
      upper[path] = { ...cur } as FsEntry;
    }
    const e = own(upper, path);
    if (e && e.kind !== 'whiteout') change(e);
  }

  /** Removes a resolved path and everything under it. */
  remove(path: string): void {
    const upper = this.writable();
    if (path === '/' || own(this.mounts, path))
      throw new FsError('EBUSY', 'device or resource busy');
    if (!this.raw(path)) throw new FsError('ENOENT', 'no such file or directory');
    this.copyUpDir(parentOf(path), true);
    const prefix = `${path}/`;
    for (const p of Object.keys(upper)) if (p.startsWith(prefix)) delete upper[p];
    if (this.raw(path, 1)) upper[path] = { kind: 'whiteout' };
    else delete upper[path];
  }

  /** Every path under `dir` (itself included), parents before children, with its entry. */
  walk(dir: string): { path: string; entry: RealEntry }[] {
    const out: { path: string; entry: RealEntry }[] = [];
    const visit = (p: string, depth: number) => {
      const e = this.raw(p);
      if (!e) return;
      out.push({ path: p, entry: e });
      if ((e.kind === 'dir' || e.kind === 'opaque') && depth < 64) {
        for (const name of this.list(p)) visit(p === '/' ? `/${name}` : `${p}/${name}`, depth + 1);
      }
    };
    visit(dir, 0);
    return out;
  }
}

/** The image layers of a container (or an image), top first. */
export function imageLayers(state: EngineState, imageId: string): FileMap[] {
  const image = own(state.images, imageId);
  if (!image) return [];
  const out: FileMap[] = [];
  for (let i = image.layers.length - 1; i >= 0; i--) {
    const layer = own(state.layers, image.layers[i] ?? '');
    if (layer) out.push(layer.files);
  }
  return out;
}

/** A container's merged root filesystem, writable through its R/W layer. */
export function containerFs(state: EngineState, c: Container): LayeredFs {
  const file = (content: string): RealEntry => ({
    kind: 'file',
    content,
    mode: 0o644,
    uid: 0,
    gid: 0,
    mtime: c.state.startedAt ?? c.created,
  });
  const host = c.config.hostname;
  const ip = Object.values(c.endpoints)[0]?.ipAddress;
  const mounts: FileMap = {
    '/etc/hostname': file(`${host}\n`),
    '/etc/hosts': file(
      '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::\tip6-localnet\n' +
        'ff00::\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n' +
        (ip ? `${ip}\t${host}\n` : ''),
    ),
    '/etc/resolv.conf': file(
      '# Generated by Docker Engine.\n# This file can be edited; Docker Engine will not make further changes once it\n' +
        '# has been modified.\n\nnameserver 8.8.8.8\nnameserver 8.8.4.4\n',
    ),
  };
  const fs = new LayeredFs([c.rwLayer, ...imageLayers(state, c.imageId)], {
    mounts,
    writable: true,
    maxFileBytes: state.limits.maxFileBytes,
    maxLayerBytes: state.limits.maxLayerBytes,
    now: () => state.now,
  });
  return wrapContainerFs ? wrapContainerFs(state, c, fs) : fs;
}

/** Lays volumes and bind mounts over a container's layers (installed by engine/volumes). */
type ContainerFsWrapper = (state: EngineState, c: Container, fs: LayeredFs) => LayeredFs;
let wrapContainerFs: ContainerFsWrapper | undefined;

export function setContainerFsWrapper(wrapper: ContainerFsWrapper): void {
  wrapContainerFs = wrapper;
}

/** `docker diff`: A/C/D for every path of the R/W layer, parents before children. */
export function diffLayer(
  state: EngineState,
  c: Container,
): { kind: 'A' | 'C' | 'D'; path: string }[] {
  const fs = containerFs(state, c);
  const set = new Set(Object.keys(c.rwLayer));
  // Writers that bypass copy-up (simulators) still changed every directory above what they wrote.
  for (const p of [...set]) for (const a of ancestors(p)) if (a !== '/') set.add(a);
  // The daemon's naive diff: per directory, additions and changes first, then deletions.
  const isDel = (p: string) => own(c.rwLayer, p)?.kind === 'whiteout';
  const paths = [...set].sort((a, b) => {
    const pa = a.split('/');
    const pb = b.split('/');
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
      const x = pa[i] as string;
      const y = pb[i] as string;
      if (x === y) continue;
      const dx = isDel(pa.slice(0, i + 1).join('/'));
      const dy = isDel(pb.slice(0, i + 1).join('/'));
      if (dx !== dy) return dx ? 1 : -1;
      return x < y ? -1 : 1;
    }
    return pa.length - pb.length;
  });
  return paths.map((path) => {
    const e = own(c.rwLayer, path);
    if (e?.kind === 'whiteout') return { kind: 'D' as const, path };
    return { kind: fs.raw(path, 1) ? ('C' as const) : ('A' as const), path };
  });
}

/** Path order where a directory comes right before its own children. */
export function comparePaths(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Bytes of file content an R/W layer holds (commit's layer size). */
export function layerBytes(files: FileMap): number {
  let n = 0;
  for (const e of Object.values(files)) if (e.kind === 'file') n += e.content.length;
  return n;
}
