// The commands of programs, logs and time (logs, attach, events, top), registered here.
import type { CommandSpec } from '../command.ts';
import { command as logs } from './logs.ts';
import { command as attach } from './attach.ts';
import { command as events } from './events.ts';
import { command as top } from './top.ts';

export const TIME_COMMANDS: CommandSpec[] = [logs, attach, events, top];
