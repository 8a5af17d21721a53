// Progress in the browser: kept across reloads, shown in the sidebar and on the home page, exported and imported.
import { readFileSync } from 'node:fs';
import { expect, SITES, test } from './fixtures/exercise-page.ts';

const FIRST = 'travaux-pratiques/01-premier-conteneur/';
const badge = (page: import('@playwright/test').Page, path: string) =>
  page.locator(`#starlight__sidebar a[href="/${path}"] .progress-badge`);

test('a solved exercise stays solved after a reload and shows in the sidebar', async ({
  exercise,
  page,
}) => {
  const tp = exercise('tp-hello-world');
  await tp.open(FIRST);
  await expect(badge(page, FIRST)).toHaveAttribute('data-progress', '0/1');
  await tp.run('docker run hello-world');
  await tp.run('docker ps -a');
  await expect(tp.root).toHaveAttribute('data-complete', '');
  await expect(badge(page, FIRST)).toHaveAttribute('data-progress', '1/1');
  await expect(badge(page, FIRST)).toHaveAttribute('data-complete', '');

  await page.reload();
  await expect(badge(page, FIRST)).toHaveAttribute('data-progress', '1/1');
  await expect(tp.root.locator('[data-exercise-done]')).toBeVisible();
  await tp.root.scrollIntoViewIfNeeded();
  await tp.terminal.ready();
  // The machine came back too: the checks hold again from its state.
  await expect(tp.root).toHaveAttribute('data-complete', '');
  await expect(badge(page, '03-concepts-fondamentaux/02-conteneurs-docker/')).toHaveAttribute(
    'data-progress',
    '0/11',
  );
});

test('export, then import into a fresh browser; foreign files are refused', async ({
  exercise,
  page,
  browser,
}, info) => {
  const tp = exercise('tp-hello-world');
  await tp.open(FIRST);
  await tp.run('docker run hello-world');
  await tp.run('docker ps -a');
  await expect(tp.root).toHaveAttribute('data-complete', '');

  await page.goto(`${SITES.main.origin}/travaux-pratiques/00-presentation/`);
  const summary = page.locator('[data-progress-summary]');
  await expect(summary.locator(`a[href="/${FIRST}"] + span`)).toHaveText('1 / 1 exercices réussis');
  const downloading = page.waitForEvent('download');
  await summary.getByRole('button', { name: 'Exporter ma progression' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('progression-cours-docker.json');
  const file = info.outputPath('progression.json');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
    format: 'cours-docker-interactif/progression',
    exercises: { 'tp-hello-world': { completedAt: expect.any(String) } },
  });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(`${SITES.main.origin}/`);
  const home = other.locator('[data-progress-summary]');
  await expect(home.locator(`a[href="/${FIRST}"] + span`)).toHaveText('0 / 1 exercices réussis');
  const input = home.locator('input[type="file"]');

  await input.setInputFiles({
    name: 'x.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"autre","exercises":{}}'),
  });
  await expect(home.locator('[data-progress-message]')).toHaveText(
    /Import refusé : ce fichier n’est pas une progression de ce cours/,
  );
  await input.setInputFiles({
    name: 'x.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('bonjour'),
  });
  await expect(home.locator('[data-progress-message]')).toHaveText(/n’est pas du JSON/);
  await expect(home.locator(`a[href="/${FIRST}"] + span`)).toHaveText('0 / 1 exercices réussis');
  expect(await other.evaluate(() => localStorage.getItem('cours-docker:progression'))).toBeNull();

  await input.setInputFiles(file);
  await expect(home.locator('[data-progress-message]')).toHaveText(
    /Progression importée : 1 exercice/,
  );
  await expect(home.locator(`a[href="/${FIRST}"] + span`)).toHaveText('1 / 1 exercices réussis');
  await expect(badge(other, FIRST)).toHaveAttribute('data-progress', '1/1');
  await fresh.close();
});
