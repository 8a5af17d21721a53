// Plays a script as a person at a terminal would type it, and returns what the terminal shows.
import { passTime, runToCompletion, settle } from './driver.ts';
import {
  createMachine,
  loadLineModules,
  type Machine,
  type MachineOptions,
  type RunningLine,
} from './machine.ts';
import { CTRL_C, CTRL_D, DETACH_KEYS } from './tty.ts';

export type ReplayStep =
  | { kind: 'comment'; text: string }
  | { kind: 'blank' }
  /** `sleep N`: at the prompt a typed line; while a command runs, N seconds pass. */
  | { kind: 'sleep'; seconds: number; text: string }
  /** `^C`, `^P^Q`, `^D`: keys sent to the command running in the foreground. */
  | { kind: 'keys'; keys: string; text: string }
  | { kind: 'line'; text: string };

/** Reads a replay script: one step per line. */
export function parseReplayScript(source: string): ReplayStep[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((text): ReplayStep => {
    const t = text.trim();
    if (t === '') return { kind: 'blank' };
    if (t.startsWith('#')) return { kind: 'comment', text };
    const sleep = /^sleep\s+(\d+(?:\.\d+)?)s?$/.exec(t);
    if (sleep) return { kind: 'sleep', seconds: Number(sleep[1]), text: t };
    if (t === '^C') return { kind: 'keys', keys: CTRL_C, text: t };
    if (t === '^P^Q') return { kind: 'keys', keys: DETACH_KEYS, text: t };
    if (t === '^D') return { kind: 'keys', keys: CTRL_D, text: t };
    return { kind: 'line', text };
  });
}

export interface ReplayOptions extends MachineOptions {
  columns?: number;
  rows?: number;
  /** Called with every piece of terminal output as it appears. */
  onOutput?: (text: string) => void;
  /** How long a foreground command may run on its own before replay presses Ctrl-C (virtual ms). */
  maxForegroundMs?: number;
}

/** Fixed start of the virtual clock for replays: deterministic output. */
export const REPLAY_EPOCH = Date.UTC(2026, 10, 27, 19, 30, 0);
export const REPLAY_SEED = 1;

/** Plays the script on a fresh machine (or the one given) and returns the whole terminal text. */
export async function replay(
  source: string,
  options: ReplayOptions = {},
  given?: Machine,
): Promise<string> {
  const machine = given ?? createMachine({ now: REPLAY_EPOCH, seed: REPLAY_SEED, ...options });
  await machine.ready();
  // As at a terminal whose prompt has been up a moment: what lines need is loaded (see loadLineModules).
  await loadLineModules();
  const columns = options.columns ?? 100;
  const rows = options.rows ?? 30;
  const maxForegroundMs = options.maxForegroundMs ?? 3600_000;
  let screen = '';
  const show = (text: string) => {
    screen += text;
    options.onOutput?.(text);
  };
  const steps = parseReplayScript(source);

  let running: RunningLine | undefined;
  let drained: Promise<void> = Promise.resolve();
  let interrupted = false;

  const isForegroundControl = (step: ReplayStep | undefined) =>
    step !== undefined && (step.kind === 'sleep' || step.kind === 'keys');

  /** Lets the foreground command run as a person would wait for it; returns when the prompt is back or input is expected. */
  const drive = async (next: ReplayStep | undefined) => {
    if (!running) return;
    if (isForegroundControl(next)) {
      await settle();
    } else {
      let result = await runToCompletion(machine, running, { maxVirtualMs: maxForegroundMs });
      if (result.state === 'timeout' && next === undefined) {
        show(
          `\n[replay : la commande tourne encore après ${maxForegroundMs / 1000} s virtuelles : Ctrl-C]\n`,
        );
        running.interrupt();
        interrupted = true;
        result = await runToCompletion(machine, running, { maxVirtualMs: 60_000 });
      }
    }
    if (running.done()) await finish();
  };

  const finish = async () => {
    await drained;
    if (interrupted && !screen.endsWith('\n')) show('\n');
    running = undefined;
    interrupted = false;
  };

  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as ReplayStep;
    const next = steps.slice(i + 1).find((s) => s.kind !== 'comment' && s.kind !== 'blank');
    if (running) {
      switch (step.kind) {
        case 'comment':
        case 'blank':
          continue;
        case 'sleep':
          await passTime(machine, step.seconds * 1000);
          break;
        case 'keys':
          if (step.keys === CTRL_C) interrupted = true;
          running.write(step.keys);
          break;
        case 'line':
          running.write(step.text + '\r');
          break;
      }
      await drive(next);
      continue;
    }
    if (step.kind === 'comment' || step.kind === 'blank') continue;
    if (step.kind === 'keys') {
      // Keys at the prompt: the shell shows them and does nothing more.
      show(machine.prompt() + (step.keys === CTRL_C ? '^C\n' : '\n'));
      continue;
    }
    show(machine.prompt() + step.text + '\n');
    const line = machine.runLine(step.text, { columns, rows });
    running = line;
    drained = (async () => {
      for await (const chunk of line.output) show(chunk.data);
    })();
    await drive(next);
  }
  if (running) await drive(undefined);
  return screen;
}
