// Keeps the engine's copy of the host's files (bind mounts, curl -o) in step with just-bash's filesystem.
import type { IFileSystem } from 'just-bash';
import type { FsEntry } from '../engine/types.ts';
import type { MachineEngine } from './engine-port.ts';
import { readHostFiles, writeHostFiles } from './host-fs.ts';

const MUTATORS = new Set([
  'writeFile',
  'writeFileSync',
  'writeFileLazy',
  'appendFile',
  'mkdir',
  'mkdirSync',
  'rm',
  'cp',
  'mv',
  'chmod',
  'symlink',
  'link',
  'utimes',
]);

const same = (a: FsEntry | undefined, b: FsEntry | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Before a docker or curl command, the shell's changes go to `engine.state.host.files` (only when the
 * shell wrote something since); after it, what the engine changed there (its host revision moved) is
 * written back into the shell's filesystem.
 */
export class HostSync {
  private dirty = true;
  private revision = -1;
  private readonly engine: MachineEngine;

  constructor(engine: MachineEngine) {
    this.engine = engine;
  }

  /** The filesystem with its writes noticed. */
  track<T extends IFileSystem>(fs: T): T {
    return new Proxy(fs, {
      get: (target, prop, receiver) => {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        const fn = value as (...args: unknown[]) => unknown;
        if (typeof prop === 'string' && MUTATORS.has(prop)) {
          return (...args: unknown[]) => {
            this.dirty = true;
            return fn.apply(target, args);
          };
        }
        return fn.bind(target);
      },
    });
  }

  async toEngine(fs: IFileSystem): Promise<void> {
    if (!this.dirty) return;
    const host = this.engine.state?.host?.files as Record<string, FsEntry> | undefined;
    if (!host || !this.engine.volumes) return;
    const files = await readHostFiles(fs);
    for (const k of Object.keys(host)) if (!(k in files)) delete host[k];
    Object.assign(host, files);
    this.dirty = false;
    this.revision = this.engine.volumes.hostRevision();
  }

  /** `raw` is the untracked filesystem, so that writing back does not mark it dirty. */
  async fromEngine(raw: IFileSystem): Promise<void> {
    if (!this.engine.volumes || !this.engine.state?.host) return;
    const rev = this.engine.volumes.hostRevision();
    if (rev === this.revision) return;
    this.revision = rev;
    const want = this.engine.state.host.files as Record<string, FsEntry>;
    const have = await readHostFiles(raw);
    const changed: Record<string, FsEntry> = {};
    for (const [p, e] of Object.entries(want)) if (!same(have[p], e)) changed[p] = e;
    const gone = Object.keys(have)
      .filter((p) => !(p in want))
      .sort((a, b) => b.length - a.length);
    for (const p of gone)
      if (await raw.exists(p)) await raw.rm(p, { recursive: true, force: true });
    await writeHostFiles(raw, changed);
  }
}
