// Benchmark (issue 6): a host `curl` round trip to a published nginx, `docker stats --no-stream` over 100
// containers, and `docker run -d -p … nginx` repeated 1000 times (cost per run must stay flat).
// Run: npx node bench/network-bench.ts   (Node 24 strips the TypeScript types itself.)
import { createEngine, type Engine } from '../src/engine/index.ts';
import { docker } from '../src/cli/index.ts';
import { curl } from '../src/shell/curl.ts';
import { collect } from '../src/cli/process.ts';
import type { CliCommand } from '../src/cli/contract.ts';
import { contextFor } from '../src/cli/commands/test-kit.ts';

const T0 = Date.UTC(2026, 10, 27, 19, 32, 0);

async function run(engine: Engine, program: CliCommand, argv: string[]) {
  return collect(program(argv, contextFor(engine)));
}

function stats(samples: number[]): { median: number; p99: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { median: at(0.5), p99: at(0.99) };
}

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

async function timeIt(
  n: number,
  fn: () => Promise<unknown>,
): Promise<{ median: number; p99: number }> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

// 1. curl round trip: host → published port → nginx (access log written).
{
  const engine = createEngine({ now: T0 });
  await run(engine, docker, ['run', '-d', '--name', 'web', '-p', '8080:80', 'nginx']);
  const r = await run(engine, curl, ['-s', 'http://localhost:8080/']);
  if (!r.stdout.includes('Welcome to nginx!')) throw new Error('curl did not reach nginx');
  const s = await timeIt(2000, () => run(engine, curl, ['-s', 'http://localhost:8080/']));
  console.log(`curl localhost:8080 round trip: median ${fmt(s.median)}, p99 ${fmt(s.p99)}`);
}

// 2. docker stats --no-stream over 100 running containers.
{
  const engine = createEngine({ now: T0 });
  for (let i = 0; i < 100; i++) await run(engine, docker, ['run', '-d', i % 2 ? 'nginx' : 'redis']);
  const r = await run(engine, docker, ['stats', '--no-stream']);
  if (r.stdout.split('\n').length !== 102)
    throw new Error(`stats printed ${r.stdout.split('\n').length} lines`);
  const s = await timeIt(200, () => run(engine, docker, ['stats', '--no-stream']));
  console.log(
    `docker stats --no-stream, 100 containers: median ${fmt(s.median)}, p99 ${fmt(s.p99)}`,
  );
}

// 3. docker run -d -p 80 nginx ×1000: per-run cost by slice of 250 (flat = no scan of every container).
{
  const engine = createEngine({ now: T0, limits: { maxContainers: 5000 } });
  const slices: string[] = [];
  for (let slice = 0; slice < 4; slice++) {
    const samples: number[] = [];
    for (let i = 0; i < 250; i++) {
      const t = performance.now();
      await run(engine, docker, ['run', '-d', '-p', '80', 'nginx']);
      samples.push(performance.now() - t);
    }
    const s = stats(samples);
    slices.push(`${slice * 250 + 1}–${(slice + 1) * 250}: median ${fmt(s.median)}`);
  }
  console.log(`docker run -d -p 80 nginx ×1000 (by slice): ${slices.join('; ')}`);
}
