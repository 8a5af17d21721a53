// One HTTP exchange over the emulated network: name resolution, routing (published ports, bridges), and the serving program.
import type { Container, EngineState, Network } from '../types.ts';
import { own } from '../errors.ts';
import type { Core } from '../core.ts';
import { containerAtIp, inSubnet, isIPv4, portHolder } from './addressing.ts';
import { resolveFromContainer } from './dns.ts';
import { serverFor } from './servers.ts';

/** Who sends the request: the emulated host, or a container (by full ID). */
export type Origin = { kind: 'host' } | { kind: 'container'; id: string };

export interface HttpRequest {
  method: string;
  url: string;
  /** Extra request headers in order (Host, User-Agent and Accept are added by the client). */
  headers: [string, string][];
  body: string;
  userAgent: string;
}

export interface HttpResponse {
  status: number;
  reason: string;
  /** Header lines in the order the server sends them. */
  headers: [string, string][];
  body: string;
}

export type HttpFailure =
  /** The name does not resolve (the host knows no container names; default bridge has no DNS). */
  | 'resolve'
  /** Nothing listens there: RST at once. */
  | 'refused'
  /** docker-proxy accepted, then the container's side refused: reset while reading. */
  | 'reset'
  /** The server closed the connection without a reply (a non-HTTP server such as redis). */
  | 'empty'
  /** Packets dropped (isolated networks): the connection never completes. */
  | 'connect-timeout'
  /** Connected, but no answer ever comes (a paused container). */
  | 'no-reply'
  /** TLS to a plain-HTTP port. */
  | 'tls';

export interface ParsedUrl {
  scheme: string;
  host: string;
  port: number;
  /** Path and query as sent on the request line ("/" at least). */
  target: string;
  /** Host header value ("localhost:8080", the port omitted when it is the default). */
  hostHeader: string;
}

export type HttpOutcome =
  | { ok: false; failure: HttpFailure; url: ParsedUrl; ip?: string }
  | { ok: true; url: ParsedUrl; ip: string; response: HttpResponse };

/** Parses a URL as curl and wget accept it (scheme optional, http by default). */
export function parseUrl(raw: string): ParsedUrl | undefined {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?(\[[^\]]*\]|[^/:?#]*)(?::(\d*))?([/?#].*)?$/.exec(
    raw,
  );
  if (!m) return undefined;
  const scheme = (m[1] ?? 'http').toLowerCase();
  const host = (m[2] ?? '').toLowerCase();
  if (host === '') return undefined;
  const defaultPort = scheme === 'https' ? 443 : 80;
  const port = m[3] ? Number(m[3]) : defaultPort;
  if (port > 65535) return undefined;
  let target = (m[4] ?? '/').replace(/#.*$/, '');
  if (target.startsWith('?')) target = `/${target}`;
  if (target === '') target = '/';
  const hostHeader = port === defaultPort ? host : `${host}:${port}`;
  return { scheme, host, port, target, hostHeader };
}

/** Where a connection lands: a container's port, seen from a client address. */
type Route =
  | { kind: 'container'; target: Container; port: number; clientIp: string; viaProxy: boolean }
  | { kind: 'fail'; failure: HttpFailure; ip?: string };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0', 'ip6-localhost']);

function networkOf(state: EngineState, id: string): Network | undefined {
  return own(state.networks, id);
}

/** A host port: the container publishing it (docker-proxy forwards from the gateway of its network). */
function viaHostPort(state: EngineState, port: number, hostIp: string): Route {
  const holder = portHolder(state, 'tcp', port);
  if (holder) {
    const binding = holder.boundPorts.find(
      (b) =>
        b.proto === 'tcp' &&
        b.hostPort === port &&
        (b.hostIp === '0.0.0.0' ||
          b.hostIp === '::' ||
          b.hostIp === hostIp ||
          (hostIp === '127.0.0.1' && b.hostIp === '127.0.0.1')),
    );
    if (!binding) return { kind: 'fail', failure: 'refused', ip: hostIp };
    const ep = Object.values(holder.endpoints).find((e) => e.ipAddress !== '');
    return {
      kind: 'container',
      target: holder,
      port: binding.containerPort,
      clientIp: ep?.gateway || '172.17.0.1',
      viaProxy: true,
    };
  }
  // A container on the host's network stack listens on the host's own ports.
  for (const c of Object.values(state.containers)) {
    if (c.config.networkMode === 'host' && isUp(c) && listensOn(state, c, port))
      return { kind: 'container', target: c, port, clientIp: '127.0.0.1', viaProxy: false };
  }
  return { kind: 'fail', failure: 'refused', ip: hostIp };
}

const isUp = (c: Container): boolean => c.state.status === 'running' || c.state.status === 'paused';

function listensOn(state: EngineState, c: Container, port: number): boolean {
  return serverFor(state, c)?.ports.includes(port) ?? false;
}

/** Finds the container with this address on any network (for the host, which reaches every bridge). */
function containerByIp(state: EngineState, ip: string, nets: Network[]): Container | undefined {
  for (const n of nets) {
    if (!n.subnet || !inSubnet(ip, n.subnet)) continue;
    const c = containerAtIp(state, n, ip);
    if (c) return c;
  }
  return undefined;
}

function routeFromHost(state: EngineState, url: ParsedUrl): Route {
  const host = url.host;
  const nets = Object.values(state.networks);
  if (LOOPBACK.has(host) || host === state.host.hostname)
    return viaHostPort(state, url.port, '127.0.0.1');
  if (!isIPv4(host)) return { kind: 'fail', failure: 'resolve' };
  if (nets.some((n) => n.gateway === host)) return viaHostPort(state, url.port, host);
  const target = containerByIp(state, host, nets);
  if (!target) return { kind: 'fail', failure: 'connect-timeout', ip: host };
  return {
    kind: 'container',
    target,
    port: url.port,
    clientIp: gatewayFor(state, target, host),
    viaProxy: false,
  };
}

function gatewayFor(state: EngineState, target: Container, ip: string): string {
  for (const ep of Object.values(target.endpoints)) {
    if (ep.ipAddress === ip)
      return ep.gateway || networkOf(state, ep.networkId)?.gateway || '172.17.0.1';
  }
  return '172.17.0.1';
}

function routeFromContainer(state: EngineState, from: Container, url: ParsedUrl): Route {
  const host = url.host;
  const mode = from.config.networkMode;
  if (mode === 'host') return routeFromHost(state, url);
  if (LOOPBACK.has(host) || host === from.config.hostname || host === from.id.slice(0, 12)) {
    return {
      kind: 'container',
      target: from,
      port: url.port,
      clientIp: '127.0.0.1',
      viaProxy: false,
    };
  }
  let ip = host;
  if (!isIPv4(host)) {
    const resolved = resolveFromContainer(state, from, host);
    if (resolved === 'host-gateway') return viaHostPort(state, url.port, '172.17.0.1');
    if (!resolved) return { kind: 'fail', failure: 'resolve' };
    ip = resolved;
  }
  const mine = Object.values(from.endpoints).filter((e) => e.ipAddress !== '');
  for (const ep of mine) {
    const net = networkOf(state, ep.networkId);
    if (!net) continue;
    if (ip === net.gateway) return viaHostPort(state, url.port, ip);
    if (!net.subnet || !inSubnet(ip, net.subnet)) continue;
    const target = containerAtIp(state, net, ip);
    if (!target) return { kind: 'fail', failure: 'connect-timeout', ip };
    return { kind: 'container', target, port: url.port, clientIp: ep.ipAddress, viaProxy: false };
  }
  // Another network's gateway is the host too; other bridges are isolated from this one.
  if (Object.values(state.networks).some((n) => n.gateway === ip))
    return viaHostPort(state, url.port, ip);
  return { kind: 'fail', failure: 'connect-timeout', ip };
}

/** Counts traffic for `docker stats` (bytes the container received and sent). */
function countTraffic(c: Container, rx: number, tx: number, now: number): void {
  const u = (c.usage ??= { rxBytes: 0, txBytes: 0, extraMemory: 0, cpuDemand: 0, since: now });
  u.rxBytes += rx;
  u.txBytes += tx;
}

function requestBytes(req: HttpRequest, url: ParsedUrl): number {
  let n =
    `${req.method} ${url.target} HTTP/1.1\r\nHost: ${url.hostHeader}\r\nUser-Agent: ${req.userAgent}\r\nAccept: */*\r\n\r\n`
      .length;
  for (const [k, v] of req.headers) n += k.length + v.length + 4;
  return n + req.body.length;
}

export function responseBytes(r: HttpResponse): number {
  let n = `HTTP/1.1 ${r.status} ${r.reason}\r\n\r\n`.length;
  for (const [k, v] of r.headers) n += k.length + v.length + 4;
  return n + r.body.length;
}

/** Performs one request: the outcome a client reports, with the server's side effects (access log). */
export function exchange(core: Core, origin: Origin, req: HttpRequest): HttpOutcome | undefined {
  const url = parseUrl(req.url);
  if (!url) return undefined;
  const { state } = core;
  let route: Route;
  if (origin.kind === 'host') route = routeFromHost(state, url);
  else {
    const from = own(state.containers, origin.id);
    if (!from) return { ok: false, failure: 'refused', url };
    route = routeFromContainer(state, from, url);
  }
  if (route.kind === 'fail')
    return { ok: false, failure: route.failure, url, ...(route.ip ? { ip: route.ip } : {}) };
  const { target } = route;
  const ip = isIPv4(url.host)
    ? url.host
    : origin.kind === 'host'
      ? '127.0.0.1'
      : (Object.values(target.endpoints).find((e) => e.ipAddress)?.ipAddress ?? '127.0.0.1');
  const failNow = (failure: HttpFailure): HttpOutcome => ({ ok: false, failure, url, ip });
  if (!isUp(target)) return failNow(route.viaProxy ? 'reset' : 'refused');
  const server = serverFor(state, target);
  if (!server || !server.ports.includes(route.port))
    return failNow(route.viaProxy ? 'reset' : 'refused');
  if (target.state.status === 'paused') return failNow('no-reply');
  if (url.scheme === 'https') return failNow('tls');
  const response = server.handle(core, target, {
    method: req.method,
    target: url.target,
    hostHeader: url.hostHeader,
    headers: req.headers,
    body: req.body,
    userAgent: req.userAgent,
    clientIp: route.clientIp,
  });
  countTraffic(target, requestBytes(req, url), response ? responseBytes(response) : 0, state.now);
  if (!response) return failNow('empty');
  return { ok: true, url, ip, response };
}
