// Builds CommandSpec flag tables from Docker's own flag data, marking which flags the emulator implements.
import type { ArgCount, CommandSpec, FlagSpec } from '../command.ts';
import { DOCKER_COMMANDS } from './docker-commands.data.ts';
import { renderError } from '../render-error.ts';
import { t } from '../../i18n/fr.ts';

/** The flags of `docker <dataPath>`; `emulated` lists the long names we implement (all others say so). */
export function flagsOf(dataPath: string, emulated: readonly string[] | 'all'): FlagSpec[] {
  const row = DOCKER_COMMANDS[dataPath];
  if (!row) return [];
  return row.flags.map((f) => ({
    ...f,
    emulated: emulated === 'all' || emulated.includes(f.long),
  }));
}

export function useOf(dataPath: string): string {
  return DOCKER_COMMANDS[dataPath]?.use ?? '[OPTIONS]';
}

/** A Docker command this emulator does not implement yet: exact argument checks, then a French notice. */
export function notEmulated(
  path: string[],
  aliases: string[][],
  args: ArgCount,
  dataPath = path.join(' '),
  stopAtFirstArg = false,
): CommandSpec {
  return {
    path,
    aliases,
    use: useOf(dataPath),
    flags: flagsOf(dataPath, 'all'),
    args,
    stopAtFirstArg,
    emulated: false,
    run: () => 1,
  };
}

/**
 * A not-yet-emulated command that still answers the daemon's refusals about its container (missing, paused,
 * not running) exactly, before the French notice: those errors only depend on state the engine has.
 */
export function notEmulatedOnContainer(
  base: CommandSpec,
  needs: { running: boolean; pausedError: boolean },
): CommandSpec {
  return {
    ...base,
    emulated: true,
    flags: base.flags.map((f) => ({ ...f, emulated: true })),
    run: (inv) => {
      const ref = inv.args[0] ?? '';
      const found = inv.engine.findContainer(ref);
      if (!found.ok) {
        inv.out.stderr(`${renderError(found.error)}\n`);
        return 1;
      }
      const c = found.value;
      if (needs.pausedError && c.state.status === 'paused') {
        inv.out.stderr(`${renderError({ code: 'CONTAINER_PAUSED', ref })}\n`);
        return 1;
      }
      if (needs.running && c.state.status !== 'running' && c.state.status !== 'paused') {
        inv.out.stderr(`${renderError({ code: 'CONTAINER_NOT_RUNNING', id: c.id })}\n`);
        return 1;
      }
      inv.out.stderr(`${t('cli.notSimulated.command', { command: inv.path.join(' ') })}\n`);
      return 1;
    },
  };
}
