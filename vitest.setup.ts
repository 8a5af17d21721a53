// Property tests explore new random cases on developers' machines and replay a fixed seed in CI.
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: 20261127 });
