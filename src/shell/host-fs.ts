// The emulated host's filesystem: its start layout, and its conversion to and from the engine's JSON-safe entries.
import type { IFileSystem } from 'just-bash';
import type { FsEntry } from '../engine/types.ts';
import { HOST } from './host.ts';

/** Paths just-bash creates by itself (command stubs, /proc, /dev): never saved, always recreated. */
const GENERATED_ROOTS = ['/proc', '/dev', '/bin', '/usr/bin'];

function isGenerated(path: string): boolean {
  return GENERATED_ROOTS.some((root) => path === root || path.startsWith(root + '/'));
}

/** The files a fresh host starts with (text files; directories are implied or listed). */
export function initialHostFiles(now: number): Record<string, FsEntry> {
  const dir = (uid = 0, mode = 0o755): FsEntry => ({
    kind: 'dir',
    mode,
    uid,
    gid: uid,
    mtime: now,
  });
  const file = (content: string, uid = 0, mode = 0o644): FsEntry => ({
    kind: 'file',
    content,
    mode,
    uid,
    gid: uid,
    mtime: now,
  });
  const { user, home, hostname, uid } = HOST;
  return {
    '/etc': dir(),
    '/etc/hostname': file(`${hostname}\n`),
    '/etc/hosts': file(
      `127.0.0.1\tlocalhost\n127.0.1.1\t${hostname}\n::1\tlocalhost ip6-localhost ip6-loopback\n`,
    ),
    '/etc/passwd': file(
      `root:x:0:0:root:/root:/bin/bash\n${user}:x:${uid}:${uid}:${user}:${home}:/bin/bash\n`,
    ),
    '/etc/group': file(`root:x:0:\ndocker:x:${HOST.dockerGid}:${user}\n${user}:x:${uid}:\n`),
    '/etc/os-release': file(
      'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\n' +
        'VERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\n',
    ),
    '/home': dir(),
    [home]: dir(uid),
    '/root': dir(0, 0o700),
    '/tmp': dir(0, 0o1777),
    '/var': dir(),
    '/var/tmp': dir(0, 0o1777),
  };
}

/** Writes entries into a just-bash filesystem (parents first). */
export async function writeHostFiles(
  fs: IFileSystem,
  files: Record<string, FsEntry>,
): Promise<void> {
  const paths = Object.keys(files).sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1));
  for (const path of paths) {
    const entry = files[path];
    if (!entry || isGenerated(path)) continue;
    switch (entry.kind) {
      case 'dir':
      case 'opaque':
        await fs.mkdir(path, { recursive: true });
        await fs.chmod(path, entry.mode);
        break;
      case 'file':
        await fs.mkdir(parentOf(path), { recursive: true });
        await fs.writeFile(path, entry.content);
        await fs.chmod(path, entry.mode);
        break;
      case 'symlink':
        await fs.mkdir(parentOf(path), { recursive: true });
        await fs.symlink(entry.target, path);
        break;
      case 'whiteout':
        break;
    }
    if (entry.kind !== 'whiteout' && entry.kind !== 'symlink') {
      const when = new Date(entry.mtime);
      await fs.utimes(path, when, when);
    }
  }
}

/** Reads a just-bash filesystem back into JSON-safe entries (what a snapshot stores as `host.files`). */
export async function readHostFiles(fs: IFileSystem): Promise<Record<string, FsEntry>> {
  const out: Record<string, FsEntry> = {};
  const paths = fs.getAllPaths().filter((p) => p !== '/' && !isGenerated(p));
  paths.sort();
  for (const path of paths) {
    const st = await fs.lstat(path);
    const uid = path === HOST.home || path.startsWith(HOST.home + '/') ? HOST.uid : 0;
    const mtime = st.mtime.getTime();
    if (st.isSymbolicLink) {
      out[path] = {
        kind: 'symlink',
        target: await fs.readlink(path),
        mode: 0o777,
        uid,
        gid: uid,
        mtime,
      };
    } else if (st.isDirectory) {
      out[path] = { kind: 'dir', mode: st.mode & 0o7777, uid, gid: uid, mtime };
    } else {
      const content = await fs.readFile(path);
      out[path] = { kind: 'file', content, mode: st.mode & 0o7777, uid, gid: uid, mtime };
    }
  }
  return out;
}

function depth(path: string): number {
  return path.split('/').length;
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}
