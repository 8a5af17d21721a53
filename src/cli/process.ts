// Builds a CliProcess (async chunks + exit code) from a function that writes to an Output.
import type { CliProcess, OutputChunk } from './contract.ts';
import type { Output } from './command.ts';

/** Runs `run` at once; its writes become chunks, its result (or a crash, as exit 1) the exit code. */
export function createProcess(
  run: (out: Output) => Promise<number> | number,
  onCrash?: (err: unknown, out: Output) => void,
): CliProcess {
  const queue: OutputChunk[] = [];
  let done = false;
  let wake: (() => void) | undefined;
  const push = (chunk: OutputChunk) => {
    if (done || chunk.data === '') return;
    queue.push(chunk);
    wake?.();
  };
  const out: Output = {
    stdout: (data) => push({ stream: 'stdout', data }),
    stderr: (data) => push({ stream: 'stderr', data }),
  };
  const exitCode = (async () => {
    try {
      return await run(out);
    } catch (err) {
      onCrash?.(err, out);
      return 1;
    }
  })().then((code) => {
    done = true;
    wake?.();
    return code;
  });
  const output: AsyncIterable<OutputChunk> = {
    [Symbol.asyncIterator]() {
      return {
        async next(): Promise<IteratorResult<OutputChunk>> {
          for (;;) {
            const chunk = queue.shift();
            if (chunk) return { value: chunk, done: false };
            if (done) return { value: undefined, done: true };
            await new Promise<void>((r) => (wake = r));
            wake = undefined;
          }
        },
      };
    },
  };
  return { output, exitCode };
}

/** Collects a process's output (for tests and pipes). */
export async function collect(
  proc: CliProcess,
): Promise<{ stdout: string; stderr: string; exitCode: number; chunks: OutputChunk[] }> {
  const chunks: OutputChunk[] = [];
  for await (const c of proc.output) chunks.push(c);
  const exitCode = await proc.exitCode;
  return {
    stdout: chunks
      .filter((c) => c.stream === 'stdout')
      .map((c) => c.data)
      .join(''),
    stderr: chunks
      .filter((c) => c.stream === 'stderr')
      .map((c) => c.data)
      .join(''),
    exitCode,
    chunks,
  };
}
