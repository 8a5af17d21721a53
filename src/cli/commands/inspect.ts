// `docker inspect` (any object, --type) and the typed forms: container, image, network and volume inspect.
import type { Engine } from '../../engine/index.ts';
import type { EngineState } from '../../engine/types.ts';
import type { CommandSpec, Invocation } from '../command.ts';
import { renderError } from '../render-error.ts';
import { inspectContainer } from '../views/container-inspect.ts';
import { flagBool, flagString } from '../views/flags.ts';
import { inspectImage } from '../views/image-inspect.ts';
import { runInspect, type RefResult } from '../views/inspector.ts';
import { findImage, findNetwork, findVolume, missingImageName } from '../views/lookup.ts';
import { inspectNetwork, inspectVolume } from '../views/network-volume-inspect.ts';
import { flagsOf, useOf } from './spec-helpers.ts';

/** A failed lookup, and whether `docker inspect` without --type moves on to the next object type. */
type Lookup = RefResult | { ok: false; message: string; skippable: boolean };

const daemon = (message: string): string => `Error response from daemon: ${message}`;

function containerRef(engine: Engine, ref: string, size: boolean): Lookup {
  const found = engine.findContainer(ref);
  if (!found.ok) {
    return {
      ok: false,
      message: renderError(found.error),
      skippable: found.error.code === 'NO_SUCH_CONTAINER',
    };
  }
  return {
    ok: true,
    element: { value: inspectContainer(engine.state, found.value, { size }), escapeHtml: false },
  };
}

function imageRef(state: EngineState, ref: string): Lookup {
  const found = findImage(state, ref);
  if (found.ok)
    return { ok: true, element: { value: inspectImage(state, found.value), escapeHtml: true } };
  if (found.reason === 'invalid-reference')
    return { ok: false, message: daemon(found.message), skippable: true };
  return { ok: false, message: daemon(`No such image: ${missingImageName(ref)}`), skippable: true };
}

function networkRef(state: EngineState, ref: string): Lookup {
  const found = findNetwork(state, ref);
  if (found.ok)
    return { ok: true, element: { value: inspectNetwork(state, found.value), escapeHtml: false } };
  if (found.reason === 'ambiguous') {
    return { ok: false, message: daemon(`network ${ref} is ambiguous`), skippable: false };
  }
  return { ok: false, message: daemon(`network ${ref} not found`), skippable: true };
}

function volumeRef(state: EngineState, ref: string): Lookup {
  const found = findVolume(state, ref);
  if (found.ok)
    return { ok: true, element: { value: inspectVolume(found.value), escapeHtml: false } };
  return { ok: false, message: daemon(`get ${ref}: no such volume`), skippable: true };
}

const SWARM_TYPES = ['service', 'task', 'node', 'secret', 'config'];
const VALID_TYPES = [
  '',
  'config',
  'container',
  'image',
  'network',
  'node',
  'plugin',
  'secret',
  'service',
  'task',
  'volume',
];
const NO_SWARM =
  'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';

/** inspectAll: tries each object type in Docker's order (swarm objects only on a swarm manager). */
function inspectAll(inv: Invocation, size: boolean, type: string) {
  const state = inv.engine.state;
  const kinds: { kind: string; sizeSupported: boolean; get: (ref: string) => Lookup }[] = [
    { kind: 'container', sizeSupported: true, get: (r) => containerRef(inv.engine, r, size) },
    { kind: 'image', sizeSupported: false, get: (r) => imageRef(state, r) },
    { kind: 'network', sizeSupported: false, get: (r) => networkRef(state, r) },
    { kind: 'volume', sizeSupported: false, get: (r) => volumeRef(state, r) },
    ...SWARM_TYPES.map((kind) => ({
      kind,
      sizeSupported: false,
      get: (): Lookup => ({ ok: false, message: daemon(NO_SWARM), skippable: false }),
    })),
    {
      kind: 'plugin',
      sizeSupported: false,
      get: (r: string): Lookup => ({
        ok: false,
        message: daemon(`plugin ${JSON.stringify(r)} not found`),
        skippable: true,
      }),
    },
  ];
  return (ref: string): RefResult => {
    for (const k of kinds) {
      if (type !== '' && k.kind !== type) continue;
      // This daemon is not a swarm manager: without --type, swarm objects are not looked up.
      if (type === '' && SWARM_TYPES.includes(k.kind)) continue;
      const found = k.get(ref);
      if (!found.ok) {
        if (type === '' && 'skippable' in found && found.skippable) continue;
        return { ok: false, message: found.message };
      }
      if (size && !k.sizeSupported) inv.out.stderr(`WARNING: --size ignored for ${k.kind}\n`);
      return found;
    }
    return { ok: false, message: `Error: No such object: ${ref}` };
  };
}

function runDockerInspect(inv: Invocation): number {
  const type = flagString(inv.flags, 'type') ?? '';
  if (!VALID_TYPES.includes(type)) {
    inv.out.stderr(`${JSON.stringify(type)} is not a valid value for --type\n`);
    return 1;
  }
  const getRef = inspectAll(inv, flagBool(inv.flags, 'size'), type);
  return runInspect(inv.out, inv.args, flagString(inv.flags, 'format') ?? '', getRef);
}

/** A typed inspect (`docker container inspect` …): one object type, its errors as the daemon words them. */
function typedInspect(get: (inv: Invocation, ref: string) => Lookup) {
  return (inv: Invocation): number =>
    runInspect(inv.out, inv.args, flagString(inv.flags, 'format') ?? '', (ref) => {
      const found = get(inv, ref);
      return found.ok ? found : { ok: false, message: found.message };
    });
}

/** `--format`, as `docker inspect` has it in the flag table (image inspect has no row of its own). */
const FORMAT_FLAGS = flagsOf('inspect', 'all').filter((f) => f.long === 'format');

export const command: CommandSpec = {
  path: ['inspect'],
  aliases: [],
  use: useOf('inspect'),
  flags: flagsOf('inspect', 'all'),
  args: { min: 1 },
  run: runDockerInspect,
};

export const containerInspect: CommandSpec = {
  path: ['container', 'inspect'],
  aliases: [],
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  flags: flagsOf('inspect', 'all').filter((f) => f.long !== 'type'),
  args: { min: 1 },
  run: typedInspect((inv, ref) => containerRef(inv.engine, ref, flagBool(inv.flags, 'size'))),
};

export const imageInspect: CommandSpec = {
  path: ['image', 'inspect'],
  aliases: [],
  use: '[OPTIONS] IMAGE [IMAGE...]',
  flags: [
    ...FORMAT_FLAGS,
    {
      long: 'platform',
      type: 'string',
      valueName: 'string',
      description:
        "Inspect a specific platform of the multi-platform image. If the image or the server is not multi-platform capable, the command will error out if the platform does not match. 'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)",
      emulated: false,
    },
  ],
  args: { min: 1 },
  run: typedInspect((inv, ref) => imageRef(inv.engine.state, ref)),
};

export const networkInspect: CommandSpec = {
  path: ['network', 'inspect'],
  aliases: [],
  use: useOf('network inspect'),
  flags: flagsOf('network inspect', ['format']),
  args: { min: 1 },
  run: typedInspect((inv, ref) => networkRef(inv.engine.state, ref)),
};

export const volumeInspect: CommandSpec = {
  path: ['volume', 'inspect'],
  aliases: [],
  use: useOf('volume inspect'),
  flags: flagsOf('volume inspect', 'all'),
  args: { min: 1 },
  run: typedInspect((inv, ref) => volumeRef(inv.engine.state, ref)),
};

/** Every inspect form, for the registry. */
export const commands: CommandSpec[] = [
  command,
  containerInspect,
  imageInspect,
  networkInspect,
  volumeInspect,
];
