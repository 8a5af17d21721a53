// Prints Lighthouse's four scores (mobile preset, lighthouse 12.2.3) for the chapter page with terminals.
// Usage: npm run build && npm run bench:lighthouse   (serves dist/ locally with gzip as a production server
// would, uses /usr/bin/chromium; DIST=… reads another build)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.ts';

const CHAPTER = '03-concepts-fondamentaux/02-conteneurs-docker/';
const DIST = process.env.DIST ?? 'dist';
const port = 4396;
const CHROME_FLAGS = ['--headless', ...CHROMIUM_ARGS].join(' ');

const server = spawn(process.execPath, [
  'e2e/static-server.mjs',
  '--dir',
  DIST,
  '--port',
  String(port),
  '--gzip',
]);
await new Promise((resolve) => server.stdout.once('data', resolve));

/** Runs the lighthouse CLI and returns its JSON report. */
function lighthouse(url) {
  const bin = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        bin,
        url,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        `--chrome-flags=${CHROME_FLAGS}`,
        '--only-categories=performance,accessibility,best-practices,seo',
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`lighthouse a échoué (${code}) : ${err.slice(-2000)}`));
      else resolve(JSON.parse(out));
    });
  });
}

try {
  const report = await lighthouse(`http://127.0.0.1:${port}/${CHAPTER}`);
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  console.log(`Lighthouse ${report.lighthouseVersion} (mobile) sur /${CHAPTER}`);
  console.log(`  performance        ${score('performance')}  (objectif ≥ 95)`);
  console.log(`  accessibilité      ${score('accessibility')}  (objectif 100)`);
  console.log(`  bonnes pratiques   ${score('best-practices')}  (objectif 100)`);
  console.log(`  SEO                ${score('seo')}  (objectif 100)`);
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]) {
    const audit = report.audits[id];
    if (audit) console.log(`    ${audit.title.padEnd(28)} ${audit.displayValue ?? ''}`);
  }
  // What keeps a category below 100: its failing audits.
  for (const [id, category] of Object.entries(report.categories)) {
    const failing = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => report.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1);
    for (const audit of failing) console.log(`  à revoir (${id}) : ${audit.id} — ${audit.title}`);
  }
} finally {
  server.kill();
}
