// Pulls from the registry (Docker Hub model): what a pull will fetch, its per-layer timeline, and installing the result.
import type { EngineState, Image } from '../types.ts';
import { fail, ok, own, type Result } from '../errors.ts';
import { parseImageReference, tagKey, type ImageReference } from '../reference.ts';
import { catalogImageById, installCatalogImage, layerDigestOf } from '../catalog/index.ts';
import { derivedHex } from '../rng.ts';

export interface PullLayer {
  digest: string;
  /** The 12 hex the progress lines show (the compressed blob's digest). */
  shortId: string;
  size: number;
  /** Compressed bytes downloaded. */
  compressed: number;
  /** Already in the local layer store: "Already exists". */
  present: boolean;
}

export interface PullPlan {
  ref: ImageReference;
  /** "nginx:latest", or undefined for a pull by digest. */
  tag: string | undefined;
  /** "docker.io/library/nginx:latest": the last line of `docker pull`. */
  canonical: string;
  /** What precedes ": Pulling from": the tag, or the digest. */
  label: string;
  /** "library/nginx" */
  remotePath: string;
  digest: string;
  imageId: string;
  layers: PullLayer[];
  /** The tag already points at this image: nothing is downloaded. */
  upToDate: boolean;
}

/** What `docker pull REF` will do, or the registry's refusal. */
export function planPull(state: EngineState, raw: string): Result<PullPlan> {
  const parsed = parseImageReference(raw);
  if (!parsed.ok) return fail(parsed.error);
  const ref = parsed.ref;
  const repo = ref.domain === 'docker.io' ? own(state.registry, ref.familiar) : undefined;
  if (!repo) return fail({ code: 'PULL_ACCESS_DENIED', repository: ref.familiar });
  let manifest = ref.digest
    ? Object.values(repo.tags).find((m) => m.digest === ref.digest)
    : own(repo.tags, ref.tag);
  if (!manifest) {
    return fail({
      code: 'MANIFEST_UNKNOWN',
      ref: ref.digest ? `${ref.familiar}@${ref.digest}` : `${ref.familiar}:${ref.tag}`,
    });
  }
  manifest = { ...manifest };
  const catalog = catalogImageById(manifest.imageId);
  const local = own(state.images, manifest.imageId);
  const layers: PullLayer[] = (catalog?.layers ?? []).map((l) => {
    const digest = layerDigestOf(l);
    return {
      digest,
      shortId: derivedHex(`blob:${digest}`, 12),
      size: l.size,
      compressed: Math.max(Math.round(l.size * 0.38), Math.min(l.size, 93)),
      present: own(state.layers, digest) !== undefined,
    };
  });
  const tag = ref.digest ? undefined : tagKey(ref);
  const upToDate = ref.digest
    ? local !== undefined
    : own(state.tags, tagKey(ref)) === manifest.imageId;
  const domainPath = `${ref.domain}/${ref.path}`;
  return ok({
    ref,
    tag,
    canonical: ref.digest ? `${domainPath}@${ref.digest}` : `${domainPath}:${ref.tag}`,
    label: ref.digest ?? ref.tag,
    remotePath: ref.path,
    digest: manifest.digest,
    imageId: manifest.imageId,
    layers,
    upToDate,
  });
}

/** Puts the pulled image, its layers and its tag in the local store. */
export function completePull(state: EngineState, plan: PullPlan): Image | undefined {
  let image = own(state.images, plan.imageId);
  if (!image) {
    const catalog = catalogImageById(plan.imageId);
    if (!catalog) return undefined;
    image = installCatalogImage(state, catalog);
  }
  const repoDigest = `${plan.ref.familiar}@${plan.digest}`;
  if (!image.repoDigests.includes(repoDigest)) image.repoDigests.push(repoDigest);
  if (plan.tag) state.tags[plan.tag] = image.id;
  return image;
}

/** One progress message of a pull, `at` ms after it starts. */
export interface PullStep {
  at: number;
  layer: number;
  status:
    | 'Already exists'
    | 'Pulling fs layer'
    | 'Waiting'
    | 'Downloading'
    | 'Verifying Checksum'
    | 'Download complete'
    | 'Extracting'
    | 'Pull complete';
  current?: number;
  total?: number;
}

/** Bytes per virtual millisecond: a good home connection, and a fast disk for extraction. */
const DOWNLOAD_RATE = 25_000;
const EXTRACT_RATE = 90_000;
const CONCURRENT_DOWNLOADS = 3;
const TICK_MS = 150;

/**
 * The daemon's messages for a pull, in time order: layers already present first, then "Pulling fs
 * layer" for each missing one (the fourth onwards "Waiting" for a download slot), downloads three
 * at a time with progress, "Verifying Checksum"/"Download complete", then extraction in layer
 * order ("Extracting" progress, "Pull complete").
 */
export function pullTimeline(plan: PullPlan): { steps: PullStep[]; endsAt: number } {
  const steps: PullStep[] = [];
  const missing: number[] = [];
  plan.layers.forEach((l, i) => {
    if (l.present) steps.push({ at: 0, layer: i, status: 'Already exists' });
    else missing.push(i);
  });
  if (plan.upToDate) return { steps: [], endsAt: 120 };
  const start = 350;
  for (const i of missing) steps.push({ at: start, layer: i, status: 'Pulling fs layer' });
  missing
    .slice(CONCURRENT_DOWNLOADS)
    .forEach((i) => steps.push({ at: start + 1, layer: i, status: 'Waiting' }));
  const slots = Array.from({ length: CONCURRENT_DOWNLOADS }, () => start + 20);
  const downloaded = new Map<number, number>();
  for (const i of missing) {
    const l = plan.layers[i] as PullLayer;
    const slot = slots.indexOf(Math.min(...slots));
    const begin = slots[slot] as number;
    const duration = Math.max(40, Math.round(l.compressed / DOWNLOAD_RATE));
    const ticks = Math.max(1, Math.min(30, Math.floor(duration / TICK_MS)));
    for (let k = 0; k < ticks; k++) {
      const current = Math.max(1, Math.round((l.compressed * (k * 2 + 1)) / (ticks * 2)));
      steps.push({
        at: begin + Math.round((duration * k) / ticks),
        layer: i,
        status: 'Downloading',
        current,
        total: l.compressed,
      });
    }
    steps.push({ at: begin + duration, layer: i, status: 'Verifying Checksum' });
    steps.push({ at: begin + duration + 5, layer: i, status: 'Download complete' });
    downloaded.set(i, begin + duration + 5);
    slots[slot] = begin + duration + 10;
  }
  let cursor = start;
  for (const i of missing) {
    const l = plan.layers[i] as PullLayer;
    const begin = Math.max(cursor, downloaded.get(i) ?? 0) + 10;
    const duration = Math.max(20, Math.round(l.size / EXTRACT_RATE));
    const ticks = Math.max(1, Math.min(20, Math.floor(duration / TICK_MS)));
    for (let k = 0; k <= ticks; k++) {
      const current = Math.max(1, Math.round((l.compressed * Math.max(k, 0.03)) / ticks));
      steps.push({
        at: begin + Math.round((duration * k) / ticks),
        layer: i,
        status: 'Extracting',
        current: Math.min(current, l.compressed),
        total: l.compressed,
      });
    }
    steps.push({ at: begin + duration + 15, layer: i, status: 'Pull complete' });
    cursor = begin + duration + 15;
  }
  steps.sort((a, b) => a.at - b.at);
  return { steps, endsAt: cursor + 60 };
}
