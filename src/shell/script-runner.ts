// The engine's fallback for container main processes beyond its own simulators (scripts outside the
// interpreter's subset, programs such as `ls`): just-bash runs them to completion, at once and outside virtual
// time, on the container's own layers with the same commands as `docker exec`.
import type { Engine, ScriptRunner } from '../engine/index.ts';
import { busyWhile } from './busy.ts';

/** `engine` is read when a script runs: the runner is handed to the engine before the engine exists. */
export function createScriptRunner(engine: () => Engine | undefined): ScriptRunner {
  return async (request) => {
    const current = engine();
    if (!current) return { stdout: '', stderr: '', exitCode: 0, unsimulated: true };
    // Real work outside virtual time: the driver keeps the clock still until the result is in.
    return busyWhile(current, async () => {
      // Loaded with the first line that runs (see machine.ts): this import is then already settled.
      const { runMainProgramInContainer } = await import('./container-shell.ts');
      return runMainProgramInContainer(current, {
        containerId: request.containerId,
        ...(request.argv
          ? { argv: request.argv }
          : { script: request.script, params: request.args.slice(1) }),
        env: request.env,
        cwd: request.cwd,
        stdin: request.stdin,
      });
    });
  };
}
