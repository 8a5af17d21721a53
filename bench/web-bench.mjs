// Prints the terminal's web budgets: JS before/after it is visible (gzip), visible→ready and Enter→output times.
// Usage: npm run build && npm run bench:web   (serves dist/ on a free local port, uses /usr/bin/chromium)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

// A course page without any terminal: what the terminal's frame adds is measured against it.
const CHAPTER = 'travaux-pratiques/00-presentation/';
const TERMINAL_PAGE = 'bac-a-sable/';
const RUNS = Number(process.env.RUNS ?? 9);
// DIST=dist-perf reads another build (OUT_DIR=dist-perf npm run build), so as not to race other builds.
const DIST = process.env.DIST ?? 'dist';
const port = 4397;

const server = spawn(process.execPath, [
  'e2e/static-server.mjs',
  '--dir',
  DIST,
  '--port',
  String(port),
]);
await new Promise((resolve) => server.stdout.once('data', resolve));
const origin = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

const gzipOf = (path) =>
  gzipSync(readFileSync(`${DIST}${decodeURIComponent(path)}`), { level: 9 }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Opens a page in a fresh context (empty cache and storage) and records the scripts it loads. */
async function openPage(path, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const scripts = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${origin}/${path}`, { waitUntil: 'networkidle' });
  return { context, page, scripts };
}

const total = (scripts) => scripts.reduce((sum, script) => sum + gzipOf(script), 0);

try {
  // 1. JS of a chapter page without a terminal, and of a page whose terminal is not yet visible.
  const chapter = await openPage(CHAPTER, { width: 1280, height: 720 });
  const chapterJs = total(chapter.scripts);
  await chapter.context.close();
  const hidden = await openPage(TERMINAL_PAGE, { width: 1280, height: 200 });
  await hidden.page.waitForTimeout(500);
  const hiddenJs = total(hidden.scripts);
  const started = await hidden.page.locator('[data-terminal][data-started]').count();
  console.log(`JS avant que le terminal soit visible (gzip)`);
  console.log(
    `  chapitre sans terminal        ${kib(chapterJs)}  (${chapter.scripts.length} scripts)`,
  );
  console.log(
    `  page au terminal non visible  ${kib(hiddenJs)}  (${hidden.scripts.length} scripts; terminal démarré : ${started ? 'oui' : 'non'})`,
  );
  const own = hidden.scripts.filter((script) => !chapter.scripts.includes(script));
  for (const script of own) console.log(`  ${kib(gzipOf(script)).padStart(10)}  ${script}`);
  console.log(`  scripts en plus d'un chapitre ${kib(total(own))}  (budget ≤ 1 KiB)`);

  // 2. JS fetched once it is visible: until the prompt is ready, then in the background.
  // Everything fetched from here on is the terminal's: its code may start loading just before it is visible.
  const scrolledAt = await hidden.page.evaluate(() => performance.now());
  await hidden.page.locator('[data-terminal]').scrollIntoViewIfNeeded();
  await hidden.page.waitForSelector('[data-terminal][data-ready]');
  await hidden.page.waitForLoadState('networkidle');
  await hidden.page.waitForTimeout(1500);
  const timeline = await hidden.page.evaluate(() => ({
    visible: performance.getEntriesByName('cours-terminal:visible')[0].startTime,
    ready: performance.getEntriesByName('cours-terminal:ready')[0].startTime,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'))
      .map((entry) => ({ path: new URL(entry.name).pathname, at: entry.startTime })),
  }));
  const untilReady = timeline.scripts
    .filter((s) => s.at >= Math.min(scrolledAt, timeline.visible) && s.at <= timeline.ready)
    .map((s) => s.path);
  const background = timeline.scripts.filter((s) => s.at > timeline.ready).map((s) => s.path);
  console.log(`JS quand le terminal devient visible (gzip)`);
  for (const script of untilReady) console.log(`  ${kib(gzipOf(script)).padStart(10)}  ${script}`);
  console.log(`  jusqu'à l'invite prête        ${kib(total(untilReady))}  (budget ≤ 130 KiB)`);
  for (const script of background) console.log(`  ${kib(gzipOf(script)).padStart(10)}  ${script}`);
  console.log(`  ensuite en arrière-plan       ${kib(total(background))} (CLI docker, just-bash)`);
  await hidden.context.close();

  // 3. Times, median of RUNS fresh page loads: visible → ready prompt, Enter → first output.
  const cold = [];
  const warm = [];
  const enter = [];
  const enterBash = [];
  const steps = {
    load: [],
    xterm: [],
    xtermNew: [],
    xtermOpen: [],
    xtermFit: [],
    machine: [],
    prompt: [],
  };
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await openPage(TERMINAL_PAGE, { width: 1280, height: 720 });
    const measure = () =>
      page.evaluate(() => {
        const mark = (name) =>
          performance.getEntriesByName(`cours-terminal:${name}`).map((m) => m.startTime);
        return {
          visible: mark('visible')[0],
          loaded: mark('loaded')[0],
          xterm: mark('xterm')[0],
          xtermNew: mark('xterm-new')[0],
          xtermOpen: mark('xterm-open')[0],
          machine: mark('machine')[0],
          ready: mark('ready')[0],
          enter: mark('enter'),
          first: mark('first-output'),
        };
      });
    await page.waitForSelector('[data-terminal][data-ready]');
    let marks = await measure();
    cold.push(marks.ready - marks.visible);
    steps.load.push(marks.loaded - marks.visible);
    steps.xterm.push(marks.xterm - marks.loaded);
    steps.xtermNew.push(marks.xtermNew - marks.loaded);
    steps.xtermOpen.push(marks.xtermOpen - marks.xtermNew);
    steps.xtermFit.push(marks.xterm - marks.xtermOpen);
    steps.machine.push(marks.machine - marks.xterm);
    steps.prompt.push(marks.ready - marks.machine);
    const input = page.locator('.xterm-helper-textarea');
    await input.focus();
    await page.keyboard.type('docker ps');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => performance.getEntriesByName('cours-terminal:first-output').length > 0,
    );
    marks = await measure();
    enter.push(marks.first[0] - marks.enter[0]);
    await page.waitForSelector('[data-terminal]:not([data-busy])');
    await page.keyboard.type('echo bonjour | wc -c');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => performance.getEntriesByName('cours-terminal:first-output').length > 1,
    );
    marks = await measure();
    enterBash.push(marks.first[1] - marks.enter[1]);
    // A second visit in the same browser: scripts cached, machine restored from IndexedDB.
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('[data-terminal][data-ready]');
    marks = await measure();
    warm.push(marks.ready - marks.visible);
    await context.close();
  }
  const show = (label, values, budget) =>
    console.log(
      `  ${label.padEnd(44)} médiane ${median(values).toFixed(0).padStart(4)} ms  (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})${budget ? `  budget ${budget}` : ''}`,
    );
  console.log(`Temps (${RUNS} chargements, Chromium, serveur local)`);
  show('visible → invite prête, 1re visite', cold, '≤ 100 ms');
  show('  dont chargement du module (réseau + analyse)', steps.load);
  show('  dont création de xterm', steps.xterm);
  show('    new Terminal', steps.xtermNew);
  show('    open', steps.xtermOpen);
  show('    fit', steps.xtermFit);
  show('  dont machine (IndexedDB + moteur)', steps.machine);
  show('  dont 1re invite affichée', steps.prompt);
  show('visible → invite prête, visite suivante', warm, '≤ 100 ms');
  show('Entrée → 1re sortie, « docker ps »', enter, '≤ 150 ms');
  show('Entrée → 1re sortie, 1re ligne bash (tube)', enterBash);
} finally {
  await browser.close();
  server.kill();
}
