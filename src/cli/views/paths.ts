// Host paths and derived identifiers the daemon shows in inspect (data root /var/lib/docker, exec root /var/run/docker).
import { derivedHex } from '../../engine/rng.ts';

export const DATA_ROOT = '/var/lib/docker';
export const EXEC_ROOT = '/var/run/docker';

export function containerDir(id: string): string {
  return `${DATA_ROOT}/containers/${id}`;
}

export function volumeMountpoint(name: string): string {
  return `${DATA_ROOT}/volumes/${name}/_data`;
}

/** overlay2 directory of a container's read/write layer (random in Docker; stable per container here). */
export function containerLayerDir(containerId: string): string {
  return `${DATA_ROOT}/overlay2/${derivedHex('rw-layer:' + containerId)}`;
}

/**
 * overlay2 directory of an image layer. Docker's cache IDs are random per layer chain; here they derive
 * from the chain (the layer and every layer below it), so images sharing a base share directories.
 */
export function imageLayerDir(layerChain: readonly string[]): string {
  return `${DATA_ROOT}/overlay2/${derivedHex('layer-chain:' + layerChain.join(','))}`;
}

/** overlay2 directories of an image's layers, top layer first (LowerDir order). */
export function imageLayerDirs(layers: readonly string[]): string[] {
  const dirs: string[] = [];
  for (let i = 0; i < layers.length; i++) dirs.push(imageLayerDir(layers.slice(0, i + 1)));
  return dirs.reverse();
}

/** The network sandbox of a running container (SandboxID and its netns path). */
export function sandboxId(containerId: string, startedAt: number): string {
  return derivedHex(`sandbox:${containerId}:${startedAt}`);
}

export function sandboxKey(id: string): string {
  return `${EXEC_ROOT}/netns/${id.slice(0, 12)}`;
}
