import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
const port = 4398;
const server = spawn(process.execPath, ['e2e/static-server.mjs', '--dir', process.env.DIST ?? 'dist-perf', '--port', String(port)]);
await new Promise((r) => server.stdout.once('data', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`http://127.0.0.1:${port}/bac-a-sable/`);
  await page.waitForSelector('[data-terminal][data-ready]');
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]));
  const { profile } = await cdp.send('Profiler.stop');
  console.log(marks.map((m) => m.join('=')).join(' '));
  const visible = marks.find((m) => m[0] === 'cours-terminal:visible')[1];
  const ready = marks.find((m) => m[0] === 'cours-terminal:ready')[1];
  // self time per function between visible and ready (profile times are µs from profile.startTime, unknown offset: use all)
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i]);
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
  for (const [k, v] of top) console.log((v / 1000).toFixed(1).padStart(7), k);
  console.log('visible→ready', ready - visible);
} finally { await browser.close(); server.kill(); }
