// The host filesystem (just-bash's, in memory) as `docker cp` sees it: whole trees in the engine's entry format.
import type { IFileSystem } from 'just-bash';
import type { HostFsPort } from '../cli/contract.ts';
import type { FsEntry } from '../engine/types.ts';
import { HOST } from './host.ts';

function ownerOf(path: string): number {
  return path === HOST.home || path.startsWith(HOST.home + '/') ? HOST.uid : 0;
}

async function entryAt(fs: IFileSystem, path: string): Promise<FsEntry | undefined> {
  let st;
  try {
    st = await fs.lstat(path);
  } catch {
    return undefined;
  }
  const uid = ownerOf(path);
  const mtime = st.mtime.getTime();
  if (st.isSymbolicLink)
    return { kind: 'symlink', target: await fs.readlink(path), mode: 0o777, uid, gid: uid, mtime };
  if (st.isDirectory) return { kind: 'dir', mode: st.mode & 0o7777, uid, gid: uid, mtime };
  return {
    kind: 'file',
    content: await fs.readFile(path),
    mode: st.mode & 0o7777,
    uid,
    gid: uid,
    mtime,
  };
}

export function hostFsPort(getFs: () => Promise<IFileSystem>): HostFsPort {
  return {
    async readTree(path) {
      const fs = await getFs();
      let root = path;
      try {
        // `docker cp` follows a symlink given as the source (like `cp -L` on its argument).
        root = await fs.realpath(path);
      } catch {
        return undefined;
      }
      const out: Record<string, FsEntry> = {};
      const visit = async (p: string, depth: number): Promise<void> => {
        const e = await entryAt(fs, p);
        if (!e) return;
        out[p === root ? path : path + p.slice(root.length)] = e;
        if (e.kind === 'dir' && depth < 64)
          for (const name of (await fs.readdir(p)).sort())
            await visit(p === '/' ? `/${name}` : `${p}/${name}`, depth + 1);
      };
      await visit(root, 0);
      return out;
    },
    async writeTree(entries) {
      const fs = await getFs();
      const paths = Object.keys(entries).sort((a, b) => a.split('/').length - b.split('/').length);
      for (const p of paths) {
        const e = entries[p];
        if (!e || e.kind === 'whiteout') continue;
        if (e.kind === 'dir' || e.kind === 'opaque') {
          await fs.mkdir(p, { recursive: true });
          await fs.chmod(p, e.mode);
        } else if (e.kind === 'file') {
          await fs.writeFile(p, e.content);
          await fs.chmod(p, e.mode);
        } else {
          if (await fs.exists(p)) await fs.rm(p, { force: true });
          await fs.symlink(e.target, p);
        }
      }
    },
    async kind(path) {
      const fs = await getFs();
      try {
        const st = await fs.stat(path);
        return st.isDirectory ? 'dir' : 'file';
      } catch {
        return undefined;
      }
    },
  };
}
