// Who holds which host port and which IP: indexes kept in the state so that a start costs O(1), not O(containers).
import type { Container, EngineState, Network, PortBinding } from '../types.ts';
import { own } from '../errors.ts';

export const EPHEMERAL_FIRST = 32768;
export const EPHEMERAL_LAST = 60999;

export const portKey = (proto: string, port: number): string => `${proto}/${port}`;

/**
 * The container holding a host port right now, if any. The index may hold stale entries (a container
 * that stopped or went away releases its ports without touching the index): they are checked and dropped.
 */
export function portHolder(state: EngineState, proto: string, port: number): Container | undefined {
  const owners = state.host.portOwners;
  if (!owners) return undefined;
  const key = portKey(proto, port);
  const id = own(owners, key);
  if (id === undefined) return undefined;
  const c = own(state.containers, id);
  if (c && c.boundPorts.some((b) => b.proto === proto && b.hostPort === port)) return c;
  delete owners[key];
  return undefined;
}

export function claimPort(state: EngineState, proto: string, port: number, id: string): void {
  (state.host.portOwners ??= {})[portKey(proto, port)] = id;
}

/** The next free ephemeral port (32768 and up, wrapping), as Docker's port allocator hands them out. */
export function allocateEphemeral(
  state: EngineState,
  proto: string,
  taken: Set<string>,
): number | undefined {
  let p = state.host.lastEphemeralPort ?? EPHEMERAL_FIRST - 1;
  for (let i = 0; i <= EPHEMERAL_LAST - EPHEMERAL_FIRST; i++) {
    p = p >= EPHEMERAL_LAST ? EPHEMERAL_FIRST : p + 1;
    if (!taken.has(portKey(proto, p)) && !portHolder(state, proto, p)) {
      state.host.lastEphemeralPort = p;
      return p;
    }
  }
  return undefined;
}

/** Dotted quad → 32-bit number. */
export function ipToNumber(ip: string): number {
  const p = ip.split('.').map(Number);
  return (((p[0] ?? 0) << 24) >>> 0) + ((p[1] ?? 0) << 16) + ((p[2] ?? 0) << 8) + (p[3] ?? 0);
}

export function numberToIp(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function isIPv4(s: string): boolean {
  return (
    /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s) &&
    s.split('.').every((x) => Number(x) <= 255)
  );
}

/** Network address and prefix length of a CIDR ("172.18.0.0/16"). */
export function parseCidr(cidr: string): { base: number; bits: number } | undefined {
  const [ip = '', len = ''] = cidr.split('/');
  if (!isIPv4(ip) || !/^\d{1,2}$/.test(len) || Number(len) > 32) return undefined;
  const bits = Number(len);
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return { base: (ipToNumber(ip) & mask) >>> 0, bits };
}

export function inSubnet(ip: string, cidr: string): boolean {
  const c = parseCidr(cidr);
  if (!c || !isIPv4(ip)) return false;
  const mask = c.bits === 0 ? 0 : (0xffffffff << (32 - c.bits)) >>> 0;
  return (ipToNumber(ip) & mask) >>> 0 === c.base;
}

/** The container holding host number `host` of the network, if any (stale entries dropped). */
function ipHolder(state: EngineState, net: Network, host: number): Container | undefined {
  const owners = net.ipOwners;
  if (!owners) return undefined;
  const id = own(owners, String(host));
  if (id === undefined) return undefined;
  const c = own(state.containers, id);
  const ep = c ? Object.values(c.endpoints).find((e) => e.networkId === net.id) : undefined;
  const base = parseCidr(net.subnet)?.base ?? 0;
  if (c && ep && ep.ipAddress !== '' && ipToNumber(ep.ipAddress) - base === host) return c;
  delete owners[String(host)];
  return undefined;
}

/** The lowest free address of the network's subnet (after the gateway), or a requested one if free. */
export function allocateIp(
  state: EngineState,
  net: Network,
  id: string,
  wanted?: string,
): string | undefined {
  const c = parseCidr(net.subnet);
  if (!c) return undefined;
  const size = 2 ** (32 - c.bits);
  const gateway = net.gateway ? ipToNumber(net.gateway) - c.base : 1;
  let host: number | undefined;
  if (wanted !== undefined) {
    const h = ipToNumber(wanted) - c.base;
    if (h > 0 && h < size - 1 && h !== gateway && !ipHolder(state, net, h)) host = h;
  } else {
    // Every address below `nextHost` is held (releases lower it), so the lowest free one is found
    // without walking the containers that hold the ones before it.
    const from = Math.max(1, Math.min(net.nextHost, size - 1));
    for (let pass = 0; pass < 2 && host === undefined; pass++) {
      for (let h = pass === 0 ? from : 1; h < (pass === 0 ? size - 1 : from); h++) {
        if (h === gateway) continue;
        if (!ipHolder(state, net, h)) {
          host = h;
          break;
        }
      }
    }
  }
  if (host === undefined) return undefined;
  (net.ipOwners ??= {})[String(host)] = id;
  if (wanted === undefined || host === net.nextHost) net.nextHost = host + 1;
  return numberToIp(c.base + host);
}

/** An address goes back to the network's pool: the next allocation may take it again. */
export function releaseIp(state: EngineState, networkId: string, ip: string): void {
  const net = own(state.networks, networkId);
  const c = net ? parseCidr(net.subnet) : undefined;
  if (!net || !c || !isIPv4(ip)) return;
  const host = ipToNumber(ip) - c.base;
  if (host > 0 && host < net.nextHost) net.nextHost = host;
}

/** The running container with this IP on this network, if any. */
export function containerAtIp(state: EngineState, net: Network, ip: string): Container | undefined {
  const c = parseCidr(net.subnet);
  if (!c || !inSubnet(ip, net.subnet)) return undefined;
  return ipHolder(state, net, ipToNumber(ip) - c.base);
}

/** Ports the container asks for (its -p bindings, and with -P each exposed port on an ephemeral one). */
export function requestedPorts(c: Container): PortBinding[] {
  const requested: PortBinding[] = [...c.config.portBindings];
  if (c.config.publishAllPorts) {
    for (const p of c.config.exposedPorts) {
      const [port = '0', proto = 'tcp'] = p.split('/');
      if (!requested.some((b) => b.containerPort === Number(port) && b.proto === proto)) {
        requested.push({
          containerPort: Number(port),
          proto: proto as PortBinding['proto'],
          hostIp: '',
          hostPort: 0,
        });
      }
    }
  }
  return requested;
}
