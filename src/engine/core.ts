// The engine's mutable core: the JSON state plus runtime-only listeners (subscribers, attached clients).
import type { Container, EngineState } from './types.ts';
import type { ScriptRunner } from './programs/types.ts';

export type StreamName = 'stdout' | 'stderr';

/** A client attached to a container's streams (foreground `run`, `start -a`, `attach`, `wait`). */
export interface AttachListener {
  output?(stream: StreamName, data: string): void;
  /** The main process ended (before any auto-removal). */
  exit?(exitCode: number): void;
  /** A French notice key for something the emulator does not simulate (rendered by the CLI). */
  notice?(key: string, detail: string): void;
}

export interface Core {
  state: EngineState;
  subscribers: Set<() => void>;
  attachments: Map<string, Set<AttachListener>>;
  /** Set while notifying, so nested changes only schedule one more round. */
  dirty: boolean;
  notifying: boolean;
  /** Runs scripts beyond the shell interpreter's subset (injected; just-bash in the machine). */
  scriptRunner?: ScriptRunner;
  /** Scripts handed to the runner and not finished yet, by "containerId:pid:startedAt". */
  runningScripts: Set<string>;
}

export function createCore(state: EngineState): Core {
  return {
    state,
    subscribers: new Set(),
    attachments: new Map(),
    dirty: false,
    notifying: false,
    runningScripts: new Set(),
  };
}

/** Tells subscribers that the state changed (after the current operation, never re-entrantly). */
export function notify(core: Core): void {
  core.dirty = true;
  if (core.notifying) return;
  core.notifying = true;
  try {
    while (core.dirty) {
      core.dirty = false;
      for (const s of [...core.subscribers]) {
        try {
          s();
        } catch {
          // A faulty subscriber must not break the engine.
        }
      }
    }
  } finally {
    core.notifying = false;
  }
}

/** Appends a `docker events` record, keeping the log under its cap. */
export function emitEvent(
  core: Core,
  type: 'container' | 'image' | 'network' | 'volume',
  action: string,
  id: string,
  attributes: Record<string, string>,
): void {
  const { state } = core;
  state.events.push({ time: state.now, type, action, id, attributes });
  const excess = state.events.length - state.limits.maxEvents;
  if (excess > 0) state.events.splice(0, excess);
}

/** Docker's container event attributes: labels, then image and name (plus extras). */
export function containerAttributes(
  c: Container,
  extra: Record<string, string> = {},
): Record<string, string> {
  return { ...c.config.labels, image: c.config.imageRef, name: c.name, ...extra };
}

export function emitContainerEvent(
  core: Core,
  c: Container,
  action: string,
  extra: Record<string, string> = {},
): void {
  emitEvent(core, 'container', action, c.id, containerAttributes(c, extra));
}

export function forEachAttachment(core: Core, id: string, fn: (l: AttachListener) => void): void {
  const set = core.attachments.get(id);
  if (!set) return;
  for (const l of [...set]) {
    try {
      fn(l);
    } catch {
      // Listener errors stay with the listener.
    }
  }
}
