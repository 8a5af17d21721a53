// Docker commands known to the CLI (usage, flags, argument counts) that this course does not emulate.
import type { CommandSpec } from '../command.ts';
import { notEmulated, notEmulatedOnContainer } from './spec-helpers.ts';

const one = { min: 1, max: 1 };
const atLeast1 = { min: 1 };
const none = { min: 0, max: 0 };

export const NOT_EMULATED: CommandSpec[] = [
  // Its container must exist: the daemon's refusal comes before the notice, as it depends on state only.
  notEmulatedOnContainer(notEmulated(['container', 'export'], [['export']], one, 'export'), {
    running: false,
    pausedError: false,
  }),
  notEmulated(['image', 'build'], [['build'], ['builder', 'build']], one, 'build'),
  notEmulated(['image', 'import'], [['import']], { min: 1, max: 2 }, 'import'),
  notEmulated(['image', 'load'], [['load']], none, 'load'),
  notEmulated(['image', 'push'], [['push']], one, 'push'),
  notEmulated(['image', 'save'], [['save']], atLeast1, 'save'),
  notEmulated(['system', 'prune'], [], none),
  notEmulated(['login'], [], { min: 0, max: 1 }),
  notEmulated(['logout'], [], { min: 0, max: 1 }),
  notEmulated(['search'], [], one),
];

/** Management commands and their `docker X` help group; those absent here are not emulated at all. */
export const GROUPS = ['container', 'image', 'volume', 'network', 'system'];

/** Top-level commands Docker has that this course never emulates (plugins, swarm, contexts…). */
export const FOREIGN_COMMANDS = [
  'builder',
  'buildx',
  'bake',
  'checkpoint',
  'compose',
  'context',
  'manifest',
  'plugin',
  'trust',
  'config',
  'node',
  'secret',
  'service',
  'stack',
  'swarm',
];
