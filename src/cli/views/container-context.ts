// docker/cli's formatter.ContainerContext: what `docker ps --format` templates see, field by field.
import { parseImageReference } from '../../engine/reference.ts';
import {
  ellipsis,
  formatCommand,
  formatPorts,
  truncateId,
  type PortBinding,
} from '../format/command.ts';
import { humanDuration, humanSize } from '../format/units.ts';
import type { ContainerSummary } from './container-summary.ts';
import { goJson } from './go-json.ts';
import { goTimeString } from './go-time.ts';

/** The Go type templates report in errors ("can't evaluate field Nope in type …"). */
export const CONTAINER_CONTEXT_TYPE = '*formatter.ContainerContext';

/** The column titles of `docker ps` tables (SubHeaderContext). */
export const CONTAINER_HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID',
  Names: 'NAMES',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES',
  Networks: 'NETWORKS',
  Platform: 'PLATFORM',
};

/** A small memo: containers of one listing share images and commands, whose formatting costs. */
function memo(limit: number): (key: string, compute: () => string) => string {
  const cache = new Map<string, string>();
  return (key, compute) => {
    let v = cache.get(key);
    if (v === undefined) {
      if (cache.size >= limit) cache.clear();
      v = compute();
      cache.set(key, v);
    }
    return v;
  };
}

const familiarMemo = memo(512);
const commandMemo = memo(2048);

/** formatter.ContainerContext.Image: the familiar reference when truncating, the short ID for a stale one. */
function imageColumn(s: ContainerSummary, trunc: boolean): string {
  if (s.Image === '') return '<no image>';
  if (!trunc) return s.Image;
  const short = truncateId(s.ImageID);
  if (short === truncateId(s.Image)) return short;
  return familiarMemo(s.Image, () => {
    const parsed = parseImageReference(s.Image);
    if (!parsed.ok) return s.Image;
    const r = parsed.ref;
    return r.tagGiven ? `${r.familiar}:${r.tag}` : r.familiar;
  });
}

export interface ContextOptions {
  trunc: boolean;
  /** Virtual time for RunningFor. */
  now: number;
}

/** One container as templates see it: every column a getter, `Label` a method. */
export class ContainerContext {
  readonly summary: ContainerSummary;
  readonly trunc: boolean;
  readonly now: number;
  /** Fields a template read (docker detects `.Size` this way to request sizes). */
  readonly fieldsUsed: Set<string> = new Set();

  constructor(summary: ContainerSummary, options: ContextOptions) {
    this.summary = summary;
    this.trunc = options.trunc;
    this.now = options.now;
  }

  get ID(): string {
    return this.trunc ? truncateId(this.summary.Id) : this.summary.Id;
  }

  get Names(): string {
    return this.summary.Names.map((n) => n.replace(/^\//, '')).join(',');
  }

  get Image(): string {
    return imageColumn(this.summary, this.trunc);
  }

  get Command(): string {
    // formatCommand quotes and cuts an argv; the daemon's Command is already one string.
    const command = this.summary.Command;
    return commandMemo((this.trunc ? 't' : 'n') + command, () =>
      formatCommand([command], !this.trunc),
    );
  }

  get CreatedAt(): string {
    return goTimeString(this.summary.Created);
  }

  get RunningFor(): string {
    // The API gives the creation time in whole seconds.
    const created = Math.floor(this.summary.Created / 1000) * 1000;
    return humanDuration(Math.max(0, this.now - created)) + ' ago';
  }

  get Ports(): string {
    const bindings: PortBinding[] = this.summary.Ports.map((p) => ({
      containerPort: p.PrivatePort,
      proto: p.Type as PortBinding['proto'],
      ...(p.IP !== undefined ? { hostIp: p.IP } : {}),
      ...(p.PublicPort !== undefined ? { hostPort: p.PublicPort } : {}),
    }));
    return formatPorts(bindings);
  }

  get State(): string {
    return this.summary.State;
  }

  get Status(): string {
    return this.summary.Status;
  }

  get Size(): string {
    this.fieldsUsed.add('Size');
    const rw = humanSize(this.summary.SizeRw);
    if (this.summary.SizeRootFs > 0) return `${rw} (virtual ${humanSize(this.summary.SizeRootFs)})`;
    return rw;
  }

  get Labels(): string {
    const labels = this.summary.Labels;
    return Object.keys(labels)
      .sort()
      .map((k) => `${k}=${labels[k] ?? ''}`)
      .join(',');
  }

  Label(name: unknown): string {
    return this.summary.Labels[String(name)] ?? '';
  }

  get Mounts(): string {
    return this.summary.Mounts.map((m) => {
      const name = m.Name !== undefined && m.Name !== '' ? m.Name : m.Source;
      return this.trunc ? ellipsis(name, 15) : name;
    }).join(',');
  }

  get LocalVolumes(): string {
    return String(this.summary.Mounts.filter((m) => m.Driver === 'local').length);
  }

  get Networks(): string {
    return [...this.summary.Networks].sort().join(',');
  }

  get Platform(): null {
    return null;
  }

  /** formatter.MarshalJSON: every no-argument method, keys sorted, as json.Marshal writes them. */
  MarshalJSON(): string {
    return goJson({
      Command: this.Command,
      CreatedAt: this.CreatedAt,
      ID: this.ID,
      Image: this.Image,
      Labels: this.Labels,
      LocalVolumes: this.LocalVolumes,
      Mounts: this.Mounts,
      Names: this.Names,
      Networks: this.Networks,
      Platform: this.Platform,
      Ports: this.Ports,
      RunningFor: this.RunningFor,
      Size: this.Size,
      State: this.State,
      Status: this.Status,
    });
  }
}

/** The zero ContainerContext docker validates a --format template against. */
export function emptyContext(now: number): ContainerContext {
  return new ContainerContext(
    {
      Id: '',
      Names: [],
      Image: '',
      ImageID: '',
      Command: '',
      Created: 0,
      Ports: [],
      SizeRw: 0,
      SizeRootFs: 0,
      Labels: {},
      State: '',
      Status: '',
      Networks: [],
      NetworkIds: {},
      Mounts: [],
      running: false,
      everStarted: false,
      exitCode: 0,
      health: 'none',
    },
    { trunc: true, now },
  );
}
