// Prints the terminal's web budgets: JS before/after it is visible (gzip), visible→ready and Enter→output times,
// on the « Bac à sable » (a terminal visible at load) and on chapter 3.2 (terminals with a start fixture).
// Usage: npm run build && npm run bench:web   (serves dist/ on a free local port, uses /usr/bin/chromium)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.ts';

// A course page without any terminal: what a terminal's frame adds is measured against it.
const PLAIN_PAGE = 'travaux-pratiques/00-presentation/';
const SANDBOX = { path: 'bac-a-sable/', machine: 'bac-a-sable', label: 'bac à sable' };
const CHAPTER = {
  path: '03-concepts-fondamentaux/02-conteneurs-docker/',
  // The chapter's first terminal: its fixture starts nginx (docker CLI and container programs).
  machine: 'chapitre-3-2-images',
  label: 'chapitre 3.2',
};
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
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const gzipOf = (path) =>
  gzipSync(readFileSync(`${DIST}${decodeURIComponent(path)}`), { level: 9 }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const total = (scripts) => scripts.reduce((sum, script) => sum + gzipOf(script), 0);

/** Opens a page in a fresh context (empty cache and storage) and records the scripts it loads. */
async function openPage(path, viewport, waitUntil = 'networkidle') {
  const context = await browser.newContext({ viewport });
  // The page reports each terminal mark on the console: waiting for one then runs no Playwright script in
  // the page (its first evaluation compiles ~15 ms of helpers, which would fall inside the measured window).
  await context.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name.startsWith('cours-terminal:'))
          console.debug(`${entry.name} ${entry.detail}`);
      }
    }).observe({ type: 'mark' });
  });
  const page = await context.newPage();
  const reported = [];
  page.on('console', (message) => {
    if (message.text().startsWith('cours-terminal:')) reported.push(message.text());
  });
  reportedMarks.set(page, reported);
  const scripts = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${origin}/${path}`, { waitUntil });
  return { context, page, scripts };
}

/** Marks reported on the console, per page (see openPage). */
const reportedMarks = new WeakMap();

/** The terminal's timing marks (see mount.ts) for one machine, once `until` was reported `count` times. */
async function marksOf(page, machine, until = 'ready', count = 1) {
  const reported = reportedMarks.get(page);
  const wanted = `cours-terminal:${until} ${machine}`;
  for (let waited = 0; ; waited += 10) {
    if (reported.filter((text) => text === wanted).length >= count) break;
    if (waited > 20_000) throw new Error(`${machine} : pas de marque « ${until} » après 20 s`);
    await sleep(10);
  }
  return page.evaluate((machine) => {
    const marks = {};
    for (const entry of performance.getEntriesByType('mark')) {
      if (!entry.name.startsWith('cours-terminal:') || entry.detail !== machine) continue;
      (marks[entry.name.slice('cours-terminal:'.length)] ??= []).push(entry.startTime);
    }
    return marks;
  }, machine);
}

/** Scripts fetched between the terminal's first step (`since`) and its ready prompt, then after it. */
async function scriptsAround(page, machine, since, exclude = []) {
  await page.waitForLoadState('networkidle');
  await sleep(1500);
  const marks = await marksOf(page, machine);
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'))
      .map((entry) => ({ path: new URL(entry.name).pathname, at: entry.startTime })),
  );
  const ready = marks.ready[0];
  const from = Math.min(since, marks.visible[0]);
  return {
    untilReady: entries
      .filter((s) => s.at >= from && s.at <= ready && !exclude.includes(s.path))
      .map((s) => s.path),
    background: entries.filter((s) => s.at > ready).map((s) => s.path),
  };
}

function printScripts(title, { untilReady, background }) {
  console.log(title);
  for (const script of untilReady) console.log(`  ${kib(gzipOf(script)).padStart(10)}  ${script}`);
  console.log(`  jusqu'à l'invite prête        ${kib(total(untilReady))}  (budget ≤ 130 KiB)`);
  for (const script of background) console.log(`  ${kib(gzipOf(script)).padStart(10)}  ${script}`);
  const bash = background.filter((script) => /\/browser\.[\w-]+\.js$/.test(script));
  console.log(
    `  ensuite en arrière-plan       ${kib(total(background))} (dont just-bash ${kib(total(bash))} ; le reste : CLI docker, programmes des conteneurs)`,
  );
  console.log(
    `  en tout sans just-bash        ${kib(total(untilReady) + total(background) - total(bash))}`,
  );
}

const show = (label, values, budget) =>
  console.log(
    `  ${label.padEnd(46)} médiane ${median(values).toFixed(0).padStart(4)} ms  (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})${budget ? `  budget ${budget}` : ''}`,
  );

/** Types a line in the terminal of `machine` as soon as it is ready; returns Enter → first output (ms). */
async function typeLine(page, machine, line, count) {
  await page.locator(`[data-machine="${machine}"] .xterm-helper-textarea`).focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  const marks = await marksOf(page, machine, 'first-output', count);
  return marks['first-output'][count - 1] - marks.enter[count - 1];
}

try {
  // 1. JS before the terminal is visible: a page without a terminal, and pages whose terminals are not.
  const plain = await openPage(PLAIN_PAGE, { width: 1280, height: 720 });
  await plain.context.close();
  console.log(`JS avant que le terminal soit visible (gzip)`);
  console.log(
    `  page sans terminal            ${kib(total(plain.scripts))}  (${plain.scripts.length} scripts)`,
  );
  // The « Bac à sable » is left out: its terminal is the page, visible at load, and its <head> loads its code.
  for (const [target, viewport] of [[CHAPTER, { width: 1280, height: 720 }]]) {
    const hidden = await openPage(target.path, viewport);
    await sleep(500);
    const started = await hidden.page.locator('[data-terminal][data-started]').count();
    const own = hidden.scripts.filter((script) => !plain.scripts.includes(script));
    console.log(
      `  ${target.label.padEnd(28)}  ${kib(total(hidden.scripts))}  (${hidden.scripts.length} scripts ; terminal démarré : ${started ? 'oui' : 'non'})`,
    );
    for (const script of own) {
      const note = /\/ec\.[\w-]+\.js$/.test(script)
        ? '  (Expressive Code : bouton Copier des blocs de code, sur toute page qui en a)'
        : '';
      console.log(`  ${kib(gzipOf(script)).padStart(10)}  ${script}${note}`);
    }
    const terminalOwn = own.filter((script) => !/\/ec\.[\w-]+\.js$/.test(script));
    console.log(`  dû aux terminaux              ${kib(total(terminalOwn))}  (budget ≤ 1 KiB)`);
    await hidden.context.close();
  }

  // 2. JS a terminal needs: until its prompt is ready, then in the background. The « Bac à sable » loads
  // it from the start (its terminal is visible at load): everything but the scripts of a plain page counts.
  const sandbox = await openPage(SANDBOX.path, { width: 1280, height: 720 });
  printScripts(
    `JS du terminal du bac à sable, visible dès le chargement (gzip)`,
    await scriptsAround(sandbox.page, SANDBOX.machine, 0, plain.scripts),
  );
  await sandbox.context.close();
  const chapter = await openPage(CHAPTER.path, { width: 1280, height: 720 });
  await sleep(500);
  const chapterSince = await chapter.page.evaluate(() => performance.now());
  await chapter.page.locator(`[data-machine="${CHAPTER.machine}"]`).scrollIntoViewIfNeeded();
  printScripts(
    `JS quand le 1er terminal du chapitre 3.2 devient visible (gzip ; fixture : docker run … nginx)`,
    await scriptsAround(chapter.page, CHAPTER.machine, chapterSince),
  );
  await chapter.context.close();

  // 3. Times, median of RUNS fresh page loads.
  const sandboxTimes = { cold: [], fromPaint: [], warm: [], enter: [], enterBash: [] };
  const steps = {
    load: [],
    xterm: [],
    xtermNew: [],
    xtermOpen: [],
    xtermFit: [],
    prompt: [],
    machine: [],
  };
  const chapterTimes = { cold: [], enterAtReady: [] };
  for (let i = 0; i < RUNS; i++) {
    // The « Bac à sable »: its terminal is visible at load.
    const { context, page } = await openPage(SANDBOX.path, { width: 1280, height: 720 }, 'load');
    let marks = await marksOf(page, SANDBOX.machine);
    const at = (name) => marks[name][0];
    sandboxTimes.cold.push(at('ready') - at('visible'));
    const paint = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    );
    sandboxTimes.fromPaint.push(at('ready') - paint);
    steps.load.push(at('loaded') - at('visible'));
    steps.xterm.push(at('ready') - at('loaded'));
    steps.xtermNew.push(at('xterm-new') - at('loaded'));
    steps.prompt.push(at('prompt') - at('xterm-new'));
    steps.xtermOpen.push(at('xterm-open') - at('prompt'));
    steps.xtermFit.push(at('ready') - at('xterm-open'));
    // On a first visit the machine (engine, catalogue) is built after the prompt.
    marks = await marksOf(page, SANDBOX.machine, 'machine');
    steps.machine.push(at('machine') - at('ready'));
    await sleep(300);
    sandboxTimes.enter.push(await typeLine(page, SANDBOX.machine, 'docker ps', 1));
    await page.waitForSelector('[data-terminal]:not([data-busy])');
    sandboxTimes.enterBash.push(await typeLine(page, SANDBOX.machine, 'echo bonjour | wc -c', 2));
    // A second visit in the same browser: scripts cached, machine restored from IndexedDB.
    reportedMarks.get(page).length = 0;
    await page.reload({ waitUntil: 'load' });
    marks = await marksOf(page, SANDBOX.machine);
    sandboxTimes.warm.push(at('ready') - at('visible'));
    await context.close();

    // Chapter 3.2: its first terminal scrolled into view; a line typed at once waits for the fixture.
    const opened = await openPage(CHAPTER.path, { width: 1280, height: 720 });
    await sleep(300);
    await opened.page.evaluate((machine) => {
      document.querySelector(`[data-machine="${machine}"]`).scrollIntoView({ block: 'center' });
    }, CHAPTER.machine);
    marks = await marksOf(opened.page, CHAPTER.machine);
    chapterTimes.cold.push(at('ready') - at('visible'));
    chapterTimes.enterAtReady.push(await typeLine(opened.page, CHAPTER.machine, 'docker ps', 1));
    await opened.context.close();
  }
  console.log(`Temps (${RUNS} chargements, Chromium, serveur local)`);
  console.log(
    `  bac à sable (terminal visible au chargement : « visible » = son élément est relié à la page)`,
  );
  show('visible → invite prête, 1re visite', sandboxTimes.cold, '≤ 100 ms');
  show('1re peinture de la page → invite prête', sandboxTimes.fromPaint);
  show('  dont chargement du module (réseau + analyse)', steps.load);
  show('  dont xterm et 1re invite', steps.xterm);
  show('    new Terminal', steps.xtermNew);
  show('    invite écrite, analysée par xterm', steps.prompt);
  show('    open', steps.xtermOpen);
  show('    fit, clavier, contrôles', steps.xtermFit);
  show('ensuite : machine prête (moteur, catalogue)', steps.machine);
  show('visible → invite prête, visite suivante', sandboxTimes.warm, '≤ 100 ms');
  show('Entrée → 1re sortie, « docker ps »', sandboxTimes.enter, '≤ 150 ms');
  show('Entrée → 1re sortie, 1re ligne bash (tube)', sandboxTimes.enterBash);
  console.log(`  chapitre 3.2 (1er terminal amené à l'écran ; fixture : docker run … nginx)`);
  show('visible → invite prête, 1re visite', chapterTimes.cold, '≤ 100 ms');
  show(
    'Entrée → 1re sortie, « docker ps » tapé dès l’invite',
    chapterTimes.enterAtReady,
    '≤ 150 ms',
  );
} finally {
  await browser.close();
  server.kill();
}
