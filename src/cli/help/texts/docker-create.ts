// Help text of `docker create --help`: that of `docker run` less its run-only flags, and its own header.
import run from './docker-run.ts';
import type { FlagEntry, HelpText } from '../types.ts';

/** Flags of `docker run` that `docker create` does not have: they act on the run, not the container. */
const RUN_ONLY_FLAGS = new Set(['  -d, --detach', '      --detach-keys string', '      --sig-proxy']);

/** The usages `docker create` words otherwise (the stray "|" is Docker's own). */
const CREATE_USAGES: Readonly<Record<string, string>> = {
  '      --pull string':
    'Pull image before creating ("always", "|missing", "never") (default "missing")',
};

const [, runFlags, ...rest] = run.parts;
if (runFlags === undefined || !('flags' in runFlags)) throw new Error('docker run help has a flag table');
const flags: FlagEntry[] = runFlags.flags
  .filter((f) => !RUN_ONLY_FLAGS.has(f.prefix))
  .map((f) => ({ prefix: f.prefix, usage: CREATE_USAGES[f.prefix] ?? f.usage }));

const help: HelpText = {
  parts: [
    {
      text: "Usage:  docker create [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nCreate a new container\n\nAliases:\n  docker container create, docker create\n\nOptions:\n",
    },
    { flags },
    ...rest,
  ],
};

export default help;
