// State invariants checked by tests, fuzzing and snapshot restore: unique names/IDs, coherent states, ports.
import type { EngineState } from './types.ts';

/** Returns the list of violated invariants (empty when the state is valid). */
export function checkInvariants(state: EngineState): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  const ports = new Set<string>();
  const ips = new Set<string>();
  for (const [id, c] of Object.entries(state.containers)) {
    if (!/^[a-f0-9]{64}$/.test(id)) problems.push(`bad id ${id}`);
    if (c.id !== id) problems.push(`id mismatch ${id}`);
    if (names.has(c.name)) problems.push(`duplicate name ${c.name}`);
    names.add(c.name);
    const s = c.state;
    const active = s.status === 'running' || s.status === 'paused';
    if (active !== s.pid > 0) problems.push(`${c.name}: pid ${s.pid} with status ${s.status}`);
    if (active !== c.processes.length > 0)
      problems.push(`${c.name}: processes with status ${s.status}`);
    if (!active && c.boundPorts.length > 0)
      problems.push(`${c.name}: ports bound while ${s.status}`);
    if (s.status === 'restarting' && s.restartAt === undefined)
      problems.push(`${c.name}: restarting without restartAt`);
    if (
      s.status === 'created' &&
      s.startedAt !== null &&
      c.restartCount === 0 &&
      s.finishedAt !== null
    ) {
      problems.push(`${c.name}: created but finished`);
    }
    if (!state.images[c.imageId]) problems.push(`${c.name}: unknown image`);
    for (const b of c.boundPorts) {
      const key = `${b.proto}/${b.hostIp}/${b.hostPort}`;
      if (ports.has(key)) problems.push(`port ${key} bound twice`);
      ports.add(key);
    }
    for (const [net, ep] of Object.entries(c.endpoints)) {
      if (!ep.ipAddress) continue;
      if (!active) problems.push(`${c.name}: IP kept while ${s.status}`);
      const key = `${net}/${ep.ipAddress}`;
      if (ips.has(key)) problems.push(`IP ${key} given twice`);
      ips.add(key);
    }
  }
  if (Object.keys(state.containers).length > state.limits.maxContainers)
    problems.push('too many containers');
  for (const [tag, id] of Object.entries(state.tags))
    if (!state.images[id]) problems.push(`tag ${tag} points nowhere`);
  return problems;
}
