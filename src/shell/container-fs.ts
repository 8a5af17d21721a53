// just-bash's IFileSystem over a container's layers: reads see the merged view, writes land in its R/W layer.
import type { IFileSystem } from 'just-bash';
import type { FsStat, MkdirOptions, RmOptions, CpOptions } from 'just-bash';

/** What `readdirWithFileTypes` returns (just-bash does not export the type). */
interface DirentEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
}
import type { Engine, LayeredFs, RealEntry } from '../engine/index.ts';
import { FsError, normalizePath } from '../engine/index.ts';
import { t } from '../i18n/fr.ts';

type Content = string | Uint8Array;

const MESSAGES: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  EISDIR: 'illegal operation on a directory',
  EEXIST: 'file already exists',
  ENOTEMPTY: 'directory not empty',
  ELOOP: 'too many levels of symbolic links',
  EINVAL: 'invalid argument',
  EBUSY: 'resource busy or locked',
};

/** An error worded as just-bash's own filesystems word them (its commands parse the code). */
function fsError(code: string, op: string, path: string): Error {
  if (code === 'EFBIG') return new Error(t('container.fs.fileTooLarge', { path }));
  if (code === 'ENOSPC') return new Error(t('container.fs.layerFull', { path }));
  return new Error(`${code}: ${MESSAGES[code] ?? code}, ${op} '${path}'`);
}

function rethrow(err: unknown, op: string, path: string): never {
  if (err instanceof FsError) throw fsError(err.code, op, path);
  throw err;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();
const text = (c: Content): string => (typeof c === 'string' ? c : decoder.decode(c));

export interface ContainerFsOptions {
  engine: Engine;
  containerId: string;
  uid: number;
  gid: number;
}

/** The container's root filesystem for just-bash. Every call reads the engine's current state. */
export class ContainerFs implements IFileSystem {
  private readonly engine: Engine;
  private readonly id: string;
  private readonly uid: number;
  private readonly gid: number;

  constructor(options: ContainerFsOptions) {
    this.engine = options.engine;
    this.id = options.containerId;
    this.uid = options.uid;
    this.gid = options.gid;
  }

  private view(): LayeredFs {
    const v = this.engine.fs.view(this.id);
    if (!v.ok) throw fsError('ENOENT', 'open', '/');
    return v.value.fs;
  }

  private now(): number {
    return this.engine.now();
  }

  private need(path: string, op: string, follow = true): { path: string; entry: RealEntry } {
    const fs = this.view();
    const hit = fs.get(normalizePath(path), follow);
    if (!hit) {
      // A path through a file is ENOTDIR, as the kernel says.
      try {
        fs.resolve(normalizePath(path), follow);
      } catch (err) {
        rethrow(err, op, path);
      }
      throw fsError('ENOENT', op, path);
    }
    return hit;
  }

  private changed(): void {
    this.engine.fs.changed();
  }

  async readFile(path: string): Promise<string> {
    const { entry } = this.need(path, 'open');
    if (entry.kind !== 'file') throw fsError('EISDIR', 'read', path);
    return entry.content;
  }

  async readFileBuffer(path: string): Promise<Uint8Array> {
    return encoder.encode(await this.readFile(path));
  }

  async writeFile(path: string, content: Content): Promise<void> {
    const fs = this.view();
    try {
      const target = fs.resolve(normalizePath(path));
      const cur = fs.raw(target);
      if (cur && cur.kind !== 'file') throw fsError('EISDIR', 'open', path);
      fs.put(target, {
        kind: 'file',
        content: text(content),
        mode: cur?.kind === 'file' ? cur.mode : 0o644,
        uid: cur?.kind === 'file' ? cur.uid : this.uid,
        gid: cur?.kind === 'file' ? cur.gid : this.gid,
        mtime: this.now(),
      });
    } catch (err) {
      rethrow(err, 'open', path);
    }
    this.changed();
  }

  async appendFile(path: string, content: Content): Promise<void> {
    let before = '';
    if (await this.exists(path)) before = await this.readFile(path);
    await this.writeFile(path, before + text(content));
  }

  async exists(path: string): Promise<boolean> {
    return this.view().get(normalizePath(path)) !== undefined;
  }

  private statOf(entry: RealEntry): FsStat {
    return {
      isFile: entry.kind === 'file',
      isDirectory: entry.kind === 'dir' || entry.kind === 'opaque',
      isSymbolicLink: entry.kind === 'symlink',
      mode: entry.mode,
      size:
        entry.kind === 'file'
          ? encoder.encode(entry.content).length
          : entry.kind === 'symlink'
            ? entry.target.length
            : 4096,
      mtime: new Date(entry.mtime),
    };
  }

  async stat(path: string): Promise<FsStat> {
    return this.statOf(this.need(path, 'stat').entry);
  }

  async lstat(path: string): Promise<FsStat> {
    return this.statOf(this.need(path, 'lstat', false).entry);
  }

  async mkdir(path: string, options?: MkdirOptions): Promise<void> {
    const fs = this.view();
    const abs = normalizePath(path);
    const existing = fs.get(abs);
    if (existing) {
      if (options?.recursive && existing.entry.kind !== 'file') return;
      throw fsError('EEXIST', 'mkdir', path);
    }
    try {
      const parent = abs.slice(0, abs.lastIndexOf('/')) || '/';
      if (!fs.get(parent)) {
        if (!options?.recursive) throw fsError('ENOENT', 'mkdir', path);
        await this.mkdir(parent, { recursive: true });
      }
      const real = fs.resolve(abs);
      fs.put(real, { kind: 'dir', mode: 0o755, uid: this.uid, gid: this.gid, mtime: this.now() });
    } catch (err) {
      rethrow(err, 'mkdir', path);
    }
    this.changed();
  }

  async readdir(path: string): Promise<string[]> {
    const { path: real, entry } = this.need(path, 'scandir');
    if (entry.kind !== 'dir' && entry.kind !== 'opaque') throw fsError('ENOTDIR', 'scandir', path);
    return this.view().list(real);
  }

  async readdirWithFileTypes(path: string): Promise<DirentEntry[]> {
    const { path: real } = this.need(path, 'scandir');
    const fs = this.view();
    return (await this.readdir(path)).map((name) => {
      const e = fs.raw(real === '/' ? `/${name}` : `${real}/${name}`);
      return {
        name,
        isFile: e?.kind === 'file',
        isDirectory: e?.kind === 'dir' || e?.kind === 'opaque',
        isSymbolicLink: e?.kind === 'symlink',
      };
    });
  }

  async rm(path: string, options?: RmOptions): Promise<void> {
    const fs = this.view();
    const abs = normalizePath(path);
    let real: string;
    try {
      real = fs.resolve(abs, false);
    } catch (err) {
      if (options?.force) return;
      rethrow(err, 'rm', path);
    }
    const e = fs.raw(real);
    if (!e) {
      if (options?.force) return;
      throw fsError('ENOENT', 'rm', path);
    }
    if ((e.kind === 'dir' || e.kind === 'opaque') && !options?.recursive && fs.list(real).length)
      throw fsError('ENOTEMPTY', 'rm', path);
    try {
      fs.remove(real);
    } catch (err) {
      rethrow(err, 'rm', path);
    }
    this.changed();
  }

  async cp(src: string, dest: string, options?: CpOptions): Promise<void> {
    const from = this.need(src, 'cp');
    if ((from.entry.kind === 'dir' || from.entry.kind === 'opaque') && !options?.recursive)
      throw fsError('EISDIR', 'cp', src);
    const fs = this.view();
    const to = normalizePath(dest);
    try {
      for (const { path, entry } of fs.walk(from.path)) {
        const target = path === from.path ? to : to + path.slice(from.path.length);
        const cur = fs.raw(target);
        if (cur && (cur.kind === 'dir' || cur.kind === 'opaque') && entry.kind !== 'file') continue;
        fs.put(target, { ...entry, mtime: this.now() } as RealEntry);
      }
    } catch (err) {
      rethrow(err, 'cp', dest);
    }
    this.changed();
  }

  async mv(src: string, dest: string): Promise<void> {
    const fs = this.view();
    const from = normalizePath(src);
    const real = (() => {
      try {
        return fs.resolve(from, false);
      } catch (err) {
        return rethrow(err, 'rename', src);
      }
    })();
    const e = fs.raw(real);
    if (!e) throw fsError('ENOENT', 'rename', src);
    const to = normalizePath(dest);
    if (to === real || to.startsWith(real + '/')) throw fsError('EINVAL', 'rename', src);
    try {
      const items = fs.walk(real);
      const existing = fs.raw(to);
      if (existing) fs.remove(to);
      for (const { path, entry } of items)
        fs.put(path === real ? to : to + path.slice(real.length), entry);
      fs.remove(real);
    } catch (err) {
      rethrow(err, 'rename', dest);
    }
    this.changed();
  }

  resolvePath(base: string, path: string): string {
    return normalizePath(path, base);
  }

  getAllPaths(): string[] {
    return this.view()
      .walk('/')
      .map((w) => w.path);
  }

  async chmod(path: string, mode: number): Promise<void> {
    const { path: real } = this.need(path, 'chmod');
    try {
      this.view().update(real, (e) => {
        e.mode = mode & 0o7777;
      });
    } catch (err) {
      rethrow(err, 'chmod', path);
    }
    this.changed();
  }

  async symlink(target: string, linkPath: string): Promise<void> {
    const fs = this.view();
    const abs = normalizePath(linkPath);
    if (fs.get(abs, false)) throw fsError('EEXIST', 'symlink', linkPath);
    try {
      const parent = fs.resolve(abs.slice(0, abs.lastIndexOf('/')) || '/');
      const name = abs.slice(abs.lastIndexOf('/') + 1);
      fs.put(parent === '/' ? `/${name}` : `${parent}/${name}`, {
        kind: 'symlink',
        target,
        mode: 0o777,
        uid: this.uid,
        gid: this.gid,
        mtime: this.now(),
      });
    } catch (err) {
      rethrow(err, 'symlink', linkPath);
    }
    this.changed();
  }

  async link(existingPath: string, newPath: string): Promise<void> {
    const { entry } = this.need(existingPath, 'link');
    if (entry.kind !== 'file') throw fsError('EISDIR', 'link', existingPath);
    if (await this.exists(newPath)) throw fsError('EEXIST', 'link', newPath);
    await this.writeFile(newPath, entry.content);
  }

  async readlink(path: string): Promise<string> {
    const { entry } = this.need(path, 'readlink', false);
    if (entry.kind !== 'symlink') throw fsError('EINVAL', 'readlink', path);
    return entry.target;
  }

  async realpath(path: string): Promise<string> {
    return this.need(path, 'realpath').path;
  }

  // `touch` passes the wall clock: the container lives on the virtual clock instead.
  async utimes(path: string, _atime: Date, _mtime: Date): Promise<void> {
    const { path: real } = this.need(path, 'utimes');
    try {
      this.view().update(real, (e) => {
        e.mtime = this.now();
      });
    } catch (err) {
      rethrow(err, 'utimes', path);
    }
    this.changed();
  }
}
