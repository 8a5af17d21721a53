import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
const port = 4398;
const server = spawn(process.execPath, ['e2e/static-server.mjs', '--dir', process.env.DIST ?? 'dist-perf', '--port', String(port)]);
await new Promise((r) => server.stdout.once('data', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  for (let i = 0; i < 3; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/bac-a-sable/`);
  await page.waitForSelector('[data-terminal][data-ready]');
  const out = await page.evaluate(() => ({
    marks: performance.getEntriesByType('mark').map((m) => [m.name.replace('cours-terminal:', ''), Math.round(m.startTime)]),
    res: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).map((e) => [e.name.split('/').pop().slice(0, 22), Math.round(e.startTime), Math.round(e.responseEnd)]),
    nav: Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd),
  }));
  console.log('DCL', out.nav, out.marks.map((m) => m.join('=')).join(' '));
  console.log('  ', out.res.map((r) => r.join(':')).join('  '));
  await context.close();
  }
} finally { await browser.close(); server.kill(); }
