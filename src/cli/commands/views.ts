// The read-only commands written by the views helper (ps, inspect, port, version, info), registered here.
import type { CommandSpec } from '../command.ts';
import { command as ps } from './ps.ts';
import { commands as inspectCommands } from './inspect.ts';
import { command as port } from './port.ts';
import { command as version } from './version.ts';
import { command as info } from './info.ts';

export const VIEW_COMMANDS: CommandSpec[] = [ps, ...inspectCommands, port, version, info];
