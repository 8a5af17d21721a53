// Commands that depend on the engine or on the image's userland (GNU or BusyBox wording): ls, ps, id, uname…
import type { Engine, LayeredFs, RealEntry } from '../engine/index.ts';
import { normalizePath, toCivil } from '../engine/index.ts';
import { t } from '../i18n/fr.ts';
import type { HostCommand, HostCommandResult } from './bash.ts';

export type Userland = 'gnu' | 'busybox';

export interface CommandEnv {
  engine: Engine;
  containerId: string;
  userland: Userland;
  /** Whether stdout of this line is the terminal (for `ls` columns). */
  tty: () => boolean;
  /** The terminal's size now (it follows resizes). */
  columns: number;
  rows: number;
  user: { uid: number; gid: number; name: string };
}

const result = (stdout: string, stderr = '', exitCode = 0): HostCommandResult => ({
  stdout,
  stderr,
  exitCode,
});

function view(env: CommandEnv): LayeredFs | undefined {
  const v = env.engine.fs.view(env.containerId);
  return v.ok ? v.value.fs : undefined;
}

/** Names of uids and gids from the container's /etc/passwd and /etc/group. */
function names(fs: LayeredFs, file: string): Map<number, string> {
  const map = new Map<number, string>();
  const e = fs.get(file)?.entry;
  if (e?.kind !== 'file') return map;
  for (const line of e.content.split('\n')) {
    const [name, , id] = line.split(':');
    if (name && id !== undefined && /^\d+$/.test(id) && !map.has(Number(id)))
      map.set(Number(id), name);
  }
  return map;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ls's date column: "Nov 27 19:33", or "Sep 27  2025" when older than six months or in the future. */
function lsDate(ms: number, now: number): string {
  const c = toCivil(ms);
  const day = String(c.day).padStart(2, ' ');
  const recent = ms <= now + 60_000 && now - ms < 182.5 * 24 * 3600 * 1000;
  const tail = recent
    ? `${String(c.hour).padStart(2, '0')}:${String(c.minute).padStart(2, '0')}`
    : ` ${c.year}`;
  return `${MONTHS[c.month - 1]} ${day} ${tail}`;
}

function modeString(e: RealEntry): string {
  const type = e.kind === 'file' ? '-' : e.kind === 'symlink' ? 'l' : 'd';
  const m = e.mode;
  const bit = (b: number, ch: string) => (m & b ? ch : '-');
  let s =
    type +
    bit(0o400, 'r') +
    bit(0o200, 'w') +
    bit(0o100, 'x') +
    bit(0o040, 'r') +
    bit(0o020, 'w') +
    bit(0o010, 'x') +
    bit(0o004, 'r') +
    bit(0o002, 'w') +
    bit(0o001, 'x');
  if (m & 0o1000) s = s.slice(0, 9) + (m & 0o001 ? 't' : 'T');
  return s;
}

const byteLength = (s: string) => new TextEncoder().encode(s).length;

function sizeOf(e: RealEntry): number {
  if (e.kind === 'file') return byteLength(e.content);
  if (e.kind === 'symlink') return e.target.length;
  return 4096;
}

function humanLs(n: number): string {
  if (n < 1024) return String(n);
  const units = ['K', 'M', 'G', 'T'];
  let v = n;
  let i = -1;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return (v < 10 ? (Math.ceil(v * 10) / 10).toFixed(1) : String(Math.ceil(v))) + units[i];
}

/** C-locale order (bytewise), as in an image without LANG. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface LsItem {
  name: string;
  path: string;
  entry: RealEntry;
}

/** `ls` of GNU coreutils or BusyBox: -a -A -l -1 -d -h -r -R -F, columns on a terminal. */
export function lsCommand(env: CommandEnv): HostCommand {
  return async (args, ctx) => {
    const fs = view(env);
    if (!fs) return result('', "ls: cannot access '/': No such file or directory\n", 2);
    const flags = new Set<string>();
    const operands: string[] = [];
    let endOfFlags = false;
    for (const a of args) {
      if (!endOfFlags && a === '--') endOfFlags = true;
      else if (!endOfFlags && a.startsWith('--') && a.length > 2) {
        if (a === '--all') flags.add('a');
        else if (a === '--almost-all') flags.add('A');
        else if (a === '--human-readable') flags.add('h');
        else if (a === '--directory') flags.add('d');
        else if (a === '--reverse') flags.add('r');
        else if (a === '--recursive') flags.add('R');
        else if (a.startsWith('--color')) continue;
        else {
          return env.userland === 'gnu'
            ? result(
                '',
                `ls: unrecognized option '${a}'\nTry 'ls --help' for more information.\n`,
                2,
              )
            : result(
                '',
                `ls: unrecognized option '${a}'\nBusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: ls [-1AaCxdLHRFplinshrSXvctu] [-w WIDTH] [FILE]...\n`,
                1,
              );
        }
      } else if (!endOfFlags && a.startsWith('-') && a.length > 1) {
        for (const ch of a.slice(1)) {
          if (!'aAl1dhrRFCtSiLns'.includes(ch)) {
            return env.userland === 'gnu'
              ? result(
                  '',
                  `ls: invalid option -- '${ch}'\nTry 'ls --help' for more information.\n`,
                  2,
                )
              : result(
                  '',
                  `ls: invalid option -- '${ch}'\nBusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: ls [-1AaCxdLHRFplinshrSXvctu] [-w WIDTH] [FILE]...\n`,
                  1,
                );
          }
          flags.add(ch);
        }
      } else operands.push(a);
    }
    const long = flags.has('l') || flags.has('n');
    const one = flags.has('1') || (!env.tty() && !flags.has('C'));
    const showAll = flags.has('a');
    const almostAll = flags.has('A');
    const now = env.engine.now();
    const users = names(fs, '/etc/passwd');
    const groups = names(fs, '/etc/group');
    const gnu = env.userland === 'gnu';
    let stderr = '';
    let status = 0;
    const missing = (p: string) => {
      stderr += gnu
        ? `ls: cannot access '${p}': No such file or directory\n`
        : `ls: ${p}: No such file or directory\n`;
      status = gnu ? 2 : 1;
    };
    const suffix = (e: RealEntry) =>
      flags.has('F')
        ? e.kind === 'dir' || e.kind === 'opaque'
          ? '/'
          : e.kind === 'symlink'
            ? '@'
            : e.kind === 'file' && e.mode & 0o111
              ? '*'
              : ''
        : '';
    const order = (items: LsItem[]) => {
      items.sort((a, b) => cmp(a.name, b.name));
      if (flags.has('t')) items.sort((a, b) => b.entry.mtime - a.entry.mtime);
      if (flags.has('S')) items.sort((a, b) => sizeOf(b.entry) - sizeOf(a.entry));
      if (flags.has('r')) items.reverse();
      return items;
    };
    const render = (items: LsItem[], withTotal: boolean): string => {
      if (long) {
        const rows = items.map((it) => {
          const e = it.entry;
          const links =
            e.kind === 'dir' || e.kind === 'opaque'
              ? 2 +
                fs.list(it.path).filter((n) => {
                  const c = fs.raw(it.path === '/' ? `/${n}` : `${it.path}/${n}`);
                  return c?.kind === 'dir' || c?.kind === 'opaque';
                }).length
              : 1;
          const owner = flags.has('n') ? String(e.uid) : (users.get(e.uid) ?? String(e.uid));
          const group = flags.has('n') ? String(e.gid) : (groups.get(e.gid) ?? String(e.gid));
          const size = flags.has('h') ? humanLs(sizeOf(e)) : String(sizeOf(e));
          const name = e.kind === 'symlink' ? `${it.name} -> ${e.target}` : it.name + suffix(e);
          return {
            mode: modeString(e),
            links: String(links),
            owner,
            group,
            size,
            date: lsDate(e.mtime, now),
            name,
          };
        });
        const w = (k: 'links' | 'owner' | 'group' | 'size') =>
          Math.max(0, ...rows.map((r) => r[k].length));
        let out = '';
        if (withTotal) {
          const blocks = items.reduce((s, it) => {
            const e = it.entry;
            if (e.kind === 'dir' || e.kind === 'opaque') return s + 4;
            if (e.kind === 'file') return s + Math.ceil(byteLength(e.content) / 4096) * 4;
            return s;
          }, 0);
          out += `total ${flags.has('h') ? humanLs(blocks * 1024) : blocks}\n`;
        }
        for (const r of rows) {
          out += gnu
            ? `${r.mode} ${r.links.padStart(w('links'))} ${r.owner.padEnd(w('owner'))} ${r.group.padEnd(w('group'))} ${r.size.padStart(w('size'))} ${r.date} ${r.name}\n`
            : `${r.mode} ${r.links.padStart(4)} ${r.owner.padEnd(8)} ${r.group.padEnd(8)} ${r.size.padStart(9)} ${r.date} ${r.name}\n`;
        }
        return out;
      }
      const labels = items.map((it) => it.name + suffix(it.entry));
      if (one || labels.length === 0) return labels.map((l) => `${l}\n`).join('');
      return columns(labels, env.columns);
    };
    const listDir = (path: string, label: string | undefined, depth: number): string => {
      let out = label !== undefined ? `${label}:\n` : '';
      const items: LsItem[] = [];
      if (showAll) {
        const self = fs.get(path)?.entry;
        if (self) items.push({ name: '.', path, entry: self });
        const parent = fs.get(normalizePath('..', path))?.entry;
        if (parent) items.push({ name: '..', path: normalizePath('..', path), entry: parent });
      }
      for (const name of fs.list(path)) {
        if (name.startsWith('.') && !showAll && !almostAll) continue;
        const child = path === '/' ? `/${name}` : `${path}/${name}`;
        const e = fs.raw(child);
        if (e) items.push({ name, path: child, entry: e });
      }
      out += render(order(items), true);
      if (flags.has('R') && depth < 32) {
        for (const it of items) {
          if (
            (it.entry.kind === 'dir' || it.entry.kind === 'opaque') &&
            it.name !== '.' &&
            it.name !== '..'
          )
            out += `\n${listDir(it.path, it.path, depth + 1)}`;
        }
      }
      return out;
    };
    const targets = operands.length ? operands : ['.'];
    const files: LsItem[] = [];
    const dirs: { label: string; path: string }[] = [];
    for (const op of targets) {
      const abs = normalizePath(op, ctx.cwd);
      const hit = fs.get(abs, !long || flags.has('L') || op.endsWith('/'));
      if (!hit) {
        missing(op);
        continue;
      }
      const isDir = hit.entry.kind === 'dir' || hit.entry.kind === 'opaque';
      if (isDir && !flags.has('d')) dirs.push({ label: op, path: hit.path });
      else files.push({ name: op, path: hit.path, entry: hit.entry });
    }
    let out = render(order(files), false);
    const many = targets.length > 1 || flags.has('R');
    dirs.sort((a, b) => cmp(a.label, b.label));
    dirs.forEach((d, i) => {
      if (out !== '' || i > 0) out += '\n';
      out += listDir(d.path, many ? d.label : undefined, 0);
    });
    return result(out, stderr, status);
  };
}

/** GNU ls -C: names down the columns, as many columns as fit the width, two spaces apart. */
export function columns(labels: string[], width: number): string {
  const lens = labels.map((l) => [...l].length);
  let best = 1;
  for (let cols = labels.length; cols >= 1; cols--) {
    const rows = Math.ceil(labels.length / cols);
    let total = 0;
    for (let c = 0; c < cols; c++) {
      const slice = lens.slice(c * rows, (c + 1) * rows);
      if (slice.length === 0) continue;
      total += Math.max(...slice) + (c < cols - 1 ? 2 : 0);
    }
    if (total < width || cols === 1) {
      best = cols;
      break;
    }
  }
  const rows = Math.ceil(labels.length / best);
  const widths: number[] = [];
  for (let c = 0; c < best; c++) widths.push(Math.max(0, ...lens.slice(c * rows, (c + 1) * rows)));
  let out = '';
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < best; c++) {
      const i = c * rows + r;
      if (i >= labels.length) break;
      cells.push(labels[i] as string);
    }
    out +=
      cells
        .map((cell, c) =>
          c < cells.length - 1 ? cell + ' '.repeat((widths[c] ?? 0) - [...cell].length + 2) : cell,
        )
        .join('') + '\n';
  }
  return out;
}

/** BusyBox `ps` (busybox and alpine images): PID 1 is the main process, then exec'd processes. */
export function psCommand(env: CommandEnv): HostCommand {
  return async () => {
    const c = env.engine.state.containers[env.containerId];
    if (!c) return result('');
    const fs = view(env);
    const users = fs ? names(fs, '/etc/passwd') : new Map<number, string>();
    const base = c.state.pid || 1;
    const rows = c.processes.map((p) => ({
      pid: Math.max(1, p.pid - base + 1),
      user: users.get(p.uid) ?? String(p.uid),
      cmd: p.argv.join(' '),
    }));
    const next = Math.max(1, ...rows.map((r) => r.pid)) + 1;
    rows.push({ pid: next, user: env.user.name, cmd: 'ps' });
    let out = 'PID   USER     TIME  COMMAND\n';
    for (const r of rows)
      out += `${String(r.pid).padStart(5)} ${r.user.padEnd(8)}  0:00 ${r.cmd}\n`;
    return result(out);
  };
}

export function idCommand(env: CommandEnv): HostCommand {
  return async (args) => {
    const fs = view(env);
    const users = fs ? names(fs, '/etc/passwd') : new Map<number, string>();
    const groups = fs ? names(fs, '/etc/group') : new Map<number, string>();
    const { uid, gid } = env.user;
    const u = users.get(uid);
    const g = groups.get(gid);
    if (args.includes('-u')) return result(`${args.includes('-n') ? (u ?? uid) : uid}\n`);
    if (args.includes('-g')) return result(`${args.includes('-n') ? (g ?? gid) : gid}\n`);
    const fmt = (id: number, name: string | undefined) => (name ? `${id}(${name})` : String(id));
    let groupsList = fmt(gid, g);
    if (env.userland === 'busybox' && uid === 0) groupsList += ',10(wheel)';
    return result(`uid=${fmt(uid, u)} gid=${fmt(gid, g)} groups=${groupsList}\n`);
  };
}

export function whoamiCommand(env: CommandEnv): HostCommand {
  return async () => result(`${env.user.name}\n`);
}

export function hostnameCommand(env: CommandEnv): HostCommand {
  return async () => {
    const c = env.engine.state.containers[env.containerId];
    return result(`${c?.config.hostname ?? 'localhost'}\n`);
  };
}

/** `stty size` on the session's terminal (rows then columns); the rest of stty is not emulated. */
export function sttyCommand(env: CommandEnv): HostCommand {
  return async (args) => {
    if (args.length !== 1 || args[0] !== 'size')
      return result('', `${t('container.programNotSimulated', { program: 'stty' })}\n`, 1);
    if (!env.tty()) {
      const message =
        env.userland === 'gnu'
          ? "stty: 'standard input': Inappropriate ioctl for device\n"
          : 'stty: standard input: Not a tty\n';
      return result('', message, 1);
    }
    return result(`${env.rows} ${env.columns}\n`);
  };
}

export function unameCommand(env: CommandEnv): HostCommand {
  return async (args) => {
    const c = env.engine.state.containers[env.containerId];
    const kernel = env.engine.state.host.kernel ?? '6.8.0-88-generic';
    const fields = {
      s: 'Linux',
      n: c?.config.hostname ?? 'localhost',
      r: kernel,
      v: '#89-Ubuntu SMP PREEMPT_DYNAMIC Sat Oct 11 01:02:46 UTC 2025',
      m: 'x86_64',
      o: env.userland === 'gnu' ? 'GNU/Linux' : 'Linux',
    };
    const want = new Set<string>();
    for (const a of args) {
      if (a === '-a' || a === '--all') 'snrvmo'.split('').forEach((f) => want.add(f));
      else if (/^-[snrvmopi]+$/.test(a))
        a.slice(1)
          .split('')
          .forEach((f) => want.add(f));
      else
        return result(
          '',
          `uname: extra operand '${a}'\nTry 'uname --help' for more information.\n`,
          1,
        );
    }
    if (want.size === 0) want.add('s');
    const out = (['s', 'n', 'r', 'v', 'm', 'o'] as const)
      .filter((k) => want.has(k))
      .map((k) => fields[k]);
    return result(`${out.join(' ')}\n`);
  };
}

/**
 * `wget` (BusyBox) or `curl` (the nginx image's) over the engine's network, as the container's own binary:
 * names resolve as on its networks, files land in its filesystem, requests show in the server's access log.
 */
export function networkToolCommand(env: CommandEnv, name: 'wget' | 'curl'): HostCommand {
  return async (args, ctx) => {
    const r = env.engine.network.runTool(env.containerId, [name, ...args], ctx.cwd);
    return result(r.stdout, r.stderr, r.exitCode);
  };
}

/** BusyBox wording for the few messages learners meet most (cat, rm, mkdir). */
export function busyboxCat(env: CommandEnv): HostCommand {
  return async (args, ctx) => {
    const fs = view(env);
    let out = '';
    let err = '';
    let status = 0;
    const files = args.filter((a) => a !== '-' && !a.startsWith('-'));
    if (files.length === 0) return result(ctx.stdin);
    for (const f of files) {
      const hit = fs?.get(normalizePath(f, ctx.cwd));
      if (!hit) {
        err += `cat: can't open '${f}': No such file or directory\n`;
        status = 1;
      } else if (hit.entry.kind !== 'file') {
        err += `cat: read error: Is a directory\n`;
        status = 1;
      } else out += hit.entry.content;
    }
    return result(out, err, status);
  };
}
