// Volumes: create/ls/rm/prune with Docker's refusals, a container's mounts prepared at create, anonymous volumes' lifetime.
import type { Container, FsEntry, Volume } from '../types.ts';
import { fail, ok, own, type Result } from '../errors.ts';
import { emitEvent, notify, type Core } from '../core.ts';
import { randomHex } from '../rng.ts';
import { imageLayers, LayeredFs } from '../fs/layered.ts';
import { normalizePath } from '../fs.ts';
import { bumpHostRevision, hostRevision } from './mounts.ts';
import './mounted-fs.ts';

export interface VolumeCreateOptions {
  name?: string;
  driver?: string;
  labels?: Record<string, string>;
}

export interface VolumeOps {
  /** Volumes sorted by name, as `volume ls` lists them. */
  list(): Volume[];
  find(name: string): Result<Volume>;
  create(options: VolumeCreateOptions): Result<Volume>;
  /** Refuses a volume any container (running or not) mounts. */
  remove(name: string): Result<Volume>;
  /** Removes unused volumes (anonymous ones only unless `all`); names removed and bytes reclaimed. */
  prune(all: boolean): { names: string[]; reclaimed: number };
  /** IDs of the containers that mount the volume. */
  usedBy(name: string): string[];
  /** Bytes of file content a volume holds. */
  sizeOf(name: string): number;
  /** Bumped whenever the engine changes the host's files (bind mounts, curl -o): the shell re-syncs. */
  hostRevision(): number;
  /** Call after writing `state.host.files` directly. */
  hostChanged(): void;
}

const VALID_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

function usedBy(core: Core, name: string): string[] {
  const out: string[] = [];
  for (const c of Object.values(core.state.containers)) {
    if (c.config.mounts.some((m) => m.type === 'volume' && m.source === name)) out.push(c.id);
  }
  return out;
}

function bytesOf(v: Volume): number {
  let n = 0;
  for (const e of Object.values(v.files)) if (e.kind === 'file') n += e.content.length;
  return n;
}

function newVolume(
  core: Core,
  name: string,
  anonymous: boolean,
  labels: Record<string, string> = {},
): Volume {
  const v: Volume = {
    name,
    driver: 'local',
    created: core.state.now,
    labels,
    anonymous,
    files: {},
  };
  core.state.volumes[name] = v;
  emitEvent(core, 'volume', 'create', name, { driver: 'local' });
  return v;
}

/** Copies what the image has at `target` into an empty new volume, as Docker does on first mount. */
function copyImageContent(core: Core, c: Container, target: string, v: Volume): void {
  const image = new LayeredFs(imageLayers(core.state, c.imageId), { writable: false });
  const hit = image.get(target);
  if (!hit || (hit.entry.kind !== 'dir' && hit.entry.kind !== 'opaque')) return;
  for (const { path, entry } of image.walk(hit.path)) {
    const rel = path.slice(hit.path.length);
    if (rel === '') continue;
    v.files[rel] = JSON.parse(JSON.stringify(entry)) as FsEntry;
  }
}

/**
 * Completes a new container's mounts as the daemon does at create: anonymous volumes (bare `-v /path`
 * and the image's VOLUMEs), named volumes created on first use and filled from the image, bind sources
 * checked (or created for `-v`), mount points made in the container's layer.
 */
export function prepareMounts(core: Core, c: Container): Result<void> {
  const { state } = core;
  const mounts = c.config.mounts;
  const seen = new Set<string>();
  for (const m of mounts) {
    const target = normalizePath(m.target);
    if (seen.has(target))
      return fail({ code: 'DAEMON_TEXT', message: `Duplicate mount point: ${target}` });
    seen.add(target);
    if (m.type === 'bind' && !m.createSource) {
      const src = own(state.host.files, normalizePath(m.source));
      if (!src)
        return fail({
          code: 'DAEMON_TEXT',
          message: `invalid mount config for type "bind": bind source path does not exist: ${m.source}`,
        });
    }
    if (
      m.type === 'volume' &&
      m.source !== '' &&
      !own(state.volumes, m.source) &&
      !VALID_NAME.test(m.source)
    )
      return fail({ code: 'VOLUME_INVALID_NAME', name: m.source });
  }
  for (const target of c.config.volumes) {
    if (!seen.has(target)) {
      mounts.push({ type: 'volume', source: '', target, readOnly: false });
      seen.add(target);
    }
  }
  for (const m of mounts) {
    m.target = normalizePath(m.target);
    if (m.type === 'volume') {
      let v = m.source === '' ? undefined : own(state.volumes, m.source);
      let fresh = false;
      if (!v) {
        v = newVolume(core, m.source === '' ? randomHex(state, 64) : m.source, m.source === '');
        m.source = v.name;
        fresh = true;
      }
      if ((fresh || Object.keys(v.files).length === 0) && !m.noCopy)
        copyImageContent(core, c, m.target, v);
    } else if (m.type === 'bind') {
      m.source = normalizePath(m.source);
      if (!own(state.host.files, m.source)) {
        // `-v /host/dir:/ctr` makes the missing directory (and its parents) on the host, owned by root.
        let p = '';
        for (const seg of m.source.split('/').filter(Boolean)) {
          p += `/${seg}`;
          if (!own(state.host.files, p))
            state.host.files[p] = { kind: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: state.now };
        }
        bumpHostRevision(state);
      }
    }
    ensureMountPoint(core, c, m.target);
  }
  return ok(undefined);
}

/** The mount point exists in the container's layer (Docker creates it when the image lacks it). */
function ensureMountPoint(core: Core, c: Container, target: string): void {
  const image = new LayeredFs([c.rwLayer, ...imageLayers(core.state, c.imageId)], {
    writable: true,
    now: () => core.state.now,
  });
  let p = '';
  for (const seg of target.split('/').filter(Boolean)) {
    p += `/${seg}`;
    if (image.raw(p)) continue;
    c.rwLayer[p] = { kind: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: core.state.now };
  }
}

/** The container is gone for good: its anonymous volumes go with it (`rm -v`, `--rm`) unless shared. */
export function removeAnonymousVolumes(core: Core, c: Container): void {
  for (const m of c.config.mounts) {
    if (m.type !== 'volume') continue;
    const v = own(core.state.volumes, m.source);
    if (!v || !v.anonymous) continue;
    if (usedBy(core, v.name).some((id) => id !== c.id)) continue;
    delete core.state.volumes[v.name];
    emitEvent(core, 'volume', 'destroy', v.name, { driver: 'local' });
  }
}

export function createVolumeOps(core: Core): VolumeOps {
  const { state } = core;
  return {
    list: () =>
      Object.values(state.volumes).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    find(name) {
      const v = own(state.volumes, name);
      return v ? ok(v) : fail({ code: 'NO_SUCH_VOLUME', name });
    },
    create(o) {
      const driver = o.driver ?? 'local';
      if (driver !== 'local')
        return fail({
          code: 'DAEMON_TEXT',
          message: `create ${o.name ?? ''}: error looking up volume plugin ${driver}: plugin "${driver}" not found`,
        });
      if (o.name !== undefined && o.name !== '') {
        const existing = own(state.volumes, o.name);
        if (existing) return ok(existing);
        if (!VALID_NAME.test(o.name)) return fail({ code: 'VOLUME_INVALID_NAME', name: o.name });
      }
      const v = newVolume(core, o.name || randomHex(state, 64), false, { ...(o.labels ?? {}) });
      notify(core);
      return ok(v);
    },
    remove(name) {
      const v = own(state.volumes, name);
      if (!v) return fail({ code: 'NO_SUCH_VOLUME', name });
      const ids = usedBy(core, name);
      if (ids.length > 0) return fail({ code: 'VOLUME_IN_USE', name, ids });
      delete state.volumes[name];
      emitEvent(core, 'volume', 'destroy', name, { driver: 'local' });
      notify(core);
      return ok(v);
    },
    prune(all) {
      const names: string[] = [];
      let reclaimed = 0;
      for (const v of Object.values(state.volumes)) {
        if (!all && !v.anonymous) continue;
        if (usedBy(core, v.name).length > 0) continue;
        reclaimed += bytesOf(v);
        delete state.volumes[v.name];
        emitEvent(core, 'volume', 'destroy', v.name, { driver: 'local' });
        names.push(v.name);
      }
      notify(core);
      return { names, reclaimed };
    },
    usedBy: (name) => usedBy(core, name),
    sizeOf: (name) => {
      const v = own(state.volumes, name);
      return v ? bytesOf(v) : 0;
    },
    hostRevision: () => hostRevision(state),
    hostChanged: () => {
      bumpHostRevision(state);
      notify(core);
    },
  };
}
