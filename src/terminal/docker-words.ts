// The docker vocabulary for completion, read from the CLI's command registry.
import { COMMANDS } from '../cli/registry.ts';
import type { DockerCommandWords } from './complete.ts';

let cached: DockerCommandWords[] | undefined;

export function dockerWords(): DockerCommandWords[] {
  cached ??= COMMANDS.map((spec) => ({
    paths: [spec.path, ...spec.aliases],
    flags: spec.flags
      .filter((flag) => !flag.hidden)
      .map((flag) => ({
        long: flag.long,
        ...(flag.short ? { short: flag.short } : {}),
        takesValue: flag.type !== 'bool',
      })),
  }));
  return cached;
}
