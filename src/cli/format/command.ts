// The COMMAND, ID and PORTS columns of docker's tables, as the daemon and docker/cli's formatter build them.
import { goQuote } from './go-fmt.ts';

/** Whether a rune is East Asian Wide or Fullwidth (golang.org/x/text/width), i.e. two columns. */
export function isWideRune(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x231a && cp <= 0x231b) ||
    (cp >= 0x2329 && cp <= 0x232a) ||
    (cp >= 0x23e9 && cp <= 0x23ec) ||
    cp === 0x23f0 ||
    cp === 0x23f3 ||
    (cp >= 0x25fd && cp <= 0x25fe) ||
    (cp >= 0x2614 && cp <= 0x2615) ||
    (cp >= 0x2648 && cp <= 0x2653) ||
    cp === 0x267f ||
    cp === 0x2693 ||
    cp === 0x26a1 ||
    (cp >= 0x26aa && cp <= 0x26ab) ||
    (cp >= 0x26bd && cp <= 0x26be) ||
    (cp >= 0x26c4 && cp <= 0x26c5) ||
    cp === 0x26ce ||
    cp === 0x26d4 ||
    cp === 0x26ea ||
    (cp >= 0x26f2 && cp <= 0x26f3) ||
    cp === 0x26f5 ||
    cp === 0x26fa ||
    cp === 0x26fd ||
    cp === 0x2705 ||
    (cp >= 0x270a && cp <= 0x270b) ||
    cp === 0x2728 ||
    cp === 0x274c ||
    cp === 0x274e ||
    (cp >= 0x2753 && cp <= 0x2755) ||
    cp === 0x2757 ||
    (cp >= 0x2795 && cp <= 0x2797) ||
    cp === 0x27b0 ||
    cp === 0x27bf ||
    (cp >= 0x2b1b && cp <= 0x2b1c) ||
    cp === 0x2b50 ||
    cp === 0x2b55 ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe19) ||
    (cp >= 0xfe30 && cp <= 0xfe6f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x16fe0 && cp <= 0x18aff) ||
    (cp >= 0x1b000 && cp <= 0x1b2ff) ||
    cp === 0x1f004 ||
    cp === 0x1f0cf ||
    cp === 0x1f18e ||
    (cp >= 0x1f191 && cp <= 0x1f19a) ||
    (cp >= 0x1f200 && cp <= 0x1f251) ||
    (cp >= 0x1f260 && cp <= 0x1f265) ||
    (cp >= 0x1f300 && cp <= 0x1f64f && !isNarrowEmojiPresentation(cp)) ||
    (cp >= 0x1f680 && cp <= 0x1f6ff && !isNarrowEmojiPresentation(cp)) ||
    (cp >= 0x1f7e0 && cp <= 0x1f7eb) ||
    (cp >= 0x1f90c && cp <= 0x1f9ff) ||
    (cp >= 0x1fa70 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x2fffd) ||
    (cp >= 0x30000 && cp <= 0x3fffd)
  );
}

// The text-presentation symbols inside the emoji blocks are Neutral, not Wide.
function isNarrowEmojiPresentation(cp: number): boolean {
  return (
    (cp >= 0x1f321 && cp <= 0x1f32c) ||
    cp === 0x1f336 ||
    cp === 0x1f37d ||
    (cp >= 0x1f394 && cp <= 0x1f39f) ||
    (cp >= 0x1f3cb && cp <= 0x1f3ce) ||
    (cp >= 0x1f3d4 && cp <= 0x1f3df) ||
    (cp >= 0x1f3f1 && cp <= 0x1f3f3) ||
    (cp >= 0x1f3f5 && cp <= 0x1f3f7) ||
    cp === 0x1f43f ||
    cp === 0x1f441 ||
    (cp >= 0x1f4fd && cp <= 0x1f4fe) ||
    (cp >= 0x1f53e && cp <= 0x1f54a) ||
    cp === 0x1f54f ||
    (cp >= 0x1f568 && cp <= 0x1f579) ||
    (cp >= 0x1f57b && cp <= 0x1f594) ||
    (cp >= 0x1f597 && cp <= 0x1f5a3) ||
    (cp >= 0x1f5a5 && cp <= 0x1f5fa) ||
    (cp >= 0x1f6c6 && cp <= 0x1f6cb) ||
    (cp >= 0x1f6cd && cp <= 0x1f6cf) ||
    (cp >= 0x1f6d3 && cp <= 0x1f6d4) ||
    (cp >= 0x1f6e0 && cp <= 0x1f6ea) ||
    (cp >= 0x1f6f0 && cp <= 0x1f6f3)
  );
}

/** formatter.Ellipsis: cut to maxDisplayWidth columns, the last one being "…". */
export function ellipsis(s: string, maxDisplayWidth: number): string {
  if (maxDisplayWidth <= 0) return '';
  const rs = Array.from(s);
  if (maxDisplayWidth === 1) return rs[0] ?? '';
  const widths = rs.map((r) => (isWideRune(r.codePointAt(0) as number) ? 2 : 1));
  const ascii = widths.length === rs.length && rs.every((r) => (r.codePointAt(0) as number) < 0x80);
  if (ascii) {
    if (rs.length <= maxDisplayWidth) return s;
    return rs.slice(0, maxDisplayWidth - 1).join('') + '…';
  }
  const display: number[] = [];
  let total = 0;
  for (const w of widths) {
    total += w;
    display.push(total);
  }
  if (total <= maxDisplayWidth) return s;
  for (let i = 0; i < display.length - 1; i++) {
    if (
      (display[i] as number) <= maxDisplayWidth - 1 &&
      (display[i + 1] as number) > maxDisplayWidth - 1
    ) {
      return rs.slice(0, i + 1).join('') + '…';
    }
  }
  return s;
}

/**
 * The daemon's Command string for a container: the path, then its arguments, those containing a
 * space wrapped in single quotes (moby daemon/list.go).
 */
export function commandString(args: readonly string[]): string {
  if (args.length === 0) return '';
  const [path, ...rest] = args;
  if (rest.length === 0) return path as string;
  return path + ' ' + rest.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ');
}

/** The COMMAND column: strconv.Quote of the command, cut to 20 columns with "…" unless noTrunc. */
export function formatCommand(args: readonly string[], noTrunc: boolean): string {
  const command = commandString(args);
  return goQuote(noTrunc ? command : ellipsis(command, 20));
}

/** stringid.TruncateID: an ID without its "sha256:" prefix, cut to 12 characters. */
export function truncateId(id: string): string {
  const i = id.indexOf(':');
  if (i >= 0) id = id.slice(i + 1);
  return id.length > 12 ? id.slice(0, 12) : id;
}

/** The 12-character form of a 64-hex ID. */
export function shortId(id: string): string {
  return truncateId(id);
}

export interface PortBinding {
  containerPort: number;
  proto: 'tcp' | 'udp' | 'sctp';
  /** Host address of a published port ("0.0.0.0", "::"); absent when only exposed. */
  hostIp?: string;
  hostPort?: number;
}

/** net.JoinHostPort: brackets around a host containing a colon. */
export function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function comparePorts(a: PortBinding, b: PortBinding): number {
  if (a.containerPort !== b.containerPort) return a.containerPort - b.containerPort;
  const ai = a.hostIp ?? '';
  const bi = b.hostIp ?? '';
  if (ai !== bi) return ai < bi ? -1 : 1;
  const ap = a.hostPort ?? 0;
  const bp = b.hostPort ?? 0;
  if (ap !== bp) return ap - bp;
  return a.proto < b.proto ? -1 : a.proto > b.proto ? 1 : 0;
}

function formGroup(key: string, first: number, last: number): string {
  const slash = key.lastIndexOf('/');
  const ip = slash >= 0 ? key.slice(0, slash) : '';
  const type = slash >= 0 ? key.slice(slash + 1) : key;
  let group = String(first);
  if (first !== last) group += `-${last}`;
  if (ip !== '') group = `${joinHostPort(ip, group)}->${group}`;
  return `${group}/${type}`;
}

/**
 * The PORTS column (formatter.DisplayablePorts): ports sorted, runs of consecutive identical
 * mappings grouped into ranges, mappings to another host port listed last.
 */
export function formatPorts(bindings: readonly PortBinding[]): string {
  const ports = [...bindings].sort(comparePorts);
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const hostMappings: string[] = [];
  for (const port of ports) {
    const current = port.containerPort;
    let key: string = port.proto;
    if (port.hostIp !== undefined && port.hostIp !== '') {
      const publicPort = port.hostPort ?? 0;
      if (publicPort !== current) {
        hostMappings.push(
          `${joinHostPort(port.hostIp, String(publicPort))}->${current}/${port.proto}`,
        );
        continue;
      }
      key = `${port.hostIp}/${port.proto}`;
    }
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { first: current, last: current });
      continue;
    }
    if (current === group.last + 1) {
      group.last = current;
      continue;
    }
    result.push(formGroup(key, group.first, group.last));
    // Go re-creates the group but keeps its key where it was first recorded.
    groups.set(key, { first: current, last: current });
  }
  for (const [key, g] of groups) result.push(formGroup(key, g.first, g.last));
  return [...result, ...hostMappings].join(', ');
}
