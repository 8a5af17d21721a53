// The typed registry of docker commands: every CommandSpec module, found by canonical path or alias.
import type { CommandSpec } from './command.ts';
import { NOT_EMULATED, GROUPS, FOREIGN_COMMANDS } from './commands/not-emulated.ts';
import { command as run } from './commands/run.ts';
import { command as create } from './commands/create.ts';
import { command as start } from './commands/start.ts';
import { command as stop } from './commands/stop.ts';
import { command as restart } from './commands/restart.ts';
import { command as pause } from './commands/pause.ts';
import { command as unpause } from './commands/unpause.ts';
import { command as kill } from './commands/kill.ts';
import { command as rm } from './commands/rm.ts';
import { command as rename } from './commands/rename.ts';
import { command as wait } from './commands/wait.ts';
import { VIEW_COMMANDS } from './commands/views.ts';
import { NETWORK_COMMANDS } from './commands/network.ts';
import { VOLUME_COMMANDS } from './commands/volume.ts';
import { command as stats } from './commands/stats.ts';
import { command as update } from './commands/update.ts';
import { command as containerPrune } from './commands/container-prune.ts';
import { TIME_COMMANDS } from './commands/time-commands.ts';
import { IMAGE_COMMANDS } from './commands/image-commands.ts';

export const COMMANDS: readonly CommandSpec[] = [
  run,
  create,
  start,
  stop,
  restart,
  pause,
  unpause,
  kill,
  rm,
  rename,
  wait,
  ...VIEW_COMMANDS,
  ...TIME_COMMANDS,
  ...IMAGE_COMMANDS,
  ...NETWORK_COMMANDS,
  ...VOLUME_COMMANDS,
  stats,
  update,
  containerPrune,
  ...NOT_EMULATED,
];

const BY_PATH = new Map<string, CommandSpec>();
for (const spec of COMMANDS) {
  for (const p of [spec.path, ...spec.aliases]) {
    const key = p.join(' ');
    if (!BY_PATH.has(key)) BY_PATH.set(key, spec);
  }
}

export function findCommand(path: readonly string[]): CommandSpec | undefined {
  return BY_PATH.get(path.join(' '));
}

export const isGroup = (name: string): boolean => GROUPS.includes(name);
export const isForeign = (name: string): boolean => FOREIGN_COMMANDS.includes(name);
