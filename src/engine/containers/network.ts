// Endpoints on start (IP in order, MAC, endpoint ID) and host-port publication with Docker's clash error.
import type { Container, EngineState, PortBinding } from '../types.ts';
import { fail, ok, type Result } from '../errors.ts';
import { randomHex, randomId, randomMac } from '../rng.ts';
import { lookupNetwork } from './lookup.ts';
import {
  allocateEphemeral,
  allocateIp,
  claimPort,
  portHolder,
  portKey,
  releaseIp,
  requestedPorts,
} from '../network/addressing.ts';

/** Connects the container's networks and binds its published ports; nothing changes on error. */
export function connectOnStart(state: EngineState, c: Container): Result<void> {
  const endpointId = randomId(state);
  const mode = c.config.networkMode;
  // A network removed while the container was stopped: the daemon refuses to start it.
  for (const netName of Object.keys(c.endpoints)) {
    const ep = c.endpoints[netName];
    const net = ep ? state.networks[ep.networkId] : undefined;
    if (!net) return fail({ code: 'NETWORK_SETUP_NOT_FOUND', ref: ep?.networkId ?? netName });
  }
  if (Object.keys(c.endpoints).length === 0 && mode !== 'host' && mode !== 'none') {
    if (!mode.startsWith('container:') && !lookupNetwork(state, mode))
      return fail({ code: 'NETWORK_SETUP_NOT_FOUND', ref: mode });
  }
  const bound: PortBinding[] = [];
  if (mode !== 'host' && mode !== 'none' && !mode.startsWith('container:')) {
    const taken = new Set<string>();
    for (const b of requestedPorts(c)) {
      let hostPort = b.hostPort;
      if (hostPort === 0) {
        const p = allocateEphemeral(state, b.proto, taken);
        if (p === undefined) continue;
        hostPort = p;
      } else if (taken.has(portKey(b.proto, hostPort)) || portHolder(state, b.proto, hostPort)) {
        return fail({
          code: 'PORT_ALLOCATED',
          name: c.name,
          endpointId,
          hostIp: b.hostIp || '0.0.0.0',
          hostPort,
          proto: b.proto,
        });
      }
      taken.add(portKey(b.proto, hostPort));
      if (b.hostIp) bound.push({ ...b, hostPort });
      else bound.push({ ...b, hostIp: '0.0.0.0', hostPort }, { ...b, hostIp: '::', hostPort });
    }
  }
  const first = Object.keys(c.endpoints)[0];
  for (const netName of Object.keys(c.endpoints)) {
    const ep = c.endpoints[netName];
    const net = ep ? state.networks[ep.networkId] : undefined;
    if (!ep || !net || !net.subnet) continue;
    const ip = allocateIp(state, net, c.id);
    if (ip === undefined) continue;
    ep.ipAddress = ip;
    ep.ipPrefixLen = Number(net.subnet.split('/')[1] ?? 16);
    ep.gateway = net.gateway;
    ep.macAddress = randomMac(state);
    ep.endpointId = netName === first ? endpointId : randomHex(state, 64);
  }
  c.boundPorts = bound;
  for (const b of bound) claimPort(state, b.proto, b.hostPort, c.id);
  return ok(undefined);
}

/** Releases IPs and host ports when the container stops (the indexes drop stale owners lazily). */
export function disconnectOnStop(c: Container, state?: EngineState): void {
  c.boundPorts = [];
  for (const ep of Object.values(c.endpoints)) {
    if (state && ep.ipAddress) releaseIp(state, ep.networkId, ep.ipAddress);
    ep.ipAddress = '';
    ep.ipPrefixLen = 0;
    ep.gateway = '';
    ep.macAddress = '';
    ep.endpointId = '';
  }
}
