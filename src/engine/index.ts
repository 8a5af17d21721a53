// Public entry point of the emulated Docker engine (pure, serialisable, no DOM).
// Placeholder until the engine lands: the engine helper replaces this file.
export interface Engine {
  now(): number;
}
