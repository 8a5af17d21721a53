// The terminal follows Starlight's theme, stays inside the site (no outside request) and fits its frame.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures/terminal-page.ts';

test('les couleurs suivent le changement de thème', async ({ terminal, page }) => {
  await terminal.useTheme('dark');
  await terminal.open();
  // Dark theme: light text (Starlight's « white »).
  expect(await terminal.foreground()).toBe('rgb(255, 255, 255)');
  await page.locator('starlight-theme-select select').first().selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  // Light theme: Starlight's near-black text, hsl(224, 10%, 10%).
  await expect.poll(() => terminal.foreground()).toBe('rgb(23, 24, 28)');
});

test('aucune requête ne quitte le site pendant une session', async ({ terminal, page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== terminal.site.origin) outside.push(url);
  });
  await terminal.open();
  await terminal.run('docker run -d --name web nginx');
  await terminal.run('docker ps | wc -l');
  await terminal.run('aide');
  await terminal.press('Tab');
  await page.waitForLoadState('networkidle');
  expect(outside).toEqual([]);
});

test('le cadre est léger tant que le terminal n’est pas visible', async ({ terminal, page }) => {
  // A chapter's terminals load as the reader nears them (the « Bac à sable », a terminal page, loads at once).
  terminal.machine = 'chapitre-3-2-images';
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(terminal.url('03-concepts-fondamentaux/02-conteneurs-docker/'));
  await page.waitForLoadState('networkidle');
  const loaded = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .some((entry) => /\/mount\.[\w-]+\.js$/.test(entry.name)),
    );
  expect(await loaded()).toBe(false);
  await expect(terminal.root).not.toHaveAttribute('data-started');
  await expect(terminal.root.locator('.terminal__static')).toContainText('apprenant@cours:~$');
  await terminal.ready();
  expect(await loaded()).toBe(true);
});

test('le terminal se redimensionne avec la fenêtre', async ({ terminal, page }) => {
  await terminal.open();
  const wide = Number(await terminal.root.getAttribute('data-columns'));
  await page.setViewportSize({ width: 420, height: 800 });
  await expect
    .poll(async () => Number(await terminal.root.getAttribute('data-columns')))
    .toBeLessThan(wide);
  expect(await terminal.run('echo ok')).toEqual(['ok']);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe : terminal avec des sorties et la confirmation ouverte (${theme})`, async ({
    terminal,
    page,
  }) => {
    await terminal.useTheme(theme);
    await terminal.open();
    await terminal.run('docker run -d --name web nginx');
    await terminal.run('docker ps');
    await terminal.run('aide');
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
    const violations = async () =>
      (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => ({
        id: v.id,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    expect(await violations()).toEqual([]);
    await terminal.resetButton.click();
    await expect(terminal.root.locator('dialog[data-terminal-confirm]')).toBeVisible();
    expect(await violations()).toEqual([]);
  });
}
