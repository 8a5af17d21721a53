// Container and image lookup as the daemon does it: full ID, then name, then a unique ID prefix.
import type { Container, EngineState, Image, Network } from '../types.ts';
import { fail, own, ok, type Result } from '../errors.ts';
import { parseImageReference, tagKey, type ImageReference } from '../reference.ts';

/**
 * Runtime index of container names → IDs, per containers table (not part of the JSON state). Built on first
 * use; the engine's three mutation points (create, rename, destroy) keep it current through the helpers below.
 */
const NAME_INDEX = new WeakMap<Record<string, Container>, Map<string, string>>();

function nameIndex(state: EngineState): Map<string, string> {
  let index = NAME_INDEX.get(state.containers);
  if (!index) {
    index = new Map();
    for (const id in state.containers) {
      const c = state.containers[id];
      if (c) index.set(c.name, id);
    }
    NAME_INDEX.set(state.containers, index);
  }
  return index;
}

/** How many containers exist (the index holds one name per container). */
export function containerCount(state: EngineState): number {
  return nameIndex(state).size;
}

export function indexContainer(state: EngineState, c: Container, oldName?: string): void {
  const index = NAME_INDEX.get(state.containers);
  if (!index) return;
  if (oldName !== undefined && index.get(oldName) === c.id) index.delete(oldName);
  index.set(c.name, c.id);
}

export function unindexContainer(state: EngineState, c: Container): void {
  const index = NAME_INDEX.get(state.containers);
  if (index?.get(c.name) === c.id) index.delete(c.name);
}

export function findContainerByName(state: EngineState, name: string): Container | undefined {
  const id = nameIndex(state).get(name);
  const c = id === undefined ? undefined : own(state.containers, id);
  if (c && c.name === name) return c;
  if (c) NAME_INDEX.delete(state.containers); // stale entry: rebuilt on next use
  return undefined;
}

export function lookupContainer(state: EngineState, ref: string): Result<Container> {
  if (ref === '') return fail({ code: 'NO_SUCH_CONTAINER', ref });
  const byId = own(state.containers, ref);
  if (byId) return ok(byId);
  const byName = findContainerByName(state, ref.startsWith('/') ? ref.slice(1) : ref);
  if (byName) return ok(byName);
  if (/^[a-f0-9]+$/.test(ref)) {
    let match: Container | undefined;
    for (const id in state.containers) {
      if (id.startsWith(ref)) {
        if (match) return fail({ code: 'AMBIGUOUS_CONTAINER_PREFIX', ref });
        match = state.containers[id];
      }
    }
    if (match) return ok(match);
  }
  return fail({ code: 'NO_SUCH_CONTAINER', ref });
}

export interface ResolvedImage {
  image: Image;
  /** The parsed reference, absent when the user gave an image ID. */
  ref?: ImageReference;
}

/** Finds a local image by reference ("nginx", "nginx:1.29", "docker.io/library/nginx") or ID (prefix ≥ 6 hex). */
export function lookupLocalImage(state: EngineState, raw: string): ResolvedImage | undefined {
  const hex = raw.startsWith('sha256:') ? raw.slice(7) : raw;
  if (/^[a-f0-9]{6,64}$/.test(hex)) {
    const matches = Object.keys(state.images).filter((id) => id.startsWith(hex));
    const first = matches[0];
    if (matches.length === 1 && first) {
      const image = state.images[first];
      if (image) return { image };
    }
  }
  const parsed = parseImageReference(raw);
  if (!parsed.ok) return undefined;
  const id = own(state.tags, tagKey(parsed.ref));
  const image = id ? own(state.images, id) : undefined;
  return image ? { image, ref: parsed.ref } : undefined;
}

/** Resolves an image for `create`/`run`: local, or the registry's answer when it is not local. */
export function resolveImageForRun(state: EngineState, raw: string): Result<ResolvedImage> {
  const local = lookupLocalImage(state, raw);
  if (local) return ok(local);
  const parsed = parseImageReference(raw);
  if (!parsed.ok) return fail(parsed.error);
  const ref = parsed.ref;
  const repo = ref.domain === 'docker.io' ? own(state.registry, ref.familiar) : undefined;
  if (!repo) return fail({ code: 'PULL_ACCESS_DENIED', repository: ref.familiar });
  if (!own(repo.tags, ref.tag))
    return fail({ code: 'MANIFEST_UNKNOWN', ref: `${ref.familiar}:${ref.tag}` });
  return fail({ code: 'IMAGE_NOT_LOCAL', ref: tagKey(ref) });
}

export function lookupNetwork(state: EngineState, ref: string): Network | undefined {
  const nets = Object.values(state.networks);
  return (
    own(state.networks, ref) ??
    nets.find((n) => n.name === ref) ??
    (ref.length > 0 ? nets.filter((n) => n.id.startsWith(ref)) : []).find(
      (_, __, all) => all.length === 1,
    )
  );
}
