// The engine's network API: HTTP between host and containers, in-container wget/curl, and network management.
import type { EngineState, Network } from '../types.ts';
import { fail, ok, own, type Result } from '../errors.ts';
import { notify, type Core } from '../core.ts';
import { lookupNetwork } from '../containers/lookup.ts';
import { lateParts } from '../late.ts';
import type { HttpOutcome, HttpRequest, Origin } from './http.ts';
import {
  connectNetwork,
  createNetwork,
  disconnectNetwork,
  pruneNetworks,
  removeNetwork,
  type NetworkCreateOptions,
} from './networks.ts';

export type { NetworkCreateOptions, Origin, HttpRequest, HttpOutcome };

export interface ToolResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface NetworkOps {
  /** One HTTP request from the host or a container; undefined for a URL that does not parse. */
  request(origin: Origin, req: HttpRequest): HttpOutcome | undefined;
  /**
   * Runs `wget` or `curl` as the container's own binary would (busybox wget, the nginx image's curl),
   * files written into its filesystem relative to `cwd`. Container shells call this for those commands.
   */
  runTool(containerId: string, argv: string[], cwd?: string): ToolResult;
  find(ref: string): Network | undefined;
  /** Networks sorted by name, as `network ls` lists them. */
  list(): Network[];
  create(options: NetworkCreateOptions): Result<Network>;
  remove(ref: string): Result<Network>;
  connect(
    network: string,
    container: string,
    opts?: { aliases?: string[]; ip?: string },
  ): Result<void>;
  disconnect(network: string, container: string, force?: boolean): Result<void>;
  prune(): string[];
}

/** The core behind a state, for utilities that only receive the state (programs' one-shot commands). */
const CORES = new WeakMap<EngineState, Core>();

export function coreOfState(state: EngineState): Core | undefined {
  return CORES.get(state);
}

export function createNetworkOps(core: Core): NetworkOps {
  CORES.set(core.state, core);
  const done = <T>(r: Result<T>): Result<T> => {
    if (r.ok) notify(core);
    return r;
  };
  return {
    request(origin, req) {
      const out = lateParts().exchange(core, origin, req);
      notify(core);
      return out;
    },
    runTool(containerId, argv, cwd) {
      const c = own(core.state.containers, containerId);
      if (!c) return { stdout: '', stderr: '', exitCode: 1 };
      return lateParts().runTool(core, c, argv, cwd ?? (c.config.workingDir || '/'));
    },
    find: (ref) => lookupNetwork(core.state, ref),
    list: () =>
      Object.values(core.state.networks).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      ),
    create: (o) => done(createNetwork(core, o)),
    remove: (ref) => done(removeNetwork(core, ref)),
    connect: (n, c, o) => {
      const r = connectNetwork(core, n, c, o);
      return r.ok ? done(ok(undefined)) : fail(r.error);
    },
    disconnect: (n, c) => {
      const r = disconnectNetwork(core, n, c);
      return r.ok ? done(ok(undefined)) : fail(r.error);
    },
    prune: () => {
      const names = pruneNetworks(core);
      notify(core);
      return names;
    },
  };
}
