// Public entry point of docker's help texts: lazy loading per command, rendering at a terminal width.
import { HELP_LOADERS, HELP_ROUTES } from './routes.ts';
import type { HelpPart, HelpText } from './types.ts';
import { USAGE_LINES } from './usage-lines.ts';

export { renderHelp } from './render.ts';
export type { FlagEntry, HelpPart, HelpText } from './types.ts';

export interface LoadHelpOptions {
  /** Whether the buildx and compose CLI plugins are installed (default true, as on the emulated host). */
  plugins?: boolean;
  /** The docker config directory shown in `docker --help` defaults (the records show /root/.docker). */
  configDir?: string;
}

const RECORDED_CONFIG_DIR = '/root/.docker';

function routeOf(command: readonly string[]): readonly [string, string] | undefined {
  const path = command.join(' ');
  return Object.prototype.hasOwnProperty.call(HELP_ROUTES, path) ? HELP_ROUTES[path] : undefined;
}

/**
 * The help of a command path (`[]` for `docker` itself, `['ps']`, `['container', 'ls']`…), or undefined
 * for a path docker does not have. Aliases share a text; the Usage line names the command as cobra does.
 */
export async function loadHelp(
  command: readonly string[],
  options: LoadHelpOptions = {},
): Promise<HelpText | undefined> {
  const route = routeOf(command);
  if (route === undefined) return undefined;
  const [key, usagePath] = route;
  const variant = options.plugins === false ? HELP_LOADERS[`${key}#noplugins`] : undefined;
  const loader = variant ?? HELP_LOADERS[key];
  if (loader === undefined) return undefined;
  const help = (await loader()).default;
  const ownPath = key === '' ? 'docker' : `docker ${key}`;
  const configDir = options.configDir ?? RECORDED_CONFIG_DIR;
  const parts: HelpPart[] = help.parts.map((p, i) => {
    if ('text' in p) {
      // The space keeps `docker build` from matching a plugin's `docker buildx build`.
      const prefix = `Usage:  ${ownPath}`;
      if (i === 0 && usagePath !== ownPath && p.text.startsWith(`${prefix} `)) {
        return { text: `Usage:  ${usagePath}` + p.text.slice(prefix.length) };
      }
      return p;
    }
    if (configDir === RECORDED_CONFIG_DIR) return p;
    return {
      flags: p.flags.map((f) => ({
        prefix: f.prefix,
        usage: f.usage.split(RECORDED_CONFIG_DIR).join(configDir),
      })),
    };
  });
  return { parts };
}

/** The one-line usage that argument and flag errors print, e.g. "Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]". */
export function usageLine(command: readonly string[]): string | undefined {
  const path = command.join(' ');
  return Object.prototype.hasOwnProperty.call(USAGE_LINES, path) ? USAGE_LINES[path] : undefined;
}

/** Every command path that has a help text. */
export function helpPaths(): string[] {
  return Object.keys(HELP_ROUTES);
}
