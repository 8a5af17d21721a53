// Benchmark of programs and time: `docker logs --tail 10` on a 100,000-line log, and advancing the clock one
// virtual minute with 100 containers running `while true; do date; sleep 1; done`. Goals: < 5 ms and < 20 ms.
// Run: npx node bench/engine-bench-time.ts   (or npm run bench:time)
import { performance } from 'node:perf_hooks';
import { createEngine } from '../src/engine/index.ts';
import { docker } from '../src/cli/index.ts';
import { collect } from '../src/cli/process.ts';
import { contextFor } from '../src/cli/commands/test-kit.ts';

const T0 = Date.UTC(2026, 10, 27, 19, 32, 0);

function stats(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return `médiane ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms (${s.length} mesures)`;
}

async function logsTail(): Promise<void> {
  const engine = createEngine({ now: T0, limits: { maxLogLines: 200_000 } });
  const script = 'i=0; while [ $i -lt 100000 ]; do echo "ligne $i"; i=$((i+1)); done; sleep 100000';
  const created = engine.create({ image: 'busybox', name: 'bavard', cmd: ['sh', '-c', script] });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  engine.start('bavard');
  const fill = performance.now();
  engine.advanceBy(60_000);
  const lines = engine.state.containers[created.value.id]?.logs.length ?? 0;
  process.stdout.write(
    `remplissage : ${lines} lignes en ${(performance.now() - fill).toFixed(0)} ms\n`,
  );
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    const r = await collect(docker(['logs', '--tail', '10', 'bavard'], contextFor(engine)));
    samples.push(performance.now() - t);
    if (r.stdout.split('\n').length !== 11) throw new Error(`sortie inattendue : ${r.stdout}`);
  }
  process.stdout.write(
    `docker logs --tail 10 sur ${lines} lignes : ${stats(samples)} (objectif < 5 ms)\n`,
  );
}

function clockMinute(): void {
  const engine = createEngine({ now: T0 });
  for (let i = 0; i < 100; i++) {
    const c = engine.create({
      image: 'busybox',
      name: `horloge${i}`,
      cmd: ['sh', '-c', 'while true; do date; sleep 1; done'],
    });
    if (!c.ok) throw new Error(JSON.stringify(c.error));
    engine.start(c.value.id);
    engine.advanceBy(10);
  }
  const samples: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    engine.advanceBy(60_000);
    samples.push(performance.now() - t);
  }
  const lines = Object.values(engine.state.containers).reduce((n, c) => n + c.logs.length, 0);
  process.stdout.write(
    `avancer d’une minute virtuelle avec 100 conteneurs actifs : ${stats(samples)} (objectif < 20 ms ; ${lines} lignes de logs)\n`,
  );
}

await logsTail();
clockMinute();
