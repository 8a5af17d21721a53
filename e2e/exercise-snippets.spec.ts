// Click-to-run blocks: « ▶ Exécuter » types the block into the page's terminal; other blocks only copy.
import type { Locator, Page } from '@playwright/test';
import { expect, SITES, test } from './fixtures/exercise-page.ts';
import { TerminalPage } from './fixtures/terminal-page.ts';

const CHAPTER = '03-concepts-fondamentaux/02-conteneurs-docker/';

/** The terminal a block types into: the first plain terminal after it in the page. */
class TerminalAfter extends TerminalPage {
  readonly block: Locator;
  constructor(page: Page, block: Locator) {
    super(page);
    this.block = block;
  }
  override get root(): Locator {
    return this.block.locator('xpath=following::cours-terminal[not(ancestor::cours-exercise)][1]');
  }
  async showsLine(pattern: RegExp): Promise<void> {
    await expect
      .poll(async () => (await this.lines()).some((l) => pattern.test(l)), { timeout: 20_000 })
      .toBe(true);
  }
}

const snippet = (page: Page, command: string) =>
  page.locator(`[data-run-snippet][data-command='${JSON.stringify([command])}']`);

test('a run button runs its command in the terminal below it', async ({ page }) => {
  await page.goto(`${SITES.main.origin}/${CHAPTER}`);
  const block = snippet(page, 'docker run -d --name demo-web-2 -p 8081:80 nginx');
  const button = block.locator('[data-run-button]');
  await expect(button).toBeVisible();
  await expect(button).toHaveText('▶ Exécuter');
  await expect(button).toHaveAccessibleName(/Exécuter « docker run -d --name demo-web-2/);
  // Plain blocks (diagrams, the reader's own commands) keep only the copy button.
  expect(await page.locator('.expressive-code').count()).toBeGreaterThan(
    await page.locator('[data-run-snippet]').count(),
  );
  await button.click();
  const terminal = new TerminalAfter(page, block);
  await expect(terminal.root).toHaveAttribute('data-machine', 'chapitre-3-2-images');
  await expect(terminal.root).toHaveAttribute('data-ready', '', { timeout: 20_000 });
  await terminal.showsLine(/\$ docker run -d --name demo-web-2 -p 8081:80 nginx$/);
  await terminal.waitForPrompt();
  await snippet(page, 'docker ps').locator('[data-run-button]').click();
  await terminal.showsLine(/demo-web-2$/);
  await terminal.showsLine(/0\.0\.0\.0:8080->80\/tcp.*demo-web$/);
});

test('a block that shows an error on purpose shows it', async ({ page }) => {
  await page.goto(`${SITES.main.origin}/${CHAPTER}`);
  const block = snippet(page, 'docker run -d --name demo-web nginx');
  await block.locator('[data-run-button]').click();
  const terminal = new TerminalAfter(page, block);
  await terminal.showsLine(/Conflict\. The container name "\/demo-web" is already in use/);
});

test('the chapter links its exercises to the practice pages that go further', async ({ page }) => {
  await page.goto(`${SITES.main.origin}/${CHAPTER}`);
  const links = page.locator('[data-exercise] .exercise__more a');
  expect(await links.count()).toBeGreaterThanOrEqual(5);
  await links.filter({ hasText: 'Garder ses données avec un volume' }).click();
  await expect(page).toHaveURL(/\/travaux-pratiques\/05-volume\/$/);
  await expect(page.locator('[data-exercise="tp-volume"]')).toBeVisible();
});
