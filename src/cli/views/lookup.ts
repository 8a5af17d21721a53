// Read-only lookups on engine state as the daemon resolves references: containers, images, networks, volumes.
import { parseImageReference, tagKey } from '../../engine/reference.ts';
import type { Container, EngineState, Image, Network, Volume } from '../../engine/types.ts';

export type Lookup<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'ambiguous' }
  /** An image reference that does not parse; `message` is the daemon's wording. */
  | { ok: false; reason: 'invalid-reference'; message: string };

const notFound = { ok: false, reason: 'not-found' } as const;
const ambiguous = { ok: false, reason: 'ambiguous' } as const;

/** daemon.GetContainer: full ID, then exact name (with or without "/"), then a unique ID prefix. */
export function findContainer(state: EngineState, ref: string): Lookup<Container> {
  if (ref === '') return notFound;
  const byId = state.containers[ref];
  if (byId) return { ok: true, value: byId };
  const name = ref.startsWith('/') ? ref.slice(1) : ref;
  for (const c of Object.values(state.containers)) {
    if (c.name === name) return { ok: true, value: c };
  }
  return findContainerByIdPrefix(state, ref);
}

/** The container whose ID starts with `prefix`, if exactly one does (truncindex). */
export function findContainerByIdPrefix(state: EngineState, prefix: string): Lookup<Container> {
  if (prefix === '' || !/^[0-9a-f]+$/.test(prefix)) return notFound;
  let found: Container | undefined;
  for (const c of Object.values(state.containers)) {
    if (c.id.startsWith(prefix)) {
      if (found) return ambiguous;
      found = c;
    }
  }
  return found ? { ok: true, value: found } : notFound;
}

/** Containers newest first, as the daemon lists them (insertion order is creation order). */
export function containersNewestFirst(state: EngineState): Container[] {
  const list = Object.values(state.containers);
  let ordered = true;
  for (let i = 1; i < list.length && ordered; i++) {
    if ((list[i] as Container).created < (list[i - 1] as Container).created) ordered = false;
  }
  list.reverse();
  // A stable sort keeps insertion order among containers created in the same millisecond.
  return ordered ? list : list.sort((a, b) => b.created - a.created);
}

/** Wording of the daemon's invalid reference errors (distribution/reference). */
function invalidReferenceMessage(ref: string): string | undefined {
  const parsed = parseImageReference(ref);
  if (parsed.ok) return undefined;
  const e = parsed.error;
  if (e.code !== 'INVALID_REFERENCE') return 'invalid reference format';
  if (e.reason === 'uppercase') {
    return `invalid reference format: repository name (${e.repository ?? ''}) must be lowercase`;
  }
  if (e.reason === 'too-long')
    return 'invalid reference format: repository name must not be more than 255 characters';
  return 'invalid reference format';
}

/**
 * The image service's GetImage: a full ID ("sha256:…" or 64 hex), a reference (tag or digest), then a
 * unique ID prefix.
 */
export function findImage(state: EngineState, ref: string): Lookup<Image> {
  const hex = ref.startsWith('sha256:') ? ref.slice('sha256:'.length) : ref;
  if (/^[a-f0-9]{64}$/.test(hex)) {
    const img = state.images[hex];
    return img ? { ok: true, value: img } : notFound;
  }
  if (ref.startsWith('sha256:')) return notFound;
  const parsed = parseImageReference(ref);
  if (parsed.ok) {
    const r = parsed.ref;
    if (r.digest !== undefined) {
      const wanted = `${r.familiar}@${r.digest}`;
      for (const img of Object.values(state.images)) {
        if (img.repoDigests.includes(wanted)) return { ok: true, value: img };
      }
    } else {
      const id = state.tags[tagKey(r)];
      const img = id === undefined ? undefined : state.images[id];
      if (img) return { ok: true, value: img };
    }
  }
  if (/^[a-f0-9]+$/.test(hex)) {
    let found: Image | undefined;
    for (const img of Object.values(state.images)) {
      if (img.id.startsWith(hex)) {
        if (found) return notFound;
        found = img;
      }
    }
    if (found) return { ok: true, value: found };
  }
  if (!parsed.ok) {
    return { ok: false, reason: 'invalid-reference', message: invalidReferenceMessage(ref) ?? '' };
  }
  return notFound;
}

/** ErrImageDoesNotExist's reference: the familiar name with ":latest" added when no tag was given. */
export function missingImageName(ref: string): string {
  if (/^(sha256:)?[a-f0-9]{64}$/.test(ref)) return ref;
  const parsed = parseImageReference(ref);
  if (!parsed.ok) return ref;
  const r = parsed.ref;
  if (r.digest !== undefined) return `${r.familiar}${r.tagGiven ? ':' + r.tag : ''}@${r.digest}`;
  return tagKey(r);
}

/** Every "repo:tag" that points to the image, sorted as the reference store lists them. */
export function repoTagsOf(state: EngineState, imageId: string): string[] {
  const tags: string[] = [];
  for (const [tag, id] of Object.entries(state.tags)) if (id === imageId) tags.push(tag);
  return tags.sort();
}

/** FindNetwork: full ID, exact name, then a unique ID prefix. */
export function findNetwork(state: EngineState, ref: string): Lookup<Network> {
  if (ref === '') return notFound;
  const byId = state.networks[ref];
  if (byId) return { ok: true, value: byId };
  for (const n of Object.values(state.networks)) if (n.name === ref) return { ok: true, value: n };
  let found: Network | undefined;
  for (const n of Object.values(state.networks)) {
    if (n.id.startsWith(ref)) {
      if (found) return ambiguous;
      found = n;
    }
  }
  return found ? { ok: true, value: found } : notFound;
}

/** The network called `name`, if any. */
export function networkByName(state: EngineState, name: string): Network | undefined {
  for (const n of Object.values(state.networks)) if (n.name === name) return n;
  return undefined;
}

/** Volumes are found by their exact name. */
export function findVolume(state: EngineState, name: string): Lookup<Volume> {
  const v = state.volumes[name];
  return v ? { ok: true, value: v } : notFound;
}
