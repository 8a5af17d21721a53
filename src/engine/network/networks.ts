// User-defined networks: create (subnet pools), remove, connect, disconnect, prune — with Docker's refusals.
import type { Container, EngineState, Network, NetworkEndpoint } from '../types.ts';
import { fail, ok, own, type Result } from '../errors.ts';
import { emitEvent, type Core } from '../core.ts';
import { randomHex, randomId, randomMac } from '../rng.ts';
import { lookupContainer, lookupNetwork } from '../containers/lookup.ts';
import { allocateIp, ipToNumber, isIPv4, numberToIp, parseCidr, releaseIp } from './addressing.ts';

export interface NetworkCreateOptions {
  name: string;
  driver?: string;
  subnet?: string;
  gateway?: string;
  internal?: boolean;
  attachable?: boolean;
  ipv6?: boolean;
  labels?: Record<string, string>;
  options?: Record<string, string>;
}

const isActive = (c: Container): boolean =>
  c.state.status === 'running' || c.state.status === 'paused';

function overlaps(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  if (!x || !y) return false;
  const bits = Math.min(x.bits, y.bits);
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return (x.base & mask) >>> 0 === (y.base & mask) >>> 0;
}

/** Docker's default address pools: 172.17–31.0.0/16, then 192.168.0.0/16 cut in /20s. */
function nextPool(state: EngineState): string | undefined {
  const used = Object.values(state.networks)
    .map((n) => n.subnet)
    .filter(Boolean);
  const candidates: string[] = [];
  for (let b = 17; b <= 31; b++) candidates.push(`172.${b}.0.0/16`);
  for (let c = 0; c < 256; c += 16) candidates.push(`192.168.${c}.0/20`);
  return candidates.find((s) => !used.some((u) => overlaps(u, s)));
}

export function createNetwork(core: Core, o: NetworkCreateOptions): Result<Network> {
  const { state } = core;
  if (Object.values(state.networks).some((n) => n.name === o.name))
    return fail({ code: 'NETWORK_EXISTS', name: o.name });
  const driver = o.driver ?? 'bridge';
  if (driver === 'host' || driver === 'null')
    return fail({
      code: 'DAEMON_TEXT',
      message: `only one instance of "${driver}" network is allowed`,
    });
  if (driver === 'overlay')
    return fail({
      code: 'DAEMON_TEXT',
      message:
        'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.',
    });
  if (driver !== 'bridge')
    return fail({ code: 'DAEMON_TEXT', message: `plugin "${driver}" not found` });
  let subnet = o.subnet;
  if (subnet !== undefined) {
    const c = parseCidr(subnet);
    if (!c) return fail({ code: 'DAEMON_TEXT', message: `invalid CIDR address: ${subnet}` });
    subnet = `${numberToIp(c.base)}/${c.bits}`;
    const s = subnet;
    if (Object.values(state.networks).some((n) => n.subnet && overlaps(n.subnet, s)))
      return fail({ code: 'NETWORK_POOL_OVERLAP' });
  } else {
    subnet = nextPool(state);
    if (!subnet)
      return fail({
        code: 'DAEMON_TEXT',
        message: 'all predefined address pools have been fully subnetted',
      });
  }
  const base = parseCidr(subnet)?.base ?? 0;
  let gateway = numberToIp(base + 1);
  if (o.gateway !== undefined) {
    if (
      !isIPv4(o.gateway) ||
      !parseCidr(subnet) ||
      (ipToNumber(o.gateway) - base) >>> 0 >= 2 ** (32 - (parseCidr(subnet)?.bits ?? 32))
    )
      return fail({
        code: 'DAEMON_TEXT',
        message: `invalid pool request: no matching subnet for gateway ${o.gateway}`,
      });
    gateway = o.gateway;
  }
  const id = randomId(state);
  const net: Network = {
    id,
    name: o.name,
    driver: 'bridge',
    scope: 'local',
    created: state.now,
    internal: o.internal ?? false,
    attachable: o.attachable ?? false,
    subnet,
    gateway,
    labels: { ...(o.labels ?? {}) },
    builtin: false,
    nextHost: 2,
    ...(o.options && Object.keys(o.options).length > 0 ? { options: { ...o.options } } : {}),
    ...(o.ipv6 ? { enableIPv6: true } : {}),
  };
  state.networks[id] = net;
  emitEvent(core, 'network', 'create', id, { name: net.name, type: 'bridge' });
  return ok(net);
}

/** Running or paused containers with an endpoint on the network (what blocks its removal). */
export function activeEndpoints(
  state: EngineState,
  net: Network,
): { c: Container; ep: NetworkEndpoint }[] {
  const out: { c: Container; ep: NetworkEndpoint }[] = [];
  for (const c of Object.values(state.containers)) {
    if (!isActive(c)) continue;
    const ep = Object.values(c.endpoints).find((e) => e.networkId === net.id);
    if (ep) out.push({ c, ep });
  }
  return out;
}

export function removeNetwork(core: Core, ref: string): Result<Network> {
  const { state } = core;
  const net = lookupNetwork(state, ref);
  if (!net) return fail({ code: 'NO_SUCH_NETWORK', ref });
  if (net.builtin) return fail({ code: 'NETWORK_PREDEFINED', name: net.name });
  const active = activeEndpoints(state, net);
  if (active.length > 0) {
    return fail({
      code: 'NETWORK_IN_USE',
      name: net.name,
      endpoints: active.map(({ c, ep }) => ({ name: c.name, id: ep.endpointId.slice(0, 12) })),
    });
  }
  delete state.networks[net.id];
  emitEvent(core, 'network', 'destroy', net.id, { name: net.name, type: net.driver });
  return ok(net);
}

function endpointFor(net: Network, c: Container, aliases: string[]): NetworkEndpoint {
  return {
    networkId: net.id,
    endpointId: '',
    ipAddress: '',
    ipPrefixLen: 0,
    gateway: '',
    macAddress: '',
    aliases: net.builtin ? [] : [...aliases],
    dnsNames: net.builtin ? [] : [c.name, c.id.slice(0, 12), ...aliases],
  };
}

export function connectNetwork(
  core: Core,
  netRef: string,
  ctrRef: string,
  opts: { aliases?: string[]; ip?: string } = {},
): Result<{ net: Network; c: Container }> {
  const { state } = core;
  const net = lookupNetwork(state, netRef);
  if (!net) return fail({ code: 'NO_SUCH_NETWORK', ref: netRef });
  const found = lookupContainer(state, ctrRef);
  if (!found.ok) return found;
  const c = found.value;
  const mode = c.config.networkMode;
  if (mode === 'host' || net.driver === 'host') return fail({ code: 'NETWORK_HOST_MODE' });
  if (mode === 'none' || net.driver === 'null')
    return fail({
      code: 'DAEMON_TEXT',
      message:
        'container cannot be connected to multiple networks with one of the networks in private (none) mode',
    });
  if (own(c.endpoints, net.name))
    return fail({ code: 'NETWORK_ALREADY_CONNECTED', container: c.name, network: net.name });
  const ep = endpointFor(net, c, opts.aliases ?? []);
  if (isActive(c) && net.subnet) {
    const ip = allocateIp(state, net, c.id, opts.ip);
    if (ip === undefined)
      return fail({
        code: 'DAEMON_TEXT',
        message: opts.ip
          ? `Address already in use`
          : "no available IPv4 addresses on this network's address pools",
      });
    ep.ipAddress = ip;
    ep.ipPrefixLen = Number(net.subnet.split('/')[1] ?? 16);
    ep.gateway = net.gateway;
    ep.macAddress = randomMac(state);
    ep.endpointId = randomHex(state, 64);
  }
  c.endpoints[net.name] = ep;
  emitEvent(core, 'network', 'connect', net.id, {
    container: c.id,
    name: net.name,
    type: net.driver,
  });
  return ok({ net, c });
}

export function disconnectNetwork(
  core: Core,
  netRef: string,
  ctrRef: string,
): Result<{ net: Network; c: Container }> {
  const { state } = core;
  const net = lookupNetwork(state, netRef);
  const found = lookupContainer(state, ctrRef);
  if (!net) return fail({ code: 'NO_SUCH_NETWORK', ref: netRef });
  if (!found.ok) return found;
  const c = found.value;
  if (c.config.networkMode === 'host' || net.driver === 'host')
    return fail({ code: 'NETWORK_HOST_MODE' });
  const name = Object.keys(c.endpoints).find((k) => c.endpoints[k]?.networkId === net.id);
  if (name === undefined)
    return fail({ code: 'NETWORK_NOT_CONNECTED', id: c.id, network: net.name });
  const ep = c.endpoints[name];
  if (ep?.ipAddress) releaseIp(state, net.id, ep.ipAddress);
  delete c.endpoints[name];
  emitEvent(core, 'network', 'disconnect', net.id, {
    container: c.id,
    name: net.name,
    type: net.driver,
  });
  return ok({ net, c });
}

/** Removes user networks no container uses; returns their names, oldest first. */
export function pruneNetworks(core: Core): string[] {
  const { state } = core;
  const used = new Set<string>();
  for (const c of Object.values(state.containers))
    for (const ep of Object.values(c.endpoints)) if (isActive(c)) used.add(ep.networkId);
  const removed: string[] = [];
  for (const net of Object.values(state.networks)) {
    if (net.builtin || used.has(net.id)) continue;
    delete state.networks[net.id];
    emitEvent(core, 'network', 'destroy', net.id, { name: net.name, type: net.driver });
    removed.push(net.name);
  }
  return removed;
}
