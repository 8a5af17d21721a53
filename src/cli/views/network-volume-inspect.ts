// `docker inspect` of networks (network.Inspect) and volumes (volume.Volume), from engine state.
import type { EngineState, Network, Volume } from '../../engine/types.ts';
import { hasLiveNetwork } from './container-view.ts';
import { sortedRecord, type GoJsonValue } from './go-json.ts';
import { nilMap, struct, typedMap } from './go-values.ts';
import { rfc3339, rfc3339Nano } from './go-time.ts';
import { volumeMountpoint } from './paths.ts';

type Json = { [key: string]: GoJsonValue | undefined };

const DEFAULT_BRIDGE_OPTIONS: Record<string, string> = {
  'com.docker.network.bridge.default_bridge': 'true',
  'com.docker.network.bridge.enable_icc': 'true',
  'com.docker.network.bridge.enable_ip_masquerade': 'true',
  'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
  'com.docker.network.bridge.name': 'docker0',
  'com.docker.network.driver.mtu': '1500',
};

/** Containers attached to the network right now: ID → endpoint, sorted by ID as Go's map is. */
function attachedContainers(state: EngineState, n: Network): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const c of Object.values(state.containers)) {
    if (!hasLiveNetwork(c)) continue;
    for (const ep of Object.values(c.endpoints)) {
      if (ep.networkId !== n.id) continue;
      out[c.id] = struct(
        {
          Name: c.name,
          EndpointID: ep.endpointId,
          MacAddress: ep.macAddress,
          IPv4Address: ep.ipAddress === '' ? '' : `${ep.ipAddress}/${ep.ipPrefixLen}`,
          IPv6Address: '',
        },
        'network.EndpointResource',
      );
    }
  }
  return typedMap(sortedRecord(out), 'map[string]network.EndpointResource');
}

/** The full inspect object of a network. */
export function inspectNetwork(state: EngineState, n: Network): Json {
  const ipam: GoJsonValue = struct(
    {
      Driver: 'default',
      Options: nilMap(),
      Config:
        n.subnet === ''
          ? null
          : [struct({ Subnet: n.subnet, Gateway: n.gateway }, 'network.IPAMConfig')],
    },
    'network.IPAM',
  );
  const isDefaultBridge = n.builtin && n.driver === 'bridge';
  return struct(
    {
      Name: n.name,
      Id: n.id,
      Created: rfc3339Nano(n.created),
      Scope: n.scope,
      Driver: n.driver,
      EnableIPv4: true,
      EnableIPv6: false,
      IPAM: ipam,
      Internal: n.internal,
      Attachable: n.attachable,
      Ingress: false,
      ConfigFrom: struct({ Network: '' }, 'network.ConfigReference'),
      ConfigOnly: false,
      Containers: attachedContainers(state, n),
      Options: typedMap(isDefaultBridge ? { ...DEFAULT_BRIDGE_OPTIONS } : {}),
      Labels: typedMap(sortedRecord(n.labels)),
    },
    'network.Inspect',
  );
}

/** The full inspect object of a volume (keys in alphabetical order, as the API returns them). */
export function inspectVolume(v: Volume): Json {
  const labels: Record<string, string> = { ...v.labels };
  if (v.anonymous) labels['com.docker.volume.anonymous'] = '';
  return struct(
    {
      CreatedAt: rfc3339(v.created),
      Driver: v.driver,
      Labels:
        Object.keys(labels).length > 0 || !v.anonymous ? typedMap(sortedRecord(labels)) : nilMap(),
      Mountpoint: volumeMountpoint(v.name),
      Name: v.name,
      // Volumes created by `docker volume create` carry the (empty) options the CLI sends.
      Options: v.anonymous ? nilMap() : typedMap({}),
      Scope: 'local',
    },
    'volume.Volume',
  );
}
