// The local image store's operations: list, tag, remove (rmi conflicts, -f), prune, history, commit and disk usage.
import type { Container, EngineState, Image, ImageHistoryEntry } from '../types.ts';
import { fail, ok, own, type Result } from '../errors.ts';
import { parseImageReference, tagKey } from '../reference.ts';
import { lookupLocalImage } from '../containers/lookup.ts';
import { derivedHex, randomHex } from '../rng.ts';
import { layerBytes } from '../fs/layered.ts';

export interface ImageRow {
  image: Image;
  /** "nginx", or "<none>". */
  repository: string;
  tag: string;
  /** The repo digest of that repository, if any ("sha256:…"). */
  digest: string;
}

const short = (id: string) => id.slice(0, 12);

/** Tags of each image, sorted. */
export function tagsByImage(state: EngineState): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [key, id] of Object.entries(state.tags)) {
    const list = map.get(id);
    if (list) list.push(key);
    else map.set(id, [key]);
  }
  for (const list of map.values()) list.sort();
  return map;
}

function splitTag(key: string): { repository: string; tag: string } {
  const i = key.lastIndexOf(':');
  return { repository: key.slice(0, i), tag: key.slice(i + 1) };
}

/** Images that are the parent of another local image. */
function parentIds(state: EngineState): Set<string> {
  const set = new Set<string>();
  for (const img of Object.values(state.images)) if (img.parent) set.add(img.parent);
  return set;
}

/** Newest first; within an image, one row per tag (sorted), or one `<none>` row. */
export function imageRows(state: EngineState, all: boolean): ImageRow[] {
  const tags = tagsByImage(state);
  const parents = parentIds(state);
  const images = Object.values(state.images).sort((a, b) => b.created - a.created);
  const rows: ImageRow[] = [];
  for (const image of images) {
    const list = tags.get(image.id) ?? [];
    const digestOf = (repo: string) =>
      image.repoDigests.find((d) => d.startsWith(`${repo}@`))?.slice(repo.length + 1) ?? '';
    if (list.length === 0) {
      // An untagged parent of another image is an intermediate image: only -a shows it.
      if (!all && parents.has(image.id)) continue;
      const repo = image.repoDigests[0]?.split('@')[0];
      rows.push({
        image,
        repository: '<none>',
        tag: '<none>',
        digest: repo ? digestOf(repo) : '',
      });
      continue;
    }
    for (const key of list) {
      const { repository, tag } = splitTag(key);
      rows.push({ image, repository, tag, digest: digestOf(repository) });
    }
  }
  return rows;
}

export function isDangling(state: EngineState, image: Image): boolean {
  return !Object.values(state.tags).includes(image.id);
}

/** `docker tag SOURCE TARGET`. */
export function tagImage(state: EngineState, source: string, target: string): Result<Image> {
  const found = lookupLocalImage(state, source);
  if (!found) return fail({ code: 'NO_SUCH_IMAGE', ref: missingName(source) });
  const parsed = parseImageReference(target);
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.ref.digest) return fail({ code: 'INVALID_REFERENCE', ref: target, reason: 'format' });
  state.tags[tagKey(parsed.ref)] = found.image.id;
  return ok(found.image);
}

/** How the daemon names a missing image in "No such image": the familiar tag, or the raw ID. */
export function missingName(raw: string): string {
  const parsed = parseImageReference(raw);
  if (!parsed.ok || /^(sha256:)?[a-f0-9]{6,64}$/.test(raw)) return raw;
  return parsed.ref.digest ? `${parsed.ref.familiar}@${parsed.ref.digest}` : tagKey(parsed.ref);
}

export type RemoveLine = { untagged: string } | { deleted: string };

const isRunning = (c: Container) =>
  c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting';

/** Containers using the image, running ones first (the one a conflict names). */
function usersOf(state: EngineState, imageId: string): Container[] {
  const users = Object.values(state.containers).filter((c) => c.imageId === imageId);
  return [...users.filter(isRunning), ...users.filter((c) => !isRunning(c))];
}

/** The layers' chain IDs, bottom first (what "Deleted: sha256:…" names after the image). */
export function chainIds(image: Image): string[] {
  const out: string[] = [];
  let chain = '';
  for (const d of image.layers) {
    chain = chain === '' ? d.replace(/^sha256:/, '') : derivedHex(`chain:${chain} ${d}`);
    out.push(chain);
  }
  return out;
}

/** Deletes an untagged image and the layers no other image uses. */
function deleteImage(state: EngineState, image: Image, lines: RemoveLine[]): void {
  delete state.images[image.id];
  lines.push({ deleted: `sha256:${image.id}` });
  const stillUsed = new Set<string>();
  for (const other of Object.values(state.images)) for (const d of other.layers) stillUsed.add(d);
  const chains = chainIds(image);
  for (let i = image.layers.length - 1; i >= 0; i--) {
    const d = image.layers[i] as string;
    if (stillUsed.has(d)) break;
    if (own(state.layers, d)) delete state.layers[d];
    lines.push({ deleted: `sha256:${chains[i]}` });
  }
}

function untagAll(state: EngineState, image: Image, lines: RemoveLine[]): void {
  for (const [key, id] of Object.entries(state.tags)) {
    if (id !== image.id) continue;
    delete state.tags[key];
    lines.push({ untagged: key });
  }
  for (const d of image.repoDigests) lines.push({ untagged: d });
}

/** `docker rmi REF` (the daemon's ImageDelete): untag, delete, or refuse with Docker's conflict. */
export function removeImage(
  state: EngineState,
  raw: string,
  opts: { force: boolean; prune: boolean },
): Result<RemoveLine[]> {
  const lines: RemoveLine[] = [];
  const parsed = parseImageReference(raw);
  const byTag = parsed.ok && !parsed.ref.digest ? own(state.tags, tagKey(parsed.ref)) : undefined;
  if (byTag && !/^(sha256:)?[a-f0-9]{64}$/.test(raw)) {
    const image = own(state.images, byTag);
    if (!image) return fail({ code: 'NO_SUCH_IMAGE', ref: missingName(raw) });
    const key = tagKey((parsed as { ok: true; ref: import('../reference.ts').ImageReference }).ref);
    const tagCount = Object.values(state.tags).filter((id) => id === image.id).length;
    if (tagCount > 1) {
      delete state.tags[key];
      lines.push({ untagged: key });
      return ok(lines);
    }
    const users = usersOf(state, image.id);
    if (users.length > 0 && !opts.force) {
      return fail({
        code: 'IMAGE_CONFLICT',
        message: `conflict: unable to remove repository reference "${raw}" (must force) - container ${short(users[0]?.id ?? '')} is using its referenced image ${short(image.id)}`,
      });
    }
    delete state.tags[key];
    lines.push({ untagged: key });
    const repo = key.slice(0, key.lastIndexOf(':'));
    const kept: string[] = [];
    for (const d of image.repoDigests) {
      if (d.startsWith(`${repo}@`)) lines.push({ untagged: d });
      else kept.push(d);
    }
    image.repoDigests = kept;
    if (users.length === 0 && !parentIds(state).has(image.id)) deleteImage(state, image, lines);
    return ok(lines);
  }
  const found = lookupLocalImage(state, raw);
  if (!found) return fail({ code: 'NO_SUCH_IMAGE', ref: missingName(raw) });
  const image = found.image;
  const users = usersOf(state, image.id);
  const running = users.find(isRunning);
  if (running) {
    return fail({
      code: 'IMAGE_CONFLICT',
      message: `conflict: unable to delete ${short(image.id)} (cannot be forced) - image is being used by running container ${short(running.id)}`,
    });
  }
  if (parentIds(state).has(image.id)) {
    return fail({
      code: 'IMAGE_CONFLICT',
      message: `conflict: unable to delete ${short(image.id)} (cannot be forced) - image has dependent child images`,
    });
  }
  const tagCount = Object.values(state.tags).filter((id) => id === image.id).length;
  if (tagCount > 1 && !opts.force) {
    return fail({
      code: 'IMAGE_CONFLICT',
      message: `conflict: unable to delete ${short(image.id)} (must be forced) - image is referenced in multiple repositories`,
    });
  }
  const stopped = users[0];
  if (stopped && !opts.force) {
    return fail({
      code: 'IMAGE_CONFLICT',
      message: `conflict: unable to delete ${short(image.id)} (must be forced) - image is being used by stopped container ${short(stopped.id)}`,
    });
  }
  untagAll(state, image, lines);
  image.repoDigests = [];
  deleteImage(state, image, lines);
  return ok(lines);
}

/** `docker image prune [-a]`: dangling (or every unused) image; the bytes freed. */
export function pruneImages(
  state: EngineState,
  all: boolean,
): { lines: RemoveLine[]; reclaimed: number } {
  const lines: RemoveLine[] = [];
  let reclaimed = 0;
  for (let changed = true; changed;) {
    changed = false;
    const parents = parentIds(state);
    for (const image of Object.values(state.images)) {
      if (usersOf(state, image.id).length > 0 || parents.has(image.id)) continue;
      if (!all && !isDangling(state, image)) continue;
      const before = new Set(Object.keys(state.layers));
      untagAll(state, image, lines);
      image.repoDigests = [];
      deleteImage(state, image, lines);
      for (const d of before) if (!own(state.layers, d)) reclaimed += sizeOfLayer(image, d);
      changed = true;
    }
  }
  return { lines, reclaimed };
}

function sizeOfLayer(image: Image, digest: string): number {
  const i = image.layers.indexOf(digest);
  const rows = image.history.filter((h) => !h.emptyLayer);
  return rows[i]?.size ?? 0;
}

export interface HistoryRow {
  /** Image ID for an image's own top row, undefined for `<missing>`. */
  id: string | undefined;
  entry: ImageHistoryEntry;
}

/** `docker history`: newest first; each image of the parent chain names its own top row. */
export function historyRows(state: EngineState, image: Image): HistoryRow[] {
  const named = new Map<number, string>();
  const seen = new Set<string>();
  for (let cur: Image | undefined = image; cur && !seen.has(cur.id);) {
    seen.add(cur.id);
    if (!named.has(cur.history.length - 1)) named.set(cur.history.length - 1, cur.id);
    cur = cur.parent ? own(state.images, cur.parent) : undefined;
  }
  return image.history.map((entry, i) => ({ id: named.get(i), entry })).reverse();
}

/** `docker commit`: the container's R/W layer becomes a new layer on top of its image. */
export function commitContainer(
  state: EngineState,
  c: Container,
  opts: {
    repository?: string;
    tag?: string;
    comment?: string;
    author?: string;
    changes?: Partial<Image['config']>;
  },
): Result<Image> {
  const base = own(state.images, c.imageId);
  if (!base) return fail({ code: 'NO_SUCH_IMAGE', ref: c.imageId });
  const files = JSON.parse(JSON.stringify(c.rwLayer)) as typeof c.rwLayer;
  const size = layerBytes(files);
  const digest = `sha256:${randomHex(state, 64)}`;
  state.layers[digest] = { digest, size, files };
  const id = randomHex(state, 64);
  const cmd = [...(c.config.entrypoint ?? []), ...(c.config.cmd ?? [])].join(' ');
  const config: Image['config'] = {
    ...JSON.parse(JSON.stringify(base.config)),
    Env: [...c.config.env],
    Cmd: c.config.cmd,
    Entrypoint: c.config.entrypoint,
    WorkingDir: c.config.workingDir,
    User: c.config.user,
    Labels: Object.keys(c.config.labels).length ? { ...c.config.labels } : base.config.Labels,
    ...opts.changes,
  };
  const image: Image = {
    id,
    repoDigests: [],
    created: state.now,
    size: base.size + size,
    os: base.os,
    architecture: base.architecture,
    config,
    layers: [...base.layers, digest],
    history: [
      ...base.history,
      { created: state.now, createdBy: cmd, size, comment: opts.comment ?? '', emptyLayer: false },
    ],
    parent: base.id,
    ...(opts.comment ? { comment: opts.comment } : {}),
    ...(opts.author ? { author: opts.author } : {}),
  };
  state.images[id] = image;
  if (opts.repository) state.tags[`${opts.repository}:${opts.tag ?? 'latest'}`] = id;
  return ok(image);
}

export interface DiskUsage {
  images: { total: number; active: number; size: number; reclaimable: number };
  containers: { total: number; active: number; size: number; reclaimable: number };
  volumes: { total: number; active: number; size: number; reclaimable: number };
}

/** `docker system df`: shared layers counted once; what is not used by a container is reclaimable. */
export function diskUsage(state: EngineState): DiskUsage {
  const layerSize = new Map<string, number>();
  for (const img of Object.values(state.images)) {
    const rows = img.history.filter((h) => !h.emptyLayer);
    img.layers.forEach((d, i) => {
      if (!layerSize.has(d)) layerSize.set(d, state.layers[d]?.size ?? rows[i]?.size ?? 0);
    });
  }
  const usedImages = new Set(Object.values(state.containers).map((c) => c.imageId));
  const activeLayers = new Set<string>();
  for (const id of usedImages) for (const d of state.images[id]?.layers ?? []) activeLayers.add(d);
  let size = 0;
  let reclaimable = 0;
  for (const [d, s] of layerSize) {
    size += s;
    if (!activeLayers.has(d)) reclaimable += s;
  }
  const containers = Object.values(state.containers);
  const rw = (c: Container) => layerBytes(c.rwLayer);
  const volumesInUse = new Set(
    containers.flatMap((c) =>
      c.config.mounts.filter((m) => m.type === 'volume').map((m) => m.source),
    ),
  );
  const volumeSize = (v: (typeof state.volumes)[string]) => layerBytes(v.files);
  const volumes = Object.values(state.volumes);
  return {
    images: {
      total: Object.keys(state.images).length,
      active: [...usedImages].filter((id) => own(state.images, id)).length,
      size,
      reclaimable,
    },
    containers: {
      total: containers.length,
      active: containers.filter(isRunning).length,
      size: containers.reduce((s, c) => s + rw(c), 0),
      reclaimable: containers.filter((c) => !isRunning(c)).reduce((s, c) => s + rw(c), 0),
    },
    volumes: {
      total: volumes.length,
      active: volumes.filter((v) => volumesInUse.has(v.name)).length,
      size: volumes.reduce((s, v) => s + volumeSize(v), 0),
      reclaimable: volumes
        .filter((v) => !volumesInUse.has(v.name))
        .reduce((s, v) => s + volumeSize(v), 0),
    },
  };
}
