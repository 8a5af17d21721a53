// `sleep` operands and errors as GNU coreutils and BusyBox give them: shared by the engine's programs and the shells.

/** A `sleep` duration: seconds, or `forever` for `infinity`. */
export type SleepDuration = number | 'forever';

/**
 * Parses sleep operands as GNU coreutils and BusyBox (FANCY/FLOAT_SLEEP) do: numbers with an optional
 * fraction or exponent and an s/m/h/d suffix, summed; `inf`/`infinity` sleep forever (BusyBox looks only
 * at the first operand's first three letters). Undefined when an operand is invalid or missing.
 */
export function parseSleep(args: string[], busybox: boolean): SleepDuration | undefined {
  if (args.length === 0) return undefined;
  if (busybox && /^inf/i.test(args[0] ?? '')) return 'forever';
  let total = 0;
  let forever = false;
  for (const a of args) {
    const m = /^\+?(?:((?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)|(inf(?:inity)?))([smhd]?)$/i.exec(a);
    if (!m || (busybox && /e/i.test(m[1] ?? ''))) return undefined;
    if (m[2]) forever = true;
    const mult = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[(m[3] ?? '').toLowerCase()] ?? 1;
    total += Number(m[1] ?? 0) * mult;
  }
  return forever || !Number.isFinite(total) ? 'forever' : total;
}

/** What `sleep` prints for a missing or invalid operand, in the image's userland (exit status 1). */
export function sleepUsageError(args: string[], busybox: boolean): string {
  const bad = args.find((a) => parseSleep([a], busybox) === undefined) ?? args[0];
  if (busybox) {
    return bad === undefined
      ? 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n'
      : `sleep: invalid number '${bad}'\n`;
  }
  const what = bad === undefined ? 'missing operand' : `invalid time interval '${bad}'`;
  return `sleep: ${what}\nTry 'sleep --help' for more information.\n`;
}
