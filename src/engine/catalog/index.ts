// Builds the registry, the local image store, tags and layers from the catalogue.
import type { EngineState, Image, Layer, RegistryRepo } from '../types.ts';
import {
  CATALOG,
  historyOf,
  imageIdOf,
  layerDigestOf,
  manifestDigestOf,
  type CatalogImage,
  type CatalogLayer,
} from './images.ts';

export { CATALOG, imageIdOf, layerDigestOf, manifestDigestOf } from './images.ts';
export type { CatalogImage, CatalogLayer } from './images.ts';

export interface CatalogStores {
  registry: Record<string, RegistryRepo>;
  images: Record<string, Image>;
  tags: Record<string, string>;
  layers: Record<string, Layer>;
}

/** The tags a learner has locally after the course's first pulls (the reference records' start state). */
export const DEFAULT_PRESENT_TAGS: readonly string[] = [
  'hello-world:latest',
  'alpine:latest',
  'busybox:latest',
  'ubuntu:latest',
  'ubuntu:24.04',
  'debian:latest',
  'debian:bookworm',
  'debian:12',
  'nginx:latest',
  'redis:latest',
];

/** The catalogue image whose config (local image ID) is `id`. */
export function catalogImageById(id: string): CatalogImage | undefined {
  return CATALOG.find((img) => imageIdOf(img) === id);
}

/**
 * A catalogue layer whose file map is built on first read: a fresh engine holds ten images, and most of
 * their files are never looked at. Reading `files` (a lookup, a snapshot, JSON) turns it into plain data.
 */
function catalogLayer(digest: string, source: CatalogLayer): Layer {
  const layer = { digest, size: source.size } as Layer;
  const settle = (files: Layer['files']): Layer['files'] => {
    const plain = { value: files, enumerable: true, writable: true, configurable: true };
    Object.defineProperty(layer, 'files', plain);
    return files;
  };
  Object.defineProperty(layer, 'files', {
    enumerable: true,
    configurable: true,
    get: () => settle(source.files()),
    set: settle,
  });
  return layer;
}

/** Adds a catalogue image (and its layers, shared ones once) to the local store, without tags. */
export function installCatalogImage(
  stores: Pick<CatalogStores, 'images' | 'layers'>,
  img: CatalogImage,
): Image {
  const id = imageIdOf(img);
  const digest = manifestDigestOf(img);
  const layerDigests: string[] = [];
  for (const l of img.layers) {
    const d = layerDigestOf(l);
    layerDigests.push(d);
    if (!stores.layers[d]) stores.layers[d] = catalogLayer(d, l);
  }
  const image: Image = {
    id,
    repoDigests: [`${img.repository}@${digest}`],
    created: img.created,
    size: img.layers.reduce((s, l) => s + l.size, 0),
    os: 'linux',
    architecture: 'amd64',
    config: JSON.parse(JSON.stringify(img.config)) as Image['config'],
    layers: layerDigests,
    history: historyOf(img),
  };
  stores.images[id] = image;
  return image;
}

/** The catalogue as a registry plus a local store holding the `present` tags (and their images and layers). */
export function buildCatalog(present: readonly string[] = DEFAULT_PRESENT_TAGS): CatalogStores {
  const registry: Record<string, RegistryRepo> = {};
  const images: Record<string, Image> = {};
  const tags: Record<string, string> = {};
  const layers: Record<string, Layer> = {};
  for (const img of CATALOG) {
    const id = imageIdOf(img);
    const digest = manifestDigestOf(img);
    const repo = (registry[img.repository] ??= { tags: {} });
    for (const t of img.tags) repo.tags[t] = { digest, imageId: id };
  }
  // Tags in the order given: like pulls, the first pulled image is the oldest in the store.
  for (const key of present) {
    const img = CATALOG.find((i) => i.tags.some((t) => `${i.repository}:${t}` === key));
    if (!img) continue;
    const id = imageIdOf(img);
    if (!images[id]) installCatalogImage({ images, layers }, img);
    tags[key] = id;
  }
  return { registry, images, tags, layers };
}

export function applyCatalog(state: EngineState, present?: readonly string[]): void {
  const c = buildCatalog(present);
  state.registry = c.registry;
  state.images = c.images;
  state.tags = c.tags;
  state.layers = c.layers;
}
