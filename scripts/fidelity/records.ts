// Reference records: loading, which ones are scored, the target groups, and the input TTY records were given.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface TranscriptRecord {
  id: string;
  section: string;
  command: string;
  stdout: string;
  stderr: string;
  exit_code: number | null;
  notes: string;
  mode: 'pipe' | 'tty';
  started_at: string;
  duration_ms: number;
  withheld?: boolean;
}

/** The project's own copies of the reference files (a clone has no ../shared). */
export const REFERENCE_DIR = fileURLToPath(new URL('../../tests/reference/', import.meta.url));
export const DEFAULT_FILES = ['engine.jsonl', 'client.jsonl'].map((f) => REFERENCE_DIR + f);

export function loadRecords(path: string): TranscriptRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = JSON.parse(l) as TranscriptRecord;
      // Withheld records carry null outputs.
      return { ...r, stdout: r.stdout ?? '', stderr: r.stderr ?? '', notes: r.notes ?? '' };
    });
}

export type Scoring =
  /** Compared with the emulator's output. */
  | 'scored'
  /** Output withheld: replayed for its effect only. */
  | 'withheld'
  /** An artefact of the offline recording (no Docker Hub): replayed, not scored. */
  | 'offline'
  /** Needs a stopped daemon: neither replayed nor scored. */
  | 'nodaemon'
  /** Recorded in a pseudo-terminal: replayed with its typed input, not scored. */
  | 'tty';

export function scoringOf(r: TranscriptRecord): Scoring {
  if (r.section === 'nodaemon' || r.stderr.includes('Cannot connect to the Docker daemon'))
    return 'nodaemon';
  if (r.withheld) return 'withheld';
  if (/OFFLINE artefact/.test(r.notes)) return 'offline';
  if (r.mode === 'tty') return 'tty';
  return 'scored';
}

export interface TargetGroup {
  key: string;
  label: string;
  /** File name the records come from. */
  file: string;
  sections: string[];
  /** The goal for this group (share of its scored records). */
  goal: number;
}

/** Issue 3's target groups (pipe-mode, scored records). */
export const TARGETS: TargetGroup[] = [
  {
    key: 'engine',
    label: 'moteur : lifecycle, ps, inspect, errors, empty, meta',
    file: 'engine.jsonl',
    sections: ['lifecycle', 'ps', 'inspect', 'errors', 'empty', 'meta'],
    goal: 0.7,
  },
  {
    key: 'time',
    label: 'programmes et temps : run, lifecycle, ps, logs, inspect, errors, empty, meta',
    file: 'engine.jsonl',
    sections: ['run', 'lifecycle', 'ps', 'logs', 'inspect', 'errors', 'empty', 'meta'],
    goal: 0.75,
  },
  {
    key: 'whole',
    label: 'référence entière : toutes les sections du moteur sauf build',
    file: 'engine.jsonl',
    sections: [
      'empty',
      'meta',
      'pull',
      'run',
      'lifecycle',
      'ps',
      'logs',
      'inspect',
      'observe',
      'exec',
      'ephemeral',
      'volumes',
      'network',
      'images',
      'errors',
      'system',
    ],
    goal: 0.85,
  },
  {
    key: 'client',
    label: 'client : help, errors-client',
    file: 'client.jsonl',
    sections: ['help', 'errors-client'],
    goal: 0.9,
  },
];

export function inTarget(group: TargetGroup, file: string, r: TranscriptRecord): boolean {
  return file.endsWith(group.file) && r.mode === 'pipe' && group.sections.includes(r.section);
}

/** `[pty 100x30]` at the start of a TTY record's notes. */
export function ptySize(notes: string): { columns: number; rows: number } {
  const m = /\[pty (\d+)x(\d+)\]/.exec(notes);
  return m ? { columns: Number(m[1]), rows: Number(m[2]) } : { columns: 80, rows: 24 };
}

export type TtyAction =
  | { kind: 'sleep'; ms: number }
  | { kind: 'type'; data: string }
  | { kind: 'host'; command: string };

/**
 * The typed input of a TTY record, from the bash snippet in its notes: `sleep N` waits, each
 * `printf "…"` types its bytes (`\r` Enter, `\003` Ctrl-C, `\020\021` the detach keys); any other
 * command (`curl …`) ran on the host meanwhile.
 */
export function ttyInput(notes: string): TtyAction[] {
  const m = /typed input \(bash snippet feeding the pty\): (.*)$/.exec(notes);
  if (!m?.[1]) return [];
  const actions: TtyAction[] = [];
  for (const part of splitTopLevel(m[1])) {
    const cmd = part.trim();
    if (cmd === '') continue;
    const sleep = /^sleep (\d+(?:\.\d+)?)$/.exec(cmd);
    const printf = /^printf "((?:[^"\\]|\\.)*)"$/.exec(cmd);
    if (sleep) actions.push({ kind: 'sleep', ms: Number(sleep[1]) * 1000 });
    else if (printf?.[1] !== undefined)
      actions.push({ kind: 'type', data: unescapePrintf(printf[1]) });
    else actions.push({ kind: 'host', command: cmd });
  }
  return actions;
}

function splitTopLevel(script: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quote: string | undefined;
  for (let i = 0; i < script.length; i++) {
    const c = script[i] as string;
    if (quote) {
      cur += c;
      if (c === '\\' && quote === '"') cur += script[++i] ?? '';
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
      cur += c;
    } else if (c === ';') {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}

/** printf's format escapes as used in the notes (within bash double quotes: `\$` is `$`). */
export function unescapePrintf(s: string): string {
  return s.replace(/\\(0[0-7]{0,3}|[0-7]{1,3}|[rnt\\$"])/g, (_, e: string) => {
    if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return { r: '\r', n: '\n', t: '\t', '\\': '\\', $: '$', '"': '"' }[e] ?? e;
  });
}
