// Docker's embedded DNS as a container sees it: names and aliases on user-defined networks only, plus --add-host.
import type { Container, EngineState } from '../types.ts';
import { own } from '../errors.ts';

/**
 * The IPv4 address a name resolves to inside `from`, 'host-gateway' for an --add-host entry pointing at
 * the host, or undefined (no DNS on the default bridge, and no Internet in the emulator).
 */
export function resolveFromContainer(
  state: EngineState,
  from: Container,
  name: string,
): string | 'host-gateway' | undefined {
  const wanted = name.toLowerCase().replace(/\.$/, '');
  for (const entry of from.config.extraHosts) {
    const i = entry.indexOf(':');
    if (i < 0 || entry.slice(0, i).toLowerCase() !== wanted) continue;
    const ip = entry.slice(i + 1);
    return ip === 'host-gateway' ? 'host-gateway' : ip;
  }
  for (const ep of Object.values(from.endpoints)) {
    if (ep.ipAddress === '') continue;
    const net = own(state.networks, ep.networkId);
    if (!net || net.builtin) continue;
    for (const c of Object.values(state.containers)) {
      if (c.state.status !== 'running' && c.state.status !== 'paused') continue;
      const other = Object.values(c.endpoints).find((e) => e.networkId === net.id);
      if (!other || other.ipAddress === '') continue;
      if (other.dnsNames.some((n) => n.toLowerCase() === wanted)) return other.ipAddress;
      if (other.aliases.some((n) => n.toLowerCase() === wanted)) return other.ipAddress;
    }
  }
  return undefined;
}
