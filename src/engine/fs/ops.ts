// The engine's container filesystem and exec operations: merged view, diff, cp both ways, exec processes, adopted PID 1.
import type { Container, FsEntry } from '../types.ts';
import { fail, ok, own, type Result } from '../errors.ts';
import { emitContainerEvent, notify, type Core } from '../core.ts';
import { lookupContainer } from '../containers/lookup.ts';
import { containerExited } from '../containers/lifecycle.ts';
import { resolveExecutable, type Resolution } from '../programs/registry.ts';
import { randomHex } from '../rng.ts';
import { normalizePath } from '../fs.ts';
import {
  baseName,
  containerFs,
  diffLayer,
  FsError,
  parentOf,
  type LayeredFs,
  type RealEntry,
} from './layered.ts';

export { FsError, type LayeredFs, type RealEntry };

/** A copied tree: entries by path relative to the copied root ("" is the root itself). */
export interface FsTree {
  entries: { rel: string; entry: RealEntry }[];
  bytes: number;
}

export interface ExecStart {
  execId: string;
  pid: number;
}

export interface FsOps {
  /** The container's merged root filesystem (reads and writes go to its layers). */
  view(ref: string): Result<{ container: Container; fs: LayeredFs }>;
  /** Call after writing through `view` so that subscribers see the change. */
  changed(): void;
  diff(ref: string): Result<{ kind: 'A' | 'C' | 'D'; path: string }[]>;
  /** `docker cp CTR:PATH -`: the tree at PATH (symlinks in the path followed). */
  copyOut(ref: string, path: string): Result<FsTree>;
  /**
   * `docker cp - CTR:PATH`: writes `tree` at `dest` (into it if it is a directory, as `name`).
   * Returns the path written.
   */
  copyIn(ref: string, dest: string, tree: FsTree, name: string): Result<string>;
  /** Finds a command as runc would, with the container's PATH. */
  resolveCommand(ref: string, cmd: string): Result<Resolution>;
  /** Starts an exec process (ps shows it); refuses as Docker does for a stopped or paused container. */
  beginExec(ref: string, argv: string[], opts: { uid: number; tty: boolean }): Result<ExecStart>;
  endExec(id: string, execId: string, exitCode: number): void;
  /** PID 1 is driven from outside (an interactive shell session): the engine stops stepping it. */
  adoptMain(id: string): void;
  /** The adopted PID 1 ended with `code` (the container exits as its main process did). */
  exitMain(id: string, code: number): void;
}

function fsFail<T>(err: unknown, path: string): Result<T> {
  const errno = err instanceof FsError ? err.code : 'EIO';
  return fail({ code: 'FS_ERROR', errno, path });
}

export function createFsOps(core: Core): FsOps {
  const find = (ref: string) => lookupContainer(core.state, ref);
  return {
    view(ref) {
      const found = find(ref);
      if (!found.ok) return found;
      return ok({ container: found.value, fs: containerFs(core.state, found.value) });
    },
    changed: () => notify(core),
    diff(ref) {
      const found = find(ref);
      if (!found.ok) return found;
      return ok(diffLayer(core.state, found.value));
    },
    copyOut(ref, path) {
      const found = find(ref);
      if (!found.ok) return found;
      const fs = containerFs(core.state, found.value);
      const abs = normalizePath(path);
      const hit = fs.get(abs, !path.endsWith('/.') && true);
      if (!hit) return fail({ code: 'CP_NOT_FOUND', path, container: ref });
      const entries: FsTree['entries'] = [];
      let bytes = 0;
      for (const { path: p, entry } of fs.walk(hit.path)) {
        const rel = p === hit.path ? '' : p.slice(hit.path === '/' ? 1 : hit.path.length + 1);
        entries.push({ rel, entry: { ...entry } });
        if (entry.kind === 'file') bytes += entry.content.length;
      }
      return ok({ entries, bytes });
    },
    copyIn(ref, dest, tree, name) {
      const found = find(ref);
      if (!found.ok) return found;
      const fs = containerFs(core.state, found.value);
      const abs = normalizePath(dest);
      let target: string;
      try {
        const existing = fs.get(abs);
        if (existing && (existing.entry.kind === 'dir' || existing.entry.kind === 'opaque'))
          target = existing.path === '/' ? `/${name}` : `${existing.path}/${name}`;
        else {
          if (dest.endsWith('/')) return fail({ code: 'FS_ERROR', errno: 'ENOENT', path: dest });
          const parent = fs.get(parentOf(abs));
          if (!parent) return fail({ code: 'FS_ERROR', errno: 'ENOENT', path: parentOf(abs) });
          target = `${parent.path === '/' ? '' : parent.path}/${baseName(abs)}`;
        }
        for (const { rel, entry } of tree.entries) {
          const p = rel === '' ? target : `${target}/${rel}`;
          const cur = fs.raw(p);
          if (
            cur &&
            (entry.kind === 'dir' || entry.kind === 'opaque') &&
            (cur.kind === 'dir' || cur.kind === 'opaque')
          )
            continue;
          if (cur && cur.kind === 'dir' && entry.kind !== 'dir') fs.remove(p);
          fs.put(p, { ...entry, mtime: entry.mtime } as RealEntry);
        }
      } catch (err) {
        return fsFail(err, dest);
      }
      notify(core);
      return ok(target);
    },
    resolveCommand(ref, cmd) {
      const found = find(ref);
      if (!found.ok) return found;
      return ok(resolveExecutable(core.state, found.value, cmd));
    },
    beginExec(ref, argv, opts) {
      const found = find(ref);
      if (!found.ok) return found;
      const c = found.value;
      if (c.state.status === 'paused') return fail({ code: 'CONTAINER_PAUSED', ref });
      if (c.state.status === 'restarting') return fail({ code: 'CONTAINER_RESTARTING', id: c.id });
      if (c.state.status !== 'running') return fail({ code: 'CONTAINER_NOT_RUNNING', id: c.id });
      const execId = randomHex(core.state, 64);
      const pid = core.state.nextPid++;
      c.processes.push({
        pid,
        ppid: c.state.pid,
        argv: [...argv],
        uid: opts.uid,
        startedAt: core.state.now,
        program: { kind: 'external', data: { execId } },
      });
      c.execIds.push(execId);
      const label = `${argv.join(' ')}`;
      emitContainerEvent(core, c, `exec_create: ${label}`, { execID: execId });
      emitContainerEvent(core, c, `exec_start: ${label}`, { execID: execId });
      notify(core);
      return ok({ execId, pid });
    },
    endExec(id, execId, exitCode) {
      const c = own(core.state.containers, id);
      if (!c) return;
      const i = c.processes.findIndex(
        (p, k) => k > 0 && (p.program.data as { execId?: string } | null)?.execId === execId,
      );
      if (i > 0) c.processes.splice(i, 1);
      c.execIds = c.execIds.filter((e) => e !== execId);
      if (c.state.status === 'running' || c.state.status === 'paused')
        emitContainerEvent(core, c, 'exec_die', { execID: execId, exitCode: String(exitCode) });
      notify(core);
    },
    adoptMain(id) {
      const c = own(core.state.containers, id);
      const main = c?.processes[0];
      if (!main) return;
      main.program = { kind: 'external', data: null };
    },
    exitMain(id, code) {
      const c = own(core.state.containers, id);
      if (!c || c.state.status !== 'running') return;
      containerExited(core, c, code);
      notify(core);
    },
  };
}

/** Entries of a just-read tree, re-rooted (what `docker cp` of a host path sends). */
export function treeOf(entries: Record<string, FsEntry>, root: string): FsTree {
  const out: FsTree['entries'] = [];
  let bytes = 0;
  for (const [p, e] of Object.entries(entries)) {
    if (e.kind === 'whiteout') continue;
    if (p !== root && !p.startsWith(root === '/' ? '/' : `${root}/`)) continue;
    out.push({ rel: p === root ? '' : p.slice(root === '/' ? 1 : root.length + 1), entry: e });
    if (e.kind === 'file') bytes += e.content.length;
  }
  out.sort((a, b) => a.rel.split('/').length - b.rel.split('/').length);
  return { entries: out, bytes };
}
