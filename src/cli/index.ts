// The `docker` command: argv WITHOUT the leading "docker" (as a shell passes a program its arguments) and a
// context in, a streaming process out. Global flags, command lookup, cobra's usage errors, help, then the command.
import type { CliCommand, CliContext } from './contract.ts';
import type { CommandSpec, FlagSpec, Output } from './command.ts';
import { createProcess } from './process.ts';
import { describeFlagError, parseArgs } from './parse/flags.ts';
import { VALUE_PARSERS } from './values.ts';
import { findCommand, isForeign, isGroup } from './registry.ts';
import { helpPage, helpUnavailable, knownUsageLine } from './help-port.ts';
import { t } from '../i18n/fr.ts';

export const CLIENT_VERSION = 'Docker version 28.2.2, build e6534b4';

const ROOT_FLAGS: FlagSpec[] = [
  {
    long: 'config',
    type: 'string',
    valueName: 'string',
    description: 'Location of client config files',
    emulated: false,
  },
  {
    long: 'context',
    short: 'c',
    type: 'string',
    valueName: 'string',
    description: 'Name of the context to use to connect to the daemon',
    emulated: false,
  },
  { long: 'debug', short: 'D', type: 'bool', description: 'Enable debug mode', emulated: true },
  {
    long: 'host',
    short: 'H',
    type: 'stringArray',
    valueName: 'list',
    description: 'Daemon socket to connect to',
    emulated: false,
  },
  {
    long: 'log-level',
    short: 'l',
    type: 'string',
    valueName: 'string',
    description: 'Set the logging level',
    emulated: true,
  },
  { long: 'tls', type: 'bool', description: 'Use TLS; implied by --tlsverify', emulated: false },
  {
    long: 'tlscacert',
    type: 'string',
    valueName: 'string',
    description: 'Trust certs signed only by this CA',
    emulated: false,
  },
  {
    long: 'tlscert',
    type: 'string',
    valueName: 'string',
    description: 'Path to TLS certificate file',
    emulated: false,
  },
  {
    long: 'tlskey',
    type: 'string',
    valueName: 'string',
    description: 'Path to TLS key file',
    emulated: false,
  },
  {
    long: 'tlsverify',
    type: 'bool',
    description: 'Use TLS and verify the remote',
    emulated: false,
  },
  {
    long: 'version',
    short: 'v',
    type: 'bool',
    description: 'Print version information and quit',
    emulated: true,
  },
];

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'fatal', 'panic', 'trace', 'warning'];

/** "Usage:  docker ps [OPTIONS]" for the path as typed. */
export function usageLine(path: readonly string[], spec: CommandSpec): string {
  const known = knownUsageLine(path);
  // Multi-line usages (docker cp) keep their second line, which the one-line table lacks.
  if (known !== undefined && !(spec.use ?? '').includes('\n')) return known;
  const cmd = `docker ${path.join(' ')}`;
  const use = (spec.use ?? '[OPTIONS]').replace(/\{path\}/g, cmd);
  return `Usage:  ${cmd}${use ? ` ${use}` : ''}`;
}

function plural(n: number): string {
  return `${n} argument${n === 1 ? '' : 's'}`;
}

/** cobra/docker's argument-count errors, each with its own trailer (including CLI 28.2.2's "SRun" typo). */
function argCountError(path: readonly string[], spec: CommandSpec, n: number): string | undefined {
  const { min, max } = spec.args;
  const cmd = `docker ${path.join(' ')}`;
  let msg: string;
  let trailer: 'See' | 'Run' | 'SRun';
  if (max === 0) {
    if (n === 0) return undefined;
    msg = `'${cmd}' accepts no arguments`;
    trailer = 'Run';
  } else if (max === undefined) {
    if (n >= min) return undefined;
    msg = `'${cmd}' requires at least ${plural(min)}`;
    trailer = 'See';
  } else if (min === max) {
    if (n === min) return undefined;
    msg = `'${cmd}' requires ${plural(min)}`;
    trailer = 'Run';
  } else if (min === 0) {
    if (n <= max) return undefined;
    msg = `'${cmd}' requires at most ${plural(max)}`;
    trailer = 'SRun';
  } else {
    if (n >= min && n <= max) return undefined;
    msg = `'${cmd}' requires at least ${min} and at most ${plural(max)}`;
    trailer = 'Run';
  }
  return `docker: ${msg}\n\n${usageLine(path, spec)}\n\n${trailer} '${cmd} --help' for more information\n`;
}

async function printHelp(
  out: Output,
  path: readonly string[],
  columns: number,
  stream: 'stdout' | 'stderr',
): Promise<void> {
  const page = await helpPage(path, columns);
  if (page !== undefined) out[stream](page);
  else out.stderr(helpUnavailable(path.length ? path : ['--help']));
}

async function main(argv: readonly string[], ctx: CliContext, out: Output): Promise<number> {
  const columns = ctx.stdoutIsTTY ? ctx.columns : 80;
  const root = parseArgs(ROOT_FLAGS, argv, VALUE_PARSERS, {
    stopAtFirstArg: true,
    shortHelp: true,
    shortHelpDeprecated: true,
  });
  if (!root.ok) {
    out.stderr(
      `${describeFlagError(root.error)}\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information\n`,
    );
    return 125;
  }
  if (root.deprecatedShortHelp) out.stderr('Flag shorthand -h has been deprecated, use --help\n');
  const given = root.flags.values;
  if (given.version === true) {
    out.stdout(`${CLIENT_VERSION}\n`);
    return 0;
  }
  if (root.help) {
    await printHelp(out, [], columns, 'stdout');
    return 0;
  }
  const level = given['log-level'];
  if (typeof level === 'string' && !LOG_LEVELS.includes(level.toLowerCase())) {
    out.stderr(`Unable to parse logging level: ${level}\n`);
    return 1;
  }
  const unsupported = ROOT_FLAGS.find((f) => !f.emulated && root.flags.given.includes(f.long));
  if (unsupported) {
    out.stderr(`${t('cli.notSimulated.globalFlag', { flag: `--${unsupported.long}` })}\n`);
    return 1;
  }
  const args = root.args;
  if (args.length === 0) {
    await printHelp(out, [], columns, 'stderr');
    return 0;
  }
  let rest = args;
  if (args[0] === 'help') {
    const target = args.slice(1).filter((a) => !a.startsWith('-'));
    const spec = findCommand(target);
    if (target.length > 0 && !spec && !isGroup(target.join(' '))) {
      out.stderr(`unknown help topic: ${target.join(' ')}\n`);
      return 1;
    }
    await printHelp(out, target, columns, 'stdout');
    return 0;
  }
  const [first = '', second] = rest;
  let path: string[];
  if (isGroup(first)) {
    if (second === undefined) {
      await printHelp(out, [first], columns, 'stderr');
      return 0;
    }
    if (second === '--help' || second === '-h') {
      await printHelp(out, [first], columns, 'stdout');
      return 0;
    }
    path = [first, second];
    if (!findCommand(path)) {
      out.stderr(
        `docker: unknown command: docker ${first} ${second}\n\nUsage:  docker ${first}\n\nRun 'docker ${first} --help' for more information\n`,
      );
      return 1;
    }
    rest = rest.slice(2);
  } else {
    path = [first];
    if (!findCommand(path)) {
      if (isForeign(first)) {
        // Their help exists (compose and buildx are installed plugins); their behaviour is not simulated.
        if (rest.slice(1).some((a) => a === '--help' || a === '-h')) {
          const page = await helpPage([first], columns);
          if (page !== undefined) {
            out.stdout(page);
            return 0;
          }
        }
        out.stderr(`${t('cli.notSimulated.command', { command: first })}\n`);
        return 1;
      }
      out.stderr(
        `docker: unknown command: docker ${first}\n\nRun 'docker --help' for more information\n`,
      );
      return 1;
    }
    rest = rest.slice(1);
  }
  const spec = findCommand(path) as CommandSpec;
  const ownsShortH = spec.flags.some((f) => f.short === 'h');
  const parsed = parseArgs(spec.flags, rest, VALUE_PARSERS, {
    stopAtFirstArg: spec.stopAtFirstArg ?? false,
    shortHelp: !ownsShortH,
  });
  const cmd = `docker ${path.join(' ')}`;
  if (!parsed.ok) {
    out.stderr(
      `${describeFlagError(parsed.error)}\n\n${usageLine(path, spec)}\n\nRun '${cmd} --help' for more information\n`,
    );
    return 125;
  }
  if (parsed.help) {
    await printHelp(out, path, columns, 'stdout');
    return 0;
  }
  const countError = argCountError(path, spec, parsed.args.length);
  if (countError) {
    out.stderr(countError);
    return 1;
  }
  if (spec.emulated === false) {
    out.stderr(`${t('cli.notSimulated.command', { command: path.join(' ') })}\n`);
    return 1;
  }
  const notEmulated = spec.flags.find((f) => !f.emulated && parsed.flags.given.includes(f.long));
  if (notEmulated) {
    out.stderr(
      `${t('cli.notSimulated.flag', { command: path.join(' '), flag: `--${notEmulated.long}` })}\n`,
    );
    return 1;
  }
  return await spec.run({
    engine: ctx.engine,
    ctx,
    out,
    flags: parsed.flags,
    args: parsed.args,
    path,
  });
}

export const docker: CliCommand = (argv, ctx) =>
  createProcess(
    (out) => main(argv, ctx, out),
    (err, out) =>
      out.stderr(
        `${t('cli.error.internal', { message: err instanceof Error ? err.message : String(err) })}\n`,
      ),
  );
