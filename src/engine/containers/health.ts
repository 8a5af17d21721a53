// Healthchecks: probes run by the shell interpreter at their interval, the Health state and its events.
import type { Container, HealthcheckConfig } from '../types.ts';
import { emitContainerEvent, type Core } from '../core.ts';
import { lateParts } from '../late.ts';

const NS = 1_000_000;
const DEFAULT_INTERVAL = 30_000;
const DEFAULT_TIMEOUT = 30_000;
const DEFAULT_START_INTERVAL = 5_000;
const DEFAULT_RETRIES = 3;
const KEPT_RESULTS = 5;

/** The container's effective healthcheck, or undefined when it has none (or `--no-healthcheck`). */
export function healthcheckOf(c: Container): HealthcheckConfig | undefined {
  const hc = c.config.healthcheck;
  if (!hc || hc.Test.length === 0 || hc.Test[0] === 'NONE') return undefined;
  return hc;
}

const ms = (ns: number | undefined, dflt: number): number =>
  ns && ns > 0 ? Math.round(ns / NS) : dflt;

function intervalNow(c: Container, hc: HealthcheckConfig, now: number): number {
  const inStart = c.state.startedAt !== null && now < c.state.startedAt + ms(hc.StartPeriod, 0);
  return inStart ? ms(hc.StartInterval, DEFAULT_START_INTERVAL) : ms(hc.Interval, DEFAULT_INTERVAL);
}

/** On start: health "starting", first probe one interval later. */
export function initHealth(core: Core, c: Container): void {
  const hc = healthcheckOf(c);
  if (!hc) {
    delete c.state.health;
    return;
  }
  const now = core.state.now;
  c.state.health = {
    status: 'starting',
    failingStreak: 0,
    log: c.state.health?.log ?? [],
    nextCheckAt: now + intervalNow(c, hc, now),
  };
}

/** The probe's command line as Docker shows it in exec events ("/bin/sh -c true"). */
function probeArgv(hc: HealthcheckConfig): string[] {
  const [kind, ...rest] = hc.Test;
  if (kind === 'CMD-SHELL') return ['/bin/sh', '-c', rest.join(' ')];
  return rest;
}

/** The probe is due: run it, record the result, update the status and schedule the next one. */
export function runHealthCheck(core: Core, c: Container): void {
  const hc = healthcheckOf(c);
  const health = c.state.health;
  if (!hc || !health) return;
  const now = core.state.now;
  const argv = probeArgv(hc);
  const cmdline = argv.join(' ');
  const execId =
    `${c.id.slice(0, 32)}${String(health.log.length + c.restartCount).padStart(32, '0')}`.slice(
      0,
      64,
    );
  emitContainerEvent(core, c, `exec_create: ${cmdline}`, { execID: execId });
  emitContainerEvent(core, c, `exec_start: ${cmdline}`, { execID: execId });
  const r = lateParts().runProbe(core, c, argv, ms(hc.Timeout, DEFAULT_TIMEOUT));
  emitContainerEvent(core, c, 'exec_die', { execID: execId, exitCode: String(r.exitCode) });
  health.log.push({ start: now, end: now + r.durationMs, exitCode: r.exitCode, output: r.output });
  if (health.log.length > KEPT_RESULTS) health.log.splice(0, health.log.length - KEPT_RESULTS);
  const before = health.status;
  const inStart = c.state.startedAt !== null && now < c.state.startedAt + ms(hc.StartPeriod, 0);
  if (r.exitCode === 0) {
    health.failingStreak = 0;
    health.status = 'healthy';
  } else if (!inStart) {
    health.failingStreak++;
    if (health.failingStreak >= (hc.Retries && hc.Retries > 0 ? hc.Retries : DEFAULT_RETRIES))
      health.status = 'unhealthy';
  }
  if (health.status !== before) emitContainerEvent(core, c, `health_status: ${health.status}`);
  health.nextCheckAt = now + r.durationMs + intervalNow(c, hc, now);
}
