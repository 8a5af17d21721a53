// Benchmark (issue 5): a `docker exec` round trip, a 10 MB file through `docker cp`, `docker images` with 200 images.
// Run: npx node bench/images-bench.ts   (Node 24 strips the TypeScript types itself.)
import { performance } from 'node:perf_hooks';
import { createMachine, type Machine } from '../src/shell/machine.ts';
import { runToCompletion } from '../src/shell/driver.ts';
import { docker } from '../src/cli/index.ts';
import { createEngine } from '../src/engine/index.ts';

async function line(m: Machine, text: string): Promise<{ out: string; code: number }> {
  const r = m.runLine(text, {
    columns: 100,
    rows: 30,
    stdoutIsTTY: false,
    stdinIsTTY: false,
    stdin: '',
  });
  let out = '';
  const drain = (async () => {
    for await (const c of r.output) out += c.data;
  })();
  for (let i = 0; i < 100 && !r.done(); i++) {
    const s = await runToCompletion(m, r, { maxVirtualMs: 600_000 });
    if (s.state === 'timeout') break;
  }
  await drain;
  return { out, code: await r.exitCode };
}

function stats(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return `médiane ${q(0.5).toFixed(2)} ms, p99 ${q(0.99).toFixed(2)} ms (${s.length} mesures)`;
}

async function timed(m: Machine, text: string, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const r = await line(m, text);
    out.push(performance.now() - t);
    if (r.code !== 0) throw new Error(`${text} → ${r.code}: ${r.out}`);
  }
  return out;
}

const limits = { maxFileBytes: 32 * 1024 * 1024, maxLayerBytes: 256 * 1024 * 1024 };
const m = createMachine({
  engine: createEngine({ seed: 5, presentTags: ['nginx:latest'], limits }),
  docker,
});
await m.ready();
await line(m, 'docker run -d --name web nginx');
await line(m, 'docker exec web true');
console.log(
  `docker exec web cat /etc/hostname : ${stats(await timed(m, 'docker exec web cat /etc/hostname', 200))}`,
);
console.log(
  `docker exec web ls -la /etc : ${stats(await timed(m, 'docker exec web ls -la /etc', 100))}`,
);

// 10 MB: written on the host, copied in, copied back out.
await line(m, 'docker exec web sh -c "echo ok"');
const big = 'x'.repeat(1023) + '\n';
const hostBig = `${big.repeat(10 * 1024)}`;
const t0 = performance.now();
const written = await line(m, `docker cp web:/etc/hostname /tmp/seed`);
void written;
{
  // The host file is made through the host shell's filesystem, as a learner's file would be.
  const port = (
    m as unknown as {
      hostBash(): Promise<{ fs: { writeFile(p: string, c: string): Promise<void> } }>;
    }
  ).hostBash;
  const { fs } = await port.call(m);
  await fs.writeFile('/tmp/big.bin', hostBig);
}
const tw = performance.now() - t0;
const cpIn = await timed(m, 'docker cp /tmp/big.bin web:/big.bin', 5);
const cpOut = await timed(m, 'docker cp web:/big.bin /tmp/back.bin', 5);
console.log(`docker cp d'un fichier de 10 Mo vers le conteneur : ${stats(cpIn)}`);
console.log(
  `docker cp d'un fichier de 10 Mo depuis le conteneur : ${stats(cpOut)}  (préparation ${tw.toFixed(0)} ms)`,
);

// 200 images: commits of containers, each tagged.
const e = createEngine({ seed: 9, presentTags: ['busybox:latest'] });
const m2 = createMachine({ engine: e, docker });
await m2.ready();
for (let i = 0; i < 200; i++) {
  const c = e.create({ image: 'busybox', cmd: ['sleep', '1'] });
  if (!c.ok) throw new Error('create');
  e.images.commit(c.value.id, { reference: `app${i}:v${i % 7}` });
  e.remove(c.value.id, { force: true });
}
const listed = await line(m2, 'docker images');
console.log(
  `docker images (${listed.out.split('\n').length - 2} lignes) : ${stats(await timed(m2, 'docker images', 100))}`,
);
