// What Tab completion reads from a machine: host commands, the docker vocabulary, names in the engine, files.
import { HOST } from '../shell/host.ts';
import type { Machine } from '../shell/machine.ts';
import type { CompletionSource } from './complete.ts';

/** The host's commands worth completing: this terminal's built-ins, docker, curl and common utilities. */
export const HOST_COMMANDS = [
  'aide',
  'clear',
  'exit',
  'history',
  'docker',
  'curl',
  'hostname',
  'whoami',
  'id',
  'ls',
  'cd',
  'pwd',
  'cat',
  'echo',
  'printf',
  'grep',
  'wc',
  'head',
  'tail',
  'sort',
  'uniq',
  'cut',
  'tr',
  'sed',
  'awk',
  'find',
  'touch',
  'mkdir',
  'rm',
  'rmdir',
  'cp',
  'mv',
  'sleep',
  'env',
  'export',
  'seq',
  'date',
  'true',
  'false',
  'test',
  'xargs',
  'tee',
];

/** Builds the source; the docker vocabulary comes from the CLI registry, loaded on first use. */
export async function completionSource(machine: Machine): Promise<CompletionSource> {
  const { dockerWords } = await import('./docker-words.ts');
  const state = machine.engine.state;
  return {
    commands: HOST_COMMANDS,
    docker: dockerWords(),
    containers: () =>
      Object.values(state.containers).map((c) => ({ name: c.name, status: c.state.status })),
    names: (kind) => {
      if (kind === 'volume') return Object.values(state.volumes).map((v) => v.name);
      if (kind === 'network') return Object.values(state.networks).map((n) => n.name);
      const names = new Set<string>();
      for (const tag of Object.keys(state.tags)) {
        names.add(tag);
        if (tag.endsWith(':latest')) names.add(tag.slice(0, -':latest'.length));
      }
      for (const repo of Object.keys(state.registry)) names.add(repo);
      return [...names];
    },
    files: async () => (await machine.toSnapshot()).engine.host.files,
    cwd: machine.cwd(),
    home: HOST.home,
  };
}
