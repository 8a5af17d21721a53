// What the event log tells about the past: lines typed (after the start fixture), containers ever seen, in order.
import type { EngineEvent, EngineState } from '../engine/index.ts';

export interface TypedLine {
  /** Position in the event log (orders lines and container events). */
  index: number;
  line: string;
  /** `host` or the ID of the container whose shell it was typed in. */
  where: string;
  /** Known for host lines only. */
  exitCode: number | undefined;
}

export interface KnownContainer {
  id: string;
  name: string;
  /** Normalised image reference as typed (`nginx`, `ubuntu:24.04`). */
  image: string;
  created: number;
  /** Index of its `destroy` event, if removed. */
  destroyed: number | undefined;
}

export interface Timeline {
  events: readonly EngineEvent[];
  /** Lines typed by the learner: the start fixture's lines are left out. */
  lines: TypedLine[];
  containers: Map<string, KnownContainer>;
}

/** `docker.io/library/nginx:latest` → `nginx`; `ubuntu:24.04` stays. */
export function normaliseImage(ref: string): string {
  return ref
    .replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '')
    .replace(/^library\//, '')
    .replace(/:latest$/, '');
}

/** Reads the event log; the first host lines equal to the fixture, in order, are the fixture's own. */
export function timelineOf(state: Readonly<EngineState>, fixture: readonly string[]): Timeline {
  const lines: TypedLine[] = [];
  const containers = new Map<string, KnownContainer>();
  let fixtureLeft = 0;
  let skipping = fixture.length > 0;
  state.events.forEach((event, index) => {
    if (event.type === 'shell') {
      if (skipping && event.id === 'host') {
        if (event.attributes.line === fixture[fixtureLeft]) {
          fixtureLeft++;
          if (fixtureLeft >= fixture.length) skipping = false;
          return;
        }
        skipping = false;
      }
      if (skipping) return;
      const code = event.attributes.exitCode;
      lines.push({
        index,
        line: event.attributes.line,
        where: event.id,
        exitCode: code === undefined ? undefined : Number(code),
      });
      return;
    }
    if (event.type !== 'container') return;
    if (event.action === 'create') {
      containers.set(event.id, {
        id: event.id,
        name: event.attributes.name ?? '',
        image: normaliseImage(event.attributes.image ?? ''),
        created: index,
        destroyed: undefined,
      });
    } else if (event.action === 'destroy') {
      const known = containers.get(event.id);
      if (known) known.destroyed = index;
    } else if (event.action === 'rename') {
      const known = containers.get(event.id);
      if (known && event.attributes.name) known.name = event.attributes.name;
    }
  });
  // Containers of the start state created before the log began (none today) are still known.
  for (const c of Object.values(state.containers)) {
    if (!containers.has(c.id)) {
      containers.set(c.id, {
        id: c.id,
        name: c.name,
        image: normaliseImage(c.config.imageRef),
        created: -1,
        destroyed: undefined,
      });
    }
  }
  return { events: state.events, lines, containers };
}

/** The container a word names: its name, its full ID, or an ID prefix of at least 2 characters. */
export function containerNamed(timeline: Timeline, word: string): KnownContainer | undefined {
  const clean = word.replace(/^\//, '');
  let found: KnownContainer | undefined;
  for (const c of timeline.containers.values()) {
    if (c.name === clean) return c;
    if (clean.length >= 2 && /^[0-9a-f]+$/.test(clean) && c.id.startsWith(clean)) found ??= c;
  }
  return found;
}

/** The host line typed right after an event (a line is logged when it ends, after what it did). */
export function lineAfter(timeline: Timeline, index: number): TypedLine | undefined {
  return timeline.lines.find((line) => line.where === 'host' && line.index > index);
}
