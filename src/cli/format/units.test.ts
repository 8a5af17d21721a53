// Tests of go-units and Go duration parsing/printing.
import { describe, expect, it } from 'vitest';
import {
  bytesSize,
  formatGoDuration,
  goUnitsHumanSize,
  humanDuration,
  humanSize,
  humanSizeWithPrecision,
  parseGoDuration,
  parseHumanSize,
  parseSize,
} from './units.ts';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;

describe('humanDuration', () => {
  it.each([
    [0, 'Less than a second'],
    [999, 'Less than a second'],
    [1000, '1 second'],
    [1999, '1 second'],
    [17 * S, '17 seconds'],
    [59 * S + 999, '59 seconds'],
    [60 * S, 'About a minute'],
    [119 * S, 'About a minute'],
    [2 * MIN, '2 minutes'],
    [59 * MIN + 59 * S, '59 minutes'],
    [60 * MIN, 'About an hour'],
    [89 * MIN, 'About an hour'],
    [90 * MIN, '2 hours'],
    [47 * H, '47 hours'],
    [48 * H, '2 days'],
    [13 * 24 * H, '13 days'],
    [14 * 24 * H, '2 weeks'],
    [59 * 24 * H, '8 weeks'],
    [60 * 24 * H, '2 months'],
    [729 * 24 * H, '24 months'],
    [730 * 24 * H, '2 years'],
    [3 * 365 * 24 * H + 5 * H, '3 years'],
  ])('%d ms → %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
});

describe('sizes', () => {
  it.each([
    [0, '0B'],
    [999, '999B'],
    [1000, '1kB'],
    [10_100, '10.1kB'],
    [1090, '1.09kB'],
    [1_990_000, '1.99MB'],
    [148_000_000, '148MB'],
    [173_300_000, '173MB'],
    [999_700, '1e+03kB'],
    [1125, '1.12kB'], // an exact tie rounds to even, as Go does
    [1135, '1.14kB'],
  ])('humanSize(%d) = %s', (n, text) => {
    expect(humanSize(n)).toBe(text);
  });

  it('HumanSize proper uses 4 digits', () => {
    expect(goUnitsHumanSize(573_500_000)).toBe('573.5MB');
    expect(goUnitsHumanSize(7806)).toBe('7.806kB');
    expect(goUnitsHumanSize(160)).toBe('160B');
    expect(humanSizeWithPrecision(247_800_000, 4)).toBe('247.8MB');
  });

  it.each([
    [0, '0B'],
    [332 * 1024, '332KiB'],
    [2.824 * 1024 * 1024, '2.824MiB'],
    [256 * 1024 * 1024, '256MiB'],
    [23.54 * 1024 ** 3, '23.54GiB'],
    [1023, '1023B'],
    [1024, '1KiB'],
  ])('bytesSize(%d) = %s', (n, text) => {
    expect(bytesSize(n)).toBe(text);
  });
});

describe('parseSize (RAMInBytes)', () => {
  it.each([
    ['256m', 268435456],
    ['1g', 1073741824],
    ['512k', 524288],
    ['10b', 10],
    ['10', 10],
    ['1.5m', 1572864],
    ['6MB', 6 * 1024 * 1024],
    ['2MiB', 2 * 1024 * 1024],
    ['10 m', 10 * 1024 * 1024],
    ['0', 0],
  ])('%s → %d', (s, n) => {
    expect(parseSize(s)).toEqual({ ok: true, value: n });
  });

  it.each([
    ['10x', "invalid suffix: 'x'"],
    ['10mi', "invalid suffix: 'mi'"],
    ['10bb', "invalid suffix: 'bb'"],
    ['10KIX', "invalid suffix: 'kix'"],
    ['10abcd', "invalid suffix: 'abcd'"],
    ['abc', "invalid size: 'abc'"],
    ['', "invalid size: ''"],
    ['-1', "invalid size: '-1'"],
    ['1.2.3m', 'strconv.ParseFloat: parsing "1.2.3": invalid syntax'],
    ['1e999', 'strconv.ParseFloat: parsing "1e999": value out of range'],
  ])('%s → %s', (s, error) => {
    expect(parseSize(s)).toEqual({ ok: false, error });
  });

  it('FromHumanSize is decimal', () => {
    expect(parseHumanSize('1k')).toEqual({ ok: true, value: 1000 });
  });
});

describe('Go durations', () => {
  it.each([
    ['10s', 10_000],
    ['1m30s', 90_000],
    ['500ms', 500],
    ['1.5h', 5_400_000],
    ['0', 0],
    ['-2s', -2000],
    ['+3m', 180_000],
    ['1h2m3s4ms', 3_723_004],
    ['.5s', 500],
    ['1000us', 1],
    ['2µs', 0.002],
  ])('parse %s → %d ms', (s, ms) => {
    expect(parseGoDuration(s)).toEqual({ ok: true, value: ms });
  });

  it.each([
    ['abc', 'time: invalid duration "abc"'],
    ['', 'time: invalid duration ""'],
    ['10', 'time: missing unit in duration "10"'],
    ['10x', 'time: unknown unit "x" in duration "10x"'],
    ['1.s.', 'time: invalid duration "1.s."'],
    ['.s', 'time: invalid duration ".s"'],
    ['-', 'time: invalid duration "-"'],
    ['5é', 'time: unknown unit "\\xc3\\xa9" in duration "5\\xc3\\xa9"'],
    ['9999999999h', 'time: invalid duration "9999999999h"'],
  ])('parse %s fails with %s', (s, error) => {
    expect(parseGoDuration(s)).toEqual({ ok: false, error });
  });

  it.each([
    [0, '0s'],
    [10_000, '10s'],
    [90_000, '1m30s'],
    [500, '500ms'],
    [1.5, '1.5ms'],
    [0.0015, '1.5µs'],
    [0.0000001, '0s'],
    [3_723_500, '1h2m3.5s'],
    [7_200_000, '2h0m0s'],
    [-1500, '-1.5s'],
  ])('format %d ms → %s', (ms, text) => {
    expect(formatGoDuration(ms)).toBe(text);
  });
});
