// Whether a container fits a `ContainerMatch`, and if not, the first reason why (for the hints).
import type { Container, EngineState } from '../engine/index.ts';
import type { ContainerMatch } from './types.ts';
import { normaliseImage, type Timeline } from './timeline.ts';

export type Mismatch =
  'name' | 'image' | 'status' | 'publishes' | 'memory' | 'nanoCpus' | 'network' | 'generatedName';

/** Whether the image a container runs is `expected`: by what was typed, or by the tag's image ID. */
export function imageIs(
  state: Readonly<EngineState>,
  expected: string,
  typed: string,
  imageId?: string,
): boolean {
  const want = normaliseImage(expected);
  if (normaliseImage(typed) === want) return true;
  if (imageId === undefined) return false;
  const tag = want.includes(':') ? want : `${want}:latest`;
  return state.tags[tag] === imageId;
}

/** Whether the name of a container was never typed on the host up to the line that created it. */
function nameWasGenerated(timeline: Timeline, c: Container): boolean {
  const known = timeline.containers.get(c.id);
  const created = known?.created ?? -1;
  const creatingLine = timeline.lines.find((l) => l.where === 'host' && l.index > created);
  const limit = creatingLine?.index ?? Infinity;
  return !timeline.lines.some(
    (l) => l.where === 'host' && l.index <= limit && l.line.includes(c.name),
  );
}

/** The first way `c` differs from `m`, or undefined when it fits. */
export function mismatch(
  state: Readonly<EngineState>,
  timeline: Timeline,
  c: Container,
  m: ContainerMatch,
): Mismatch | undefined {
  if (m.name !== undefined && c.name !== m.name) return 'name';
  if (m.image !== undefined && !imageIs(state, m.image, c.config.imageRef, c.imageId))
    return 'image';
  if (m.generatedName && !nameWasGenerated(timeline, c)) return 'generatedName';
  if (m.publishes) {
    const { host, container } = m.publishes;
    const bound = c.config.portBindings.some(
      (b) => b.containerPort === container && b.hostPort === host && b.proto === 'tcp',
    );
    if (!bound) return 'publishes';
  }
  if (m.memory !== undefined && c.config.memory !== m.memory) return 'memory';
  if (m.nanoCpus !== undefined && c.config.nanoCpus !== m.nanoCpus) return 'nanoCpus';
  if (m.network !== undefined && !(m.network in c.endpoints)) return 'network';
  if (m.status && !m.status.includes(c.state.status)) return 'status';
  return undefined;
}

export function matches(
  state: Readonly<EngineState>,
  timeline: Timeline,
  c: Container,
  m: ContainerMatch,
): boolean {
  return mismatch(state, timeline, c, m) === undefined;
}

/** The live containers that fit. */
export function matching(
  state: Readonly<EngineState>,
  timeline: Timeline,
  m: ContainerMatch,
): Container[] {
  return Object.values(state.containers).filter((c) => matches(state, timeline, c, m));
}
