// Parser edge cases, compared with pflag's behaviour and wording.
import { describe, expect, it } from 'vitest';
import type { FlagSpec } from '../command.ts';
import { describeFlagError, parseArgs, parseGoInt } from './flags.ts';
import { VALUE_PARSERS } from '../values.ts';

const f = (long: string, type: FlagSpec['type'], short?: string): FlagSpec => ({
  long,
  type,
  description: '',
  emulated: true,
  ...(short ? { short } : {}),
});
const SPECS = [
  f('detach', 'bool', 'd'),
  f('interactive', 'bool', 'i'),
  f('tty', 'bool', 't'),
  f('publish', 'stringArray', 'p'),
  f('name', 'string'),
  f('env', 'stringArray', 'e'),
  f('memory', 'bytes', 'm'),
  f('rm', 'bool'),
  f('last', 'int', 'n'),
  f('cpus', 'decimal'),
];
const parse = (argv: string[], stop = false) =>
  parseArgs(SPECS, argv, VALUE_PARSERS, { stopAtFirstArg: stop, shortHelp: true });

describe('pflag parsing', () => {
  it('combines short flags and attaches values', () => {
    const r = parse(['-dit', '-p8080:80', '-p', '81:80', 'nginx']);
    expect(r.ok && r.flags.values).toEqual({
      detach: true,
      interactive: true,
      tty: true,
      publish: ['8080:80', '81:80'],
    });
    expect(r.ok && r.args).toEqual(['nginx']);
  });

  it('takes --flag=value, --flag value, -n=3 and bool =false', () => {
    const r = parse(['--name=web', '--env', 'A=1', '-n=3', '--rm=false', 'x']);
    expect(r.ok && r.flags.values).toEqual({ name: 'web', env: ['A=1'], last: 3, rm: false });
  });

  it('stops at the first argument when not interspersed, and at --', () => {
    const r = parse(['-d', 'busybox', 'ls', '-la', '--rm'], true);
    expect(r.ok && r.args).toEqual(['busybox', 'ls', '-la', '--rm']);
    const s = parse(['--', '-d', 'x']);
    expect(s.ok && s.args).toEqual(['-d', 'x']);
    const t = parse(['a', '-d', 'b']);
    expect(t.ok && t.args).toEqual(['a', 'b']);
  });

  it('a value may start with a dash', () => {
    const r = parse(['--name', '-x']);
    expect(r.ok && r.flags.values.name).toBe('-x');
  });

  it('words errors as pflag does', () => {
    const msg = (argv: string[]) => {
      const r = parse(argv);
      return r.ok ? '' : describeFlagError(r.error);
    };
    expect(msg(['--foo'])).toBe('unknown flag: --foo');
    expect(msg(['-z'])).toBe("unknown shorthand flag: 'z' in -z");
    expect(msg(['-dz'])).toBe("unknown shorthand flag: 'z' in -z");
    expect(msg(['-zd'])).toBe("unknown shorthand flag: 'z' in -zd");
    expect(msg(['--name'])).toBe('flag needs an argument: --name');
    expect(msg(['-p'])).toBe("flag needs an argument: 'p' in -p");
    expect(msg(['-m', '10x'])).toBe(
      'invalid argument "10x" for "-m, --memory" flag: invalid suffix: \'x\'',
    );
    expect(msg(['--cpus', 'abc'])).toBe(
      'invalid argument "abc" for "--cpus" flag: failed to parse abc as a rational number',
    );
    expect(msg(['-n', 'abc'])).toBe(
      'invalid argument "abc" for "-n, --last" flag: strconv.ParseInt: parsing "abc": invalid syntax',
    );
    expect(msg(['--rm=maybe'])).toBe(
      'invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    );
    expect(msg(['---x'])).toBe('bad flag syntax: ---x');
  });

  it('recognises --help and -h', () => {
    expect(parse(['--help']).ok && parse(['--help'])).toMatchObject({ help: true });
    expect(parse(['-h'])).toMatchObject({ ok: true, help: true });
  });

  it('parses Go integers', () => {
    expect(parseGoInt('0x10')).toEqual({ ok: true, value: 16 });
    expect(parseGoInt('-5')).toEqual({ ok: true, value: -5 });
    expect(parseGoInt('1_000')).toEqual({ ok: true, value: 1000 });
    expect(parseGoInt('1.5').ok).toBe(false);
  });
});
