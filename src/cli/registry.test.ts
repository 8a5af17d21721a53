// The command registry: each path or alias leads to exactly one command, and "not simulated" means it.
import { describe, expect, it } from 'vitest';
import { COMMANDS, findCommand } from './registry.ts';
import { NOT_EMULATED } from './commands/not-emulated.ts';

const paths = (spec: (typeof COMMANDS)[number]) =>
  [spec.path, ...spec.aliases].map((p) => p.join(' '));

describe('command registry', () => {
  it('registers every path and alias once: nothing shadows anything', () => {
    const seen = new Map<string, number>();
    for (const spec of COMMANDS) for (const p of paths(spec)) seen.set(p, (seen.get(p) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([p]) => p)).toEqual([]);
  });

  it('lists as not emulated only commands that no module emulates', () => {
    for (const spec of NOT_EMULATED)
      for (const p of paths(spec)) expect(findCommand(p.split(' '))).toBe(spec);
    const notEmulated = NOT_EMULATED.flatMap(paths).sort();
    expect(notEmulated).toEqual(
      [
        'builder build',
        'container export',
        'export',
        'build',
        'image build',
        'image import',
        'import',
        'image load',
        'load',
        'image push',
        'push',
        'image save',
        'save',
        'system prune',
        'login',
        'logout',
        'search',
      ].sort(),
    );
    for (const emulated of [
      'commit',
      'cp',
      'diff',
      'exec',
      'history',
      'images',
      'pull',
      'rmi',
      'tag',
      'stats',
      'update',
      'volume ls',
      'network create',
      'system df',
      'image inspect',
      'image prune',
    ])
      expect(findCommand(emulated.split(' '))?.emulated).not.toBe(false);
  });
});
