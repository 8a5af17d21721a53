// A container as the daemon describes it: state words, ports, mount points and networks, from engine state.
import type {
  Container,
  EngineState,
  MountSpec,
  NetworkEndpoint,
  PortBinding,
} from '../../engine/types.ts';
import { utf8Length } from '../../engine/utf8.ts';
import { humanDuration } from '../format/units.ts';
import { compareGoStrings } from './go-json.ts';
import { networkByName } from './lookup.ts';
import { volumeMountpoint } from './paths.ts';

/** State.Running: true while running, paused or restarting, as in Docker. */
export function isRunning(c: Container): boolean {
  const s = c.state.status;
  return s === 'running' || s === 'paused' || s === 'restarting';
}

/** Whether the container's network sandbox exists (ports bound, IP assigned). */
export function hasLiveNetwork(c: Container): boolean {
  return c.state.status === 'running' || c.state.status === 'paused';
}

/** Health.Status() as ps filters see it: "none" without a healthcheck. */
export function healthStatus(c: Container): 'starting' | 'healthy' | 'unhealthy' | 'none' {
  return c.state.health?.status ?? 'none';
}

function since(now: number, t: number | null): string {
  return humanDuration(Math.max(0, now - (t ?? now)));
}

/** State.String(): the STATUS column ("Up 5 minutes (healthy)", "Exited (0) 3 seconds ago"). */
export function statusText(c: Container, now: number): string {
  const st = c.state;
  switch (st.status) {
    case 'paused':
      return `Up ${since(now, st.startedAt)} (Paused)`;
    case 'restarting':
      return `Restarting (${st.exitCode}) ${since(now, st.finishedAt)} ago`;
    case 'running': {
      const h = st.health;
      if (h) {
        const word = h.status === 'starting' ? 'health: starting' : h.status;
        return `Up ${since(now, st.startedAt)} (${word})`;
      }
      return `Up ${since(now, st.startedAt)}`;
    }
    case 'removing':
      return 'Removal In Progress';
    case 'dead':
      return 'Dead';
    default:
      if (st.startedAt === null) return 'Created';
      if (st.finishedAt === null) return '';
      return `Exited (${st.exitCode}) ${since(now, st.finishedAt)} ago`;
  }
}

/** A port key as Docker writes it: "80/tcp". */
export function portKey(port: number, proto: string): string {
  return `${port}/${proto}`;
}

function parsePortKey(key: string): { port: number; proto: string } {
  const [p, proto] = key.split('/');
  return { port: Number(p), proto: proto ?? 'tcp' };
}

/** Sorts "80/tcp" keys as Go sorts map keys (bytewise). */
function sortKeys(keys: Iterable<string>): string[] {
  const unique = [...new Set(keys)];
  return unique.length < 2 ? unique : unique.sort(compareGoStrings);
}

/** Bound host addresses: an unspecified host IP is bound on IPv4 and IPv6, as Docker 28 does. */
export function expandHostBindings(bindings: readonly PortBinding[]): PortBinding[] {
  const out: PortBinding[] = [];
  for (const b of bindings) {
    if (b.hostIp === '') {
      out.push({ ...b, hostIp: '0.0.0.0' }, { ...b, hostIp: '::' });
    } else out.push(b);
  }
  return out;
}

export interface HostBinding {
  HostIp: string;
  HostPort: string;
}

/** Every port the container exposes: Config.ExposedPorts plus the published ones. */
export function exposedPortKeys(c: Container): string[] {
  const keys = [...c.config.exposedPorts];
  for (const b of c.config.portBindings) keys.push(portKey(b.containerPort, b.proto));
  return sortKeys(keys);
}

/** NetworkSettings.Ports: bindings while the sandbox exists, `null` for exposed-only ports, {} otherwise. */
export function networkSettingsPorts(c: Container): Record<string, HostBinding[] | null> {
  const out: Record<string, HostBinding[] | null> = {};
  if (!hasLiveNetwork(c)) return out;
  const bound = expandHostBindings(c.boundPorts);
  const keys = sortKeys([
    ...exposedPortKeys(c),
    ...bound.map((b) => portKey(b.containerPort, b.proto)),
  ]);
  for (const key of keys) {
    const list = bound
      .filter((b) => portKey(b.containerPort, b.proto) === key)
      .map((b) => ({ HostIp: b.hostIp, HostPort: String(b.hostPort) }));
    out[key] = list.length > 0 ? list : null;
  }
  return out;
}

/** HostConfig.PortBindings: what `-p` asked for (host IP and port as typed, "" when absent). */
export function hostConfigPortBindings(c: Container): Record<string, HostBinding[]> {
  const out: Record<string, HostBinding[]> = {};
  const keys = sortKeys(c.config.portBindings.map((b) => portKey(b.containerPort, b.proto)));
  for (const key of keys) {
    out[key] = c.config.portBindings
      .filter((b) => portKey(b.containerPort, b.proto) === key)
      .map((b) => ({ HostIp: b.hostIp, HostPort: b.hostPort === 0 ? '' : String(b.hostPort) }));
  }
  return out;
}

/** container.Port of the API's container list (what `docker ps` formats). */
export interface ApiPort {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

export function summaryPorts(c: Container): ApiPort[] {
  const ports: ApiPort[] = [];
  for (const [key, bindings] of Object.entries(networkSettingsPorts(c))) {
    const { port, proto } = parsePortKey(key);
    if (!bindings || bindings.length === 0) {
      ports.push({ PrivatePort: port, Type: proto });
      continue;
    }
    for (const b of bindings) {
      ports.push({ IP: b.HostIp, PrivatePort: port, PublicPort: Number(b.HostPort), Type: proto });
    }
  }
  return ports;
}

/** types.MountPoint of inspect's "Mounts" (and the API's container list). */
export interface MountPoint {
  Type: string;
  Name?: string;
  Source: string;
  Destination: string;
  Driver?: string;
  Mode: string;
  RW: boolean;
  Propagation: string;
}

/** Whether a mount is an anonymous volume (from the image's VOLUME or a bare `-v /path`). */
export function isAnonymousVolume(state: EngineState, m: MountSpec): boolean {
  return m.type === 'volume' && (m.source === '' || state.volumes[m.source]?.anonymous === true);
}

export function mountPoints(state: EngineState, c: Container): MountPoint[] {
  return c.config.mounts.map((m): MountPoint => {
    if (m.type === 'volume') {
      const anonymous = isAnonymousVolume(state, m);
      return {
        Type: 'volume',
        Name: m.source,
        Source: volumeMountpoint(m.source),
        Destination: m.target,
        Driver: 'local',
        Mode: anonymous ? '' : 'z',
        RW: !m.readOnly,
        Propagation: '',
      };
    }
    if (m.type === 'bind') {
      return {
        Type: 'bind',
        Source: m.source,
        Destination: m.target,
        Mode: m.readOnly ? 'ro' : '',
        RW: !m.readOnly,
        Propagation: 'rprivate',
      };
    }
    return {
      Type: 'tmpfs',
      Source: '',
      Destination: m.target,
      Mode: '',
      RW: !m.readOnly,
      Propagation: '',
    };
  });
}

export interface EndpointView {
  name: string;
  networkId: string;
  /** Present while the container is connected with an address (running or paused). */
  endpoint: NetworkEndpoint | undefined;
}

/**
 * The networks a container belongs to, whether it runs or not: its endpoints, or (for a container that
 * never started) the network of its --network mode.
 */
export function containerNetworks(state: EngineState, c: Container): EndpointView[] {
  const live = hasLiveNetwork(c);
  const names = Object.keys(c.endpoints);
  if (names.length === 0) {
    const mode = c.config.networkMode === 'default' ? 'bridge' : c.config.networkMode;
    if (mode.startsWith('container:')) return [];
    names.push(mode);
  }
  return names.map((name) => {
    const ep = c.endpoints[name];
    const networkId = ep?.networkId ?? networkByName(state, name)?.id ?? '';
    return { name, networkId, endpoint: live ? ep : undefined };
  });
}

/** Size in bytes of the container's writable layer, counted as `du` does on the upper dir (files only). */
export function rwLayerSize(c: Container): number {
  let size = 0;
  for (const entry of Object.values(c.rwLayer)) {
    if (entry.kind === 'file') size += utf8Length(entry.content);
    else if (entry.kind === 'symlink') size += utf8Length(entry.target);
  }
  return size;
}

/** Labels of the container: the image's labels merged with --label, as Config.Labels holds them. */
export function containerLabels(c: Container): Record<string, string> {
  return c.config.labels;
}
