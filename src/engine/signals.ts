// Linux signal names and numbers as `docker kill -s` accepts them (names with or without SIG, or numbers).

export const SIGNALS: Readonly<Record<string, number>> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGTRAP: 5,
  SIGABRT: 6,
  SIGIOT: 6,
  SIGBUS: 7,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGSEGV: 11,
  SIGUSR2: 12,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
  SIGSTKFLT: 16,
  SIGCHLD: 17,
  SIGCLD: 17,
  SIGCONT: 18,
  SIGSTOP: 19,
  SIGTSTP: 20,
  SIGTTIN: 21,
  SIGTTOU: 22,
  SIGURG: 23,
  SIGXCPU: 24,
  SIGXFSZ: 25,
  SIGVTALRM: 26,
  SIGPROF: 27,
  SIGWINCH: 28,
  SIGIO: 29,
  SIGPOLL: 29,
  SIGPWR: 30,
  SIGSYS: 31,
  SIGRTMIN: 34,
  SIGRTMAX: 64,
};

const BY_NUMBER: Record<number, string> = {};
for (const [name, num] of Object.entries(SIGNALS)) if (!(num in BY_NUMBER)) BY_NUMBER[num] = name;

export interface Signal {
  name: string;
  number: number;
}

/** Parses "SIGTERM", "TERM", "term", "15" as moby's signal.ParseSignal does; undefined if invalid. */
export function parseSignal(raw: string): Signal | undefined {
  if (/^\d+$/.test(raw)) {
    const n = Number(raw);
    if (n < 1 || n > 64) return undefined;
    return { name: BY_NUMBER[n] ?? `SIGRTMIN+${n - 34}`, number: n };
  }
  const upper = raw.toUpperCase();
  const name = upper.startsWith('SIG') ? upper : `SIG${upper}`;
  const number = SIGNALS[name];
  if (number === undefined) return undefined;
  return { name: BY_NUMBER[number] ?? name, number };
}

export function signalName(n: number): string {
  return BY_NUMBER[n] ?? `SIG${n}`;
}

/** Signals whose default action is to ignore (they never kill, even outside PID 1). */
export const IGNORED_BY_DEFAULT: ReadonlySet<number> = new Set([17, 18, 23, 28]);
