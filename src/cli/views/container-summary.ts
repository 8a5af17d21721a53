// One entry of the daemon's container list (container.Summary), the data `docker ps` formats.
import type { Container, EngineState } from '../../engine/types.ts';
import { commandString } from '../format/command.ts';
import {
  containerLabels,
  containerNetworks,
  healthStatus,
  isRunning,
  mountPoints,
  rwLayerSize,
  statusText,
  summaryPorts,
  type ApiPort,
  type MountPoint,
} from './container-view.ts';
import { findImage } from './lookup.ts';

export interface ContainerSummary {
  Id: string;
  Names: string[];
  /** The image as the user typed it, or "sha256:…" once that reference points elsewhere. */
  Image: string;
  ImageID: string;
  Command: string;
  /** Creation time in ms (the API gives Unix seconds; the CLI only prints seconds). */
  Created: number;
  Ports: ApiPort[];
  SizeRw: number;
  SizeRootFs: number;
  Labels: Record<string, string>;
  State: string;
  Status: string;
  Networks: string[];
  /** Network name → network ID, for the `network` filter. */
  NetworkIds: Record<string, string>;
  Mounts: MountPoint[];
  /** Not part of the API summary, used by filters: State.Running, StartedAt set, exit code and health. */
  running: boolean;
  everStarted: boolean;
  exitCode: number;
  health: string;
}

export interface SummaryOptions {
  /** Compute SizeRw and SizeRootFs (`ps -s`, or a template using .Size). */
  size: boolean;
  /** Image references already resolved during this listing: reference → image ID (or null). */
  resolved?: Map<string, string | null>;
}

/** The image a reference names now, memoized for one listing (many containers share a reference). */
function resolveRef(
  state: EngineState,
  ref: string,
  memo: Map<string, string | null> | undefined,
): string | null {
  const known = memo?.get(ref);
  if (known !== undefined) return known;
  const found = findImage(state, ref);
  const id = found.ok ? found.value.id : null;
  memo?.set(ref, id);
  return id;
}

export function containerSummary(
  state: EngineState,
  c: Container,
  now: number,
  options: SummaryOptions,
): ContainerSummary {
  const image = state.images[c.imageId];
  const networks = containerNetworks(state, c);
  const NetworkIds: Record<string, string> = {};
  for (const n of networks) NetworkIds[n.name] = n.networkId;
  const rw = options.size ? rwLayerSize(c) : 0;
  return {
    Id: c.id,
    Names: ['/' + c.name],
    Image:
      resolveRef(state, c.config.imageRef, options.resolved) === c.imageId
        ? c.config.imageRef
        : 'sha256:' + c.imageId,
    ImageID: 'sha256:' + c.imageId,
    Command: commandString([c.path, ...c.args]),
    Created: c.created,
    Ports: summaryPorts(c),
    SizeRw: rw,
    SizeRootFs: options.size ? rw + (image?.size ?? 0) : 0,
    Labels: containerLabels(c),
    State: c.state.status,
    Status: statusText(c, now),
    Networks: networks.map((n) => n.name),
    NetworkIds,
    Mounts: mountPoints(state, c),
    running: isRunning(c),
    everStarted: c.state.startedAt !== null,
    exitCode: c.state.exitCode,
    health: healthStatus(c),
  };
}
