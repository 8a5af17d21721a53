// Prints the JavaScript a page of the built site loads (count, raw and gzip sizes), script by script.
// Usage (after `npm run build`): npx node e2e/measure-js.mjs [path]  — default: chapter 3.2.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const path = process.argv[2] ?? '03-concepts-fondamentaux/02-conteneurs-docker/';
const port = 4399;
const server = spawn(process.execPath, [
  'e2e/static-server.mjs',
  '--dir',
  'dist',
  '--port',
  String(port),
]);
await new Promise((resolve) => server.stdout.once('data', resolve));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
const scripts = new Set();
page.on('request', (request) => {
  if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
});
await page.goto(`http://127.0.0.1:${port}/${path}`, { waitUntil: 'networkidle' });
await page.waitForTimeout(1000);
await browser.close();
server.kill();

let raw = 0;
let gzip = 0;
for (const script of [...scripts].sort()) {
  const body = readFileSync(`dist${decodeURIComponent(script)}`);
  const zipped = gzipSync(body, { level: 9 }).length;
  raw += body.length;
  gzip += zipped;
  console.log(`${(zipped / 1024).toFixed(1).padStart(7)} KiB gzip  ${script}`);
}
console.log(
  `${scripts.size} scripts: ${(raw / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip`,
);
