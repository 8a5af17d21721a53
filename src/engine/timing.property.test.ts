// Property tests over time: random interleavings of container operations and clock advances keep the invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInvariants, createEngine, engineFromSnapshot, type Engine } from './index.ts';

const PROGRAMS: {
  image: string;
  cmd?: string[];
  restart?: string;
  healthCmd?: string;
  tty?: boolean;
}[] = [
  { image: 'nginx' },
  { image: 'busybox', cmd: ['sleep', '5'] },
  { image: 'busybox', cmd: ['sh', '-c', 'while true; do date; sleep 1; done'] },
  { image: 'busybox', cmd: ['sh', '-c', 'echo boom; exit 1'], restart: 'always' },
  { image: 'busybox', cmd: ['sh', '-c', 'sleep 2; exit 3'], restart: 'on-failure:2' },
  {
    image: 'busybox',
    cmd: ['sh', '-c', 'trap "echo bye; exit 0" TERM; while true; do sleep 1; done'],
    restart: 'unless-stopped',
  },
  { image: 'busybox', cmd: ['sh', '-c', 'for i in 1 2 3; do echo $i >&2; sleep 1; done'] },
  { image: 'busybox', cmd: ['sh'], tty: true },
  { image: 'busybox', cmd: ['commandeinexistante'] },
  { image: 'nginx', healthCmd: 'false' },
];

type Op =
  | { k: 'run'; p: number; name: number }
  | {
      k: 'start' | 'stop' | 'kill' | 'pause' | 'unpause' | 'restart' | 'rm';
      name: number;
      arg: number;
    }
  | { k: 'type'; name: number; text: string }
  | { k: 'advance'; ms: number }
  | { k: 'snapshot' };

const name = (n: number) => `c${n}`;

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant('run' as const), p: fc.nat(PROGRAMS.length - 1), name: fc.nat(5) }),
  fc.record({
    k: fc.constantFrom(
      'start',
      'stop',
      'kill',
      'pause',
      'unpause',
      'restart',
      'rm',
    ) as fc.Arbitrary<'start'>,
    name: fc.nat(5),
    arg: fc.nat(3),
  }),
  fc.record({
    k: fc.constant('type' as const),
    name: fc.nat(5),
    text: fc.constantFrom('echo hi\r', 'exit 2\r', '\x03', 'sleep 3\r'),
  }),
  fc.record({ k: fc.constant('advance' as const), ms: fc.oneof(fc.nat(2_000), fc.nat(70_000)) }),
  fc.record({ k: fc.constant('snapshot' as const) }),
);

function apply(e: Engine, o: Op): Engine {
  switch (o.k) {
    case 'run': {
      const p = PROGRAMS[o.p] ?? PROGRAMS[0]!;
      const created = e.create({
        image: p.image,
        name: name(o.name),
        ...(p.cmd ? { cmd: p.cmd } : {}),
        ...(p.restart ? { restart: p.restart } : {}),
        ...(p.tty ? { tty: true, openStdin: true } : {}),
        ...(p.healthCmd
          ? { healthcheck: { Test: ['CMD-SHELL', p.healthCmd], Interval: 1e9, Retries: 2 } }
          : {}),
      });
      if (created.ok) e.start(created.value.id);
      return e;
    }
    case 'start':
      e.start(name(o.name));
      return e;
    case 'stop':
      e.stop(name(o.name), { timeout: o.arg });
      return e;
    case 'kill':
      e.kill(name(o.name), ['SIGKILL', 'SIGTERM', 'SIGINT', 'SIGQUIT'][o.arg]);
      return e;
    case 'pause':
      e.pause(name(o.name));
      return e;
    case 'unpause':
      e.unpause(name(o.name));
      return e;
    case 'restart':
      e.restart(name(o.name), { timeout: o.arg });
      return e;
    case 'rm':
      e.remove(name(o.name), { force: o.arg > 0 });
      return e;
    case 'type': {
      const c = e.findContainer(name(o.name));
      if (c.ok) e.writeStdin(c.value.id, o.text);
      return e;
    }
    case 'advance':
      e.advanceBy(o.ms);
      return e;
    case 'snapshot': {
      const restored = engineFromSnapshot(JSON.parse(JSON.stringify(e.toSnapshot())));
      if (!restored.ok) throw new Error('snapshot refused');
      return restored.value;
    }
  }
}

describe('timing invariants', () => {
  it('random commands and clock advances keep the state consistent', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let e = createEngine({ limits: { maxEvents: 1_000_000 } });
        const counts = new Map<string, number>();
        for (const o of ops) {
          const manual = o.k === 'start' || o.k === 'restart' || o.k === 'run';
          e = apply(e, o);
          expect(checkInvariants(e.state)).toEqual([]);
          for (const c of Object.values(e.state.containers)) {
            const s = c.state;
            // Never both running and exited: a live status has a process and no pending exit state.
            if (s.status === 'running' || s.status === 'paused') expect(s.pid).toBeGreaterThan(0);
            else expect(c.processes).toEqual([]);
            // Restart counts only grow, except when a start by hand resets Docker's restart manager.
            const before = counts.get(c.id) ?? 0;
            if (!(manual && name(o.name) === c.name))
              expect(c.restartCount).toBeGreaterThanOrEqual(before);
            counts.set(c.id, c.restartCount);
          }
          // Every die has a start before it, for the same container.
          const live = new Map<string, number>();
          for (const ev of e.state.events) {
            if (ev.type !== 'container') continue;
            if (ev.action === 'start') live.set(ev.id, (live.get(ev.id) ?? 0) + 1);
            if (ev.action === 'die') {
              const n = live.get(ev.id) ?? 0;
              expect(n).toBeGreaterThan(0);
              live.set(ev.id, n - 1);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a restored snapshot goes on exactly as the original', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 25 }),
        fc.array(fc.nat(20_000), { minLength: 1, maxLength: 5 }),
        (ops, steps) => {
          let e = createEngine();
          for (const o of ops) e = apply(e, o);
          const copy = engineFromSnapshot(JSON.parse(JSON.stringify(e.toSnapshot())));
          if (!copy.ok) throw new Error('snapshot refused');
          for (const ms of steps) {
            e.advanceBy(ms);
            copy.value.advanceBy(ms);
          }
          expect(copy.value.toSnapshot()).toEqual(e.toSnapshot());
        },
      ),
      { numRuns: 50 },
    );
  });
});
