// The engine's entry point without its heavy parts (shell interpreter, HTTP): what the browser needs for a prompt.
// Call `loadLateParts()` before anything can run in a container; index.ts is the whole engine, bound at once.
export { createEngine, engineFromSnapshot } from './engine.ts';
export type { Engine, EngineOptions, StopOptions, ContainerRef, AbortLike } from './engine.ts';
export type {
  ImageOps,
  CommitOptions,
  PullPlan,
  PullStep,
  DiskUsage,
  HistoryRow,
  ImageRow,
  RemoveLine,
} from './images/ops.ts';
export type { FsOps, FsTree, ExecStart, LayeredFs, RealEntry } from './fs/ops.ts';
export { comparePaths } from './fs/layered.ts';
export type { AttachListener } from './core.ts';
export type { CreateSpec } from './containers/create.ts';
export { isValidContainerName, parseRestartPolicy } from './containers/create.ts';
export type { ResolvedImage } from './containers/lookup.ts';
export type { EngineError, EngineErrorCode, Result } from './errors.ts';
export { checkInvariants } from './invariants.ts';
export { parseImageReference, tagKey } from './reference.ts';
export type { ImageReference } from './reference.ts';
export { parseSignal, signalName } from './signals.ts';
export type { Signal } from './signals.ts';
export { DEFAULT_LIMITS, DEFAULT_NOW } from './state.ts';
export { lookupPath, normalizePath } from './fs.ts';
export { rfc3339Nano, toCivil } from './time.ts';
export { registerSimulator } from './programs/registry.ts';
export { listProcesses } from './programs/processes.ts';
export { parseSleep, sleepUsageError, type SleepDuration } from './programs/sleep-duration.ts';
export type { ProcessInfo } from './programs/processes.ts';
export type { ScriptRunner, ScriptRequest, ScriptResult } from './programs/types.ts';
export type { Simulator, ProgramHost } from './programs/types.ts';
export { CATALOG } from './catalog/index.ts';
export type * from './types.ts';
export type {
  NetworkOps,
  NetworkCreateOptions,
  Origin,
  HttpRequest,
  HttpOutcome,
  ToolResult,
} from './network/ops.ts';
export type { VolumeOps, VolumeCreateOptions } from './volumes/ops.ts';
export type { ResourceOps, ResourceUpdate, StatsSample } from './resources/ops.ts';
export { loadLateParts, latePartsLoaded } from './late.ts';
