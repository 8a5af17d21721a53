// Benchmark: latency of `docker ps -a` at 10/100/1000 containers and of `docker run -d nginx`, heap per container.
// Run: npx node --expose-gc bench/engine-bench.ts   (Node 24 strips the TypeScript types itself.)
import { createEngine, type Engine } from '../src/engine/index.ts';
import { docker } from '../src/cli/index.ts';
import { collect } from '../src/cli/process.ts';
import { listContainers } from '../src/cli/views/ps-list.ts';
import { ContainerContext } from '../src/cli/views/container-context.ts';
import { renderTable } from '../src/cli/format/tabwriter.ts';
import { contextFor } from '../src/cli/commands/test-kit.ts';

/** 2026-11-27T19:32:00Z; the clock is virtual, so the date only shapes the ages printed. */
const T0 = Date.UTC(2026, 10, 27, 19, 32, 0);
const LIMITS = { maxContainers: 5000 };

async function run(
  engine: Engine,
  argv: string[],
): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  const r = await collect(docker(argv, contextFor(engine)));
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

/** An engine holding `n` containers: two thirds nginx running, one third busybox created, 1 s apart. */
async function engineWith(n: number): Promise<Engine> {
  const engine = createEngine({ now: T0, limits: LIMITS });
  for (let i = 0; i < n; i++) {
    const argv = i % 3 === 2 ? ['create', 'busybox', 'sleep', '3600'] : ['run', '-d', 'nginx'];
    const r = await run(engine, argv);
    if (r.exitCode !== 0) throw new Error(`docker ${argv.join(' ')}: ${r.stderr}`);
    engine.advanceBy(1000);
  }
  return engine;
}

interface Stats {
  median: number;
  p99: number;
  mean: number;
}

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
  return { median: at(0.5), p99: at(0.99), mean: s.reduce((a, b) => a + b, 0) / s.length };
}

const ms = (x: number): string => `${x.toFixed(3)} ms`;

async function time(iterations: number, fn: () => Promise<unknown> | unknown): Promise<Stats> {
  for (let i = 0; i < Math.min(20, iterations); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

const gc = (globalThis as { gc?: () => void }).gc;

function heapUsed(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  console.log('docker ps -a');
  const perContainer: number[] = [];
  for (const n of [10, 100, 1000]) {
    const engine = await engineWith(n);
    const check = await run(engine, ['ps', '-a']);
    const lines = check.stdout.split('\n').length - 2;
    if (lines !== n) throw new Error(`ps -a printed ${lines} rows for ${n} containers`);
    const s = await time(n >= 1000 ? 200 : 500, () => run(engine, ['ps', '-a']));
    perContainer.push(s.median / n);
    console.log(
      `  ${String(n).padStart(4)} containers: median ${ms(s.median)}, p99 ${ms(s.p99)}, mean ${ms(s.mean)}`,
    );
    if (n === 1000) {
      // Where the time goes: the daemon's list (summaries + filters) versus the formatting.
      const now = engine.now();
      const list = await time(100, () =>
        listContainers(engine.state, now, {
          all: true,
          limit: -1,
          size: false,
          filters: new Map(),
        }),
      );
      const listed = listContainers(engine.state, now, {
        all: true,
        limit: -1,
        size: false,
        filters: new Map(),
      });
      if (!listed.ok) throw new Error(listed.message);
      const contexts = listed.containers.map((c) => new ContainerContext(c, { trunc: true, now }));
      const cells = (): string[][] =>
        contexts.map((c) => [c.ID, c.Image, c.Command, c.RunningFor, c.Status, c.Ports, c.Names]);
      const fields = await time(100, cells);
      const rows = cells();
      const table = await time(100, () => renderTable(rows));
      console.log(
        `        medians: daemon list ${ms(list.median)}, column values ${ms(fields.median)}, tabwriter ${ms(table.median)}`,
      );
    }
  }
  const growth = (perContainer[2] as number) / (perContainer[1] as number);
  console.log(
    `  cost per container at 1000 / at 100: ${growth.toFixed(2)} (≤ ~1 means linear or better)`,
  );

  console.log('docker run -d nginx, 1000 times');
  const engine = createEngine({ now: T0, limits: LIMITS });
  const samples: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t = performance.now();
    const r = await run(engine, ['run', '-d', 'nginx']);
    samples.push(performance.now() - t);
    if (r.exitCode !== 0) throw new Error(r.stderr);
    engine.advanceBy(100);
  }
  const s = stats(samples);
  const first = stats(samples.slice(0, 100));
  const last = stats(samples.slice(-100));
  console.log(
    `  median ${ms(s.median)}, p99 ${ms(s.p99)}; first 100 median ${ms(first.median)}, last 100 median ${ms(last.median)}`,
  );

  console.log('heap retained by 1000 containers');
  if (!gc) console.log('  (run with --expose-gc for exact figures)');
  const before = heapUsed();
  const held = await engineWith(1000);
  const after = heapUsed();
  const snapshotBytes = JSON.stringify(held.toSnapshot()).length;
  console.log(
    `  ${((after - before) / 1024 / 1024).toFixed(2)} MiB in all, ${((after - before) / 1000 / 1024).toFixed(1)} KiB per container; ` +
      `snapshot ${(snapshotBytes / 1024 / 1024).toFixed(2)} MiB of JSON`,
  );
  console.log(`  (engine kept alive: ${Object.keys(held.state.containers).length} containers)`);
}

await main();
