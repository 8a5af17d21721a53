// A fresh engine state: catalogue images, default networks, the learner's host, empty containers and events.
import type { EngineLimits, EngineState, Network } from './types.ts';
import { applyCatalog } from './catalog/index.ts';
import { randomId } from './rng.ts';

export const DEFAULT_LIMITS: EngineLimits = {
  maxContainers: 500,
  maxLogLines: 10_000,
  maxEvents: 5_000,
  maxLayerBytes: 64 * 1024 * 1024,
  maxFileBytes: 16 * 1024 * 1024,
};

/** 2026-01-05T09:00:00Z: an arbitrary but fixed start of the virtual clock. */
export const DEFAULT_NOW = 1_767_603_600_000;

export interface InitialStateOptions {
  now?: number;
  seed?: number;
  limits?: Partial<EngineLimits>;
  /** Local tags at start ("nginx:latest"…); defaults to the course's usual set. */
  presentTags?: readonly string[];
}

function network(id: string, name: string, driver: Network['driver'], now: number): Network {
  const bridge = driver === 'bridge';
  return {
    id,
    name,
    driver,
    scope: 'local',
    created: now,
    internal: false,
    attachable: false,
    subnet: bridge ? '172.17.0.0/16' : '',
    gateway: bridge ? '172.17.0.1' : '',
    labels: {},
    builtin: true,
    nextHost: 2,
  };
}

export function initialState(options: InitialStateOptions = {}): EngineState {
  const now = options.now ?? DEFAULT_NOW;
  const state: EngineState = {
    schema: 1,
    now,
    rng: (options.seed ?? 0x5eed) >>> 0,
    nextPid: 1800,
    registry: {},
    images: {},
    tags: {},
    layers: {},
    containers: {},
    volumes: {},
    networks: {},
    host: {
      user: 'apprenant',
      home: '/home/apprenant',
      hostname: 'cours',
      files: {},
      history: [],
      cpus: 2,
      memoryBytes: 8_221_675_520,
      kernel: '6.8.0-88-generic',
    },
    events: [],
    limits: { ...DEFAULT_LIMITS, ...options.limits },
  };
  applyCatalog(state, options.presentTags);
  for (const [name, driver] of [
    ['bridge', 'bridge'],
    ['host', 'host'],
    ['none', 'null'],
  ] as const) {
    const id = randomId(state);
    state.networks[id] = network(id, name, driver, now);
  }
  const dir = (mode: number) => ({ kind: 'dir' as const, mode, uid: 1000, gid: 1000, mtime: now });
  state.host.files['/home'] = { kind: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: now };
  state.host.files['/home/apprenant'] = dir(0o755);
  state.host.files['/tmp'] = { kind: 'dir', mode: 0o1777, uid: 0, gid: 0, mtime: now };
  return state;
}
