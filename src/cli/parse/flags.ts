// A pflag-compatible parser: combined shorthands, --flag=value, repeats, `--`, interspersed or not, typed values.
import type { FlagSpec, FlagValue, ParsedFlags } from '../command.ts';

export type FlagError =
  | { kind: 'unknown-flag'; text: string }
  | { kind: 'unknown-shorthand'; char: string; rest: string }
  | { kind: 'needs-argument'; long?: string; char?: string; rest?: string }
  | { kind: 'invalid-value'; flag: FlagSpec; value: string; reason: string }
  | { kind: 'bad-flag-syntax'; text: string };

export type ParseOutcome =
  | { ok: true; flags: ParsedFlags; args: string[]; help: boolean; deprecatedShortHelp: boolean }
  | { ok: false; error: FlagError };

export interface ParseOptions {
  /** cobra's SetInterspersed(false): the first positional argument ends the flags. */
  stopAtFirstArg?: boolean;
  /** Whether -h means --help (cobra adds it unless a command owns -h, like run's --hostname). */
  shortHelp?: boolean;
  /** The root command's -h is deprecated (a warning on stderr). */
  shortHelpDeprecated?: boolean;
}

const HELP: FlagSpec = { long: 'help', type: 'bool', description: 'Print usage', emulated: true };

/** How pflag names a flag in value errors: `"-m, --memory"` or `"--cpus"`. */
export function flagDisplayName(f: FlagSpec): string {
  return f.short ? `-${f.short}, --${f.long}` : `--${f.long}`;
}

const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

export function parseGoBool(s: string): boolean | undefined {
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return undefined;
}

/** strconv.ParseInt(s, 0, 64) as pflag's int flags use it. */
export function parseGoInt(
  s: string,
  unsigned = false,
): { ok: true; value: number } | { ok: false; reason: string } {
  const fn = unsigned ? 'strconv.ParseUint' : 'strconv.ParseInt';
  const syntax = {
    ok: false as const,
    reason: `${fn}: parsing ${JSON.stringify(s)}: invalid syntax`,
  };
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+|0[bB][01_]+|[1-9][0-9_]*|0)$/.exec(s);
  if (!m || (unsigned && m[1] !== '') || /__|_$|^[+-]?_/.test(s)) return syntax;
  const body = (m[2] ?? '').replace(/_/g, '');
  let value: number;
  if (/^0[xX]/.test(body)) value = parseInt(body.slice(2), 16);
  else if (/^0[bB]/.test(body)) value = parseInt(body.slice(2), 2);
  else if (/^0[oO]/.test(body)) value = parseInt(body.slice(2), 8);
  else if (body.length > 1 && body.startsWith('0')) value = parseInt(body.slice(1), 8);
  else value = parseInt(body, 10);
  if (m[1] === '-') value = -value;
  if (!Number.isSafeInteger(value) || Math.abs(value) > 2 ** 63) {
    return { ok: false, reason: `${fn}: parsing ${JSON.stringify(s)}: value out of range` };
  }
  return { ok: true, value };
}

/** Checks and converts a raw value; value parsers for sizes, durations and decimals are injected. */
export type ValueParsers = {
  bytes(s: string): { ok: true; value: number } | { ok: false; error: string };
  duration(s: string): { ok: true; value: number } | { ok: false; error: string };
  decimal(s: string): { ok: true; value: number } | { ok: false; error: string };
};

function convert(
  f: FlagSpec,
  raw: string,
  parsers: ValueParsers,
): { ok: true; value: FlagValue } | { ok: false; reason: string } {
  switch (f.type) {
    case 'bool': {
      const b = parseGoBool(raw);
      return b === undefined
        ? { ok: false, reason: `strconv.ParseBool: parsing ${JSON.stringify(raw)}: invalid syntax` }
        : { ok: true, value: b };
    }
    case 'int':
    case 'uint': {
      const r = parseGoInt(raw, f.type === 'uint');
      return r.ok ? r : { ok: false, reason: r.reason };
    }
    case 'float': {
      const n = Number(raw);
      return raw.trim() !== '' && Number.isFinite(n)
        ? { ok: true, value: n }
        : {
            ok: false,
            reason: `strconv.ParseFloat: parsing ${JSON.stringify(raw)}: invalid syntax`,
          };
    }
    case 'bytes':
    case 'duration':
    case 'decimal': {
      const r = parsers[f.type](raw);
      return r.ok ? { ok: true, value: raw } : { ok: false, reason: r.error };
    }
    default:
      return { ok: true, value: raw };
  }
}

function store(flags: ParsedFlags, f: FlagSpec, value: FlagValue): void {
  flags.given.push(f.long);
  if (f.type === 'stringArray' || f.type === 'stringSlice') {
    const prev = flags.values[f.long];
    const list = Array.isArray(prev) ? prev : [];
    const add =
      f.type === 'stringSlice' && typeof value === 'string' ? value.split(',') : [String(value)];
    flags.values[f.long] = [...list, ...add];
  } else flags.values[f.long] = value;
}

export function parseArgs(
  specs: readonly FlagSpec[],
  argv: readonly string[],
  parsers: ValueParsers,
  opts: ParseOptions = {},
): ParseOutcome {
  const all = specs.some((s) => s.long === 'help')
    ? [...specs]
    : [...specs, { ...HELP, ...(opts.shortHelp ? { short: 'h' } : {}) }];
  const byLong = new Map(all.map((s) => [s.long, s]));
  const byShort = new Map(all.filter((s) => s.short).map((s) => [s.short as string, s]));
  const flags: ParsedFlags = { values: {}, given: [] };
  const args: string[] = [];
  let deprecatedShortHelp = false;
  const setValue = (f: FlagSpec, raw: string): FlagError | undefined => {
    const conv = convert(f, raw, parsers);
    if (!conv.ok) return { kind: 'invalid-value', flag: f, value: raw, reason: conv.reason };
    store(flags, f, conv.value);
    return undefined;
  };
  let i = 0;
  while (i < argv.length) {
    const a = argv[i] ?? '';
    i++;
    if (a === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      args.push(a);
      if (opts.stopAtFirstArg) {
        args.push(...argv.slice(i));
        break;
      }
      continue;
    }
    if (a.startsWith('--')) {
      const body = a.slice(2);
      if (body.startsWith('-') || body.startsWith('='))
        return { ok: false, error: { kind: 'bad-flag-syntax', text: a } };
      const eq = body.indexOf('=');
      const name = eq >= 0 ? body.slice(0, eq) : body;
      const f = byLong.get(name);
      if (!f) return { ok: false, error: { kind: 'unknown-flag', text: `--${name}` } };
      let raw: string;
      if (eq >= 0) raw = body.slice(eq + 1);
      else if (f.type === 'bool') raw = 'true';
      else if (i < argv.length) raw = argv[i++] ?? '';
      else return { ok: false, error: { kind: 'needs-argument', long: name } };
      const err = setValue(f, raw);
      if (err) return { ok: false, error: err };
      continue;
    }
    let shorthands = a.slice(1);
    while (shorthands.length > 0) {
      const c = shorthands[0] ?? '';
      const f = byShort.get(c);
      if (!f) return { ok: false, error: { kind: 'unknown-shorthand', char: c, rest: shorthands } };
      let raw: string;
      let consumedRest = false;
      if (shorthands.length > 2 && shorthands[1] === '=') {
        raw = shorthands.slice(2);
        consumedRest = true;
      } else if (f.type === 'bool') raw = 'true';
      else if (shorthands.length > 1) {
        raw = shorthands.slice(1);
        consumedRest = true;
      } else if (i < argv.length) raw = argv[i++] ?? '';
      else return { ok: false, error: { kind: 'needs-argument', char: c, rest: shorthands } };
      if (f.long === 'help' && c === 'h' && opts.shortHelpDeprecated) deprecatedShortHelp = true;
      const err = setValue(f, raw);
      if (err) return { ok: false, error: err };
      shorthands = consumedRest ? '' : shorthands.slice(1);
    }
  }
  const help = flags.values.help === true;
  return { ok: true, flags, args, help, deprecatedShortHelp };
}

/** pflag's wording of a parse error (the first line of cobra's flag error). */
export function describeFlagError(e: FlagError): string {
  switch (e.kind) {
    case 'unknown-flag':
      return `unknown flag: ${e.text}`;
    case 'unknown-shorthand':
      return `unknown shorthand flag: '${e.char}' in -${e.rest}`;
    case 'needs-argument':
      return e.long !== undefined
        ? `flag needs an argument: --${e.long}`
        : `flag needs an argument: '${e.char}' in -${e.rest}`;
    case 'invalid-value':
      return `invalid argument ${JSON.stringify(e.value)} for ${JSON.stringify(flagDisplayName(e.flag))} flag: ${e.reason}`;
    case 'bad-flag-syntax':
      return `bad flag syntax: ${e.text}`;
  }
}
