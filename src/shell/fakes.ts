// Test doubles for the shell's tests: a tiny clocked engine and a docker command that reports what it was given.
import type { CliCommand, OutputChunk } from '../cli/contract.ts';
import type { EngineState } from '../engine/types.ts';
import type { MachineEngine } from './engine-port.ts';

export interface FakeEngine extends Pick<
  MachineEngine,
  'now' | 'advanceTo' | 'nextWakeAt' | 'toSnapshot'
> {
  recordShellLine(line: string, where: string, exitCode?: number): void;
  lines: { line: string; where: string; exitCode?: number }[];
  containers: string[];
  /** Schedules `fn` at virtual time `at`. */
  at(at: number, fn: () => void): void;
}

export function fakeEngine(start = Date.UTC(2026, 10, 27, 19, 30)): FakeEngine & MachineEngine {
  let now = start;
  const jobs: { at: number; fn: () => void }[] = [];
  const engine: FakeEngine = {
    lines: [],
    containers: [],
    now: () => now,
    at(at, fn) {
      jobs.push({ at, fn });
      jobs.sort((a, b) => a.at - b.at);
    },
    advanceTo(t) {
      while (jobs.length > 0 && (jobs[0]?.at ?? Infinity) <= t) {
        const job = jobs.shift();
        if (!job) break;
        now = Math.max(now, job.at);
        job.fn();
      }
      now = Math.max(now, t);
    },
    nextWakeAt: () => jobs[0]?.at,
    recordShellLine(line, where, exitCode) {
      engine.lines.push({ line, where, exitCode });
    },
    toSnapshot: () => ({ now, host: { files: {} } }) as unknown as EngineState,
  };
  // Only the operations the machine uses exist: the rest of the engine is never called in these tests.
  return engine as FakeEngine & MachineEngine;
}

/**
 * A docker stand-in: `ps -q` lists fake containers, `run -d NAME` adds one, `wait-virtual N` ends after
 * N virtual seconds, `ctx` prints the context flags, `cat` copies stdin, `follow` streams if it may.
 */
export const fakeDocker: CliCommand = (argv, ctx) => {
  const engine = ctx.engine as unknown as FakeEngine;
  let resolveExit!: (code: number) => void;
  const exitCode = new Promise<number>((r) => (resolveExit = r));
  const queue: OutputChunk[] = [];
  let wake: (() => void) | undefined;
  let ended = false;
  const emit = (stream: OutputChunk['stream'], data: string) => {
    queue.push({ stream, data });
    wake?.();
  };
  const end = (code: number) => {
    ended = true;
    resolveExit(code);
    wake?.();
  };
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'ps':
      for (const c of engine.containers) emit('stdout', `${c}\n`);
      end(0);
      break;
    case 'run':
      engine.containers.push(rest[rest.length - 1] ?? 'x');
      emit('stdout', `${'a'.repeat(64)}\n`);
      end(0);
      break;
    case 'wait-virtual': {
      const ms = Number(rest[0] ?? '0') * 1000;
      engine.at(engine.now() + ms, () => {
        emit('stdout', `waited until ${engine.now()}\n`);
        end(0);
      });
      break;
    }
    case 'ctx':
      emit(
        'stdout',
        `tty=${ctx.stdoutIsTTY} stdinTty=${ctx.stdinIsTTY} follow=${ctx.canFollow ?? true} cols=${ctx.columns} cwd=${ctx.cwd} argv=${JSON.stringify(rest)}\n`,
      );
      emit('stderr', 'to-stderr\n');
      end(0);
      break;
    case 'cat':
      void (async () => {
        for (;;) {
          const chunk = await ctx.stdin.read();
          if (chunk === null) break;
          emit('stdout', chunk);
        }
        end(0);
      })();
      break;
    case 'follow': {
      emit('stdout', 'line 0\n');
      if (ctx.canFollow === false) {
        emit('stderr', 'note: suivre demande la commande seule\n');
        end(0);
        break;
      }
      let i = 1;
      const tick = () => {
        if (ended) return;
        emit('stdout', `line ${i++}\n`);
        engine.at(engine.now() + 1000, tick);
      };
      engine.at(engine.now() + 1000, tick);
      ctx.signal.addEventListener('abort', () => end(130), { once: true });
      break;
    }
    case 'size': {
      // Prints the terminal's size, then again on each resize, until Ctrl-C.
      emit('stdout', `${ctx.columns}x${ctx.rows}\n`);
      const stop = ctx.onResize?.((columns, rows) =>
        emit('stdout', `resized ${columns}x${rows} ctx=${ctx.columns}x${ctx.rows}\n`),
      );
      ctx.signal.addEventListener(
        'abort',
        () => {
          stop?.();
          end(130);
        },
        { once: true },
      );
      break;
    }
    default:
      emit('stderr', `docker: unknown command: docker ${cmd ?? ''}\n`);
      end(1);
  }
  return {
    exitCode,
    output: (async function* () {
      for (;;) {
        const next = queue.shift();
        if (next) {
          yield next;
          continue;
        }
        if (ended) return;
        await new Promise<void>((r) => (wake = r));
        wake = undefined;
      }
    })(),
  };
};
