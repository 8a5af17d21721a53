// Exercises in the browser: solving by typing, live checklist and hints, solution, undo/redo, reset.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures/exercise-page.ts';

const SERVER_PAGE = 'travaux-pratiques/02-serveur-web/';

test('solving an exercise by typing ticks its checklist in order, then announces the success', async ({
  exercise,
}) => {
  const tp = exercise('tp-serveur-web');
  await tp.open(SERVER_PAGE);
  await expect.poll(() => tp.states()).toEqual([false, false, false]);
  await expect(tp.hint).toHaveText('Aucun conteneur ne s’appelle « site » pour l’instant.');
  await expect(tp.root).not.toHaveAttribute('data-complete');

  await tp.run('docker create --name site -p 8080:80 nginx');
  await expect(tp.hint).toContainText('existe mais il n’a pas encore démarré');
  await tp.run('docker start site');
  await expect.poll(() => tp.states()).toEqual([true, false, false]);
  await expect(tp.hint).toContainText('n’a encore reçu aucune requête');

  await tp.run('curl -s localhost:8080 | grep title');
  await expect.poll(() => tp.states()).toEqual([true, true, false]);
  await expect(tp.hint).toHaveText('Il reste à lancer « docker logs » sur « site ».');

  await tp.run('docker logs --tail 1 site');
  await expect.poll(() => tp.states()).toEqual([true, true, true]);
  await expect(tp.root).toHaveAttribute('data-complete', '');
  await expect(tp.success).toBeVisible();
  await expect(tp.success).toContainText('Exercice réussi');
  await expect(tp.live).toHaveText('Exercice « Un serveur web en une commande » réussi !');
  await expect(tp.root.locator('[data-exercise-hint]')).toBeHidden();
});

test('hints follow the first unmet check, with more on request', async ({ exercise }) => {
  const tp = exercise('tp-serveur-web');
  await tp.open(SERVER_PAGE);
  const list = tp.root.locator('[data-hint-list] li');
  await expect(list).toHaveCount(0);
  await tp.button('Un indice').click();
  await expect(list).toHaveCount(1);
  await expect(list.first()).toContainText('-p 8080:80');
  await expect(tp.button('Un indice')).toBeHidden();

  await tp.run('docker run -d --name site -p 9090:80 nginx');
  await expect(tp.hint).toContainText('ne publie pas le port 8080');
  await tp.run('docker rm -f site');
  await tp.run('docker run -d --name site -p 8080:80 nginx');
  await expect(tp.hint).toContainText('aucune requête');
  // A new check: its own hints start hidden again.
  await expect(list).toHaveCount(0);
  await expect(tp.button('Un indice')).toBeVisible();
});

test('the solution appears only after a confirmation', async ({ exercise, page }) => {
  const tp = exercise('tp-serveur-web');
  await tp.open(SERVER_PAGE);
  const panel = tp.root.locator('[data-exercise-solution]');
  const dialog = tp.root.locator('dialog[data-exercise-confirm]');
  await expect(panel).toBeHidden();
  await tp.button('Voir la solution').click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Continuer à chercher' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel).toBeHidden();
  await tp.button('Voir la solution').click();
  await dialog.getByRole('button', { name: 'Afficher la solution' }).click();
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('docker run -d --name site -p 8080:80 nginx');
  await expect(panel).toContainText('Une autre façon d’y arriver');
  void page;
});

test('Annuler and Rétablir step the machine back and forth', async ({ exercise }) => {
  const tp = exercise('tp-serveur-web');
  await tp.open(SERVER_PAGE);
  await expect(tp.button('Annuler')).toBeDisabled();
  await tp.run('docker run -d --name site -p 8080:80 nginx');
  await expect.poll(() => tp.states()).toEqual([true, false, false]);

  await expect(tp.button('Annuler')).toBeEnabled();
  await tp.button('Annuler').click();
  await expect.poll(() => tp.states()).toEqual([false, false, false]);
  await tp.terminal.waitForRow(/Commande annulée/);
  await expect(tp.button('Rétablir')).toBeEnabled();

  await tp.button('Rétablir').click();
  await expect.poll(() => tp.states()).toEqual([true, false, false]);
  await expect(tp.button('Rétablir')).toBeDisabled();
  await tp.terminal.waitForPrompt();
  expect(await tp.terminal.run('docker ps --format "{{.Names}} {{.Status}}"')).toEqual([
    expect.stringMatching(/^site Up/),
  ]);

  // Undo what the machine did, not just the checklist: the container is really gone.
  await tp.button('Annuler').click();
  await tp.button('Annuler').click();
  await expect.poll(() => tp.states()).toEqual([false, false, false]);
  await tp.terminal.waitForPrompt();
  expect(await tp.terminal.run('docker ps -a --format "{{.Names}}"')).toEqual([]);
  // A new command after Annuler drops what could have been restored.
  await expect(tp.button('Rétablir')).toBeDisabled();
});

test('Réinitialiser brings back the start state, and can itself be undone', async ({
  exercise,
}) => {
  const tp = exercise('tp-nettoyage');
  await tp.open('travaux-pratiques/04-menage/');
  await expect.poll(() => tp.states()).toEqual([false, false, true]);
  await tp.run('docker rm -f essai-1 essai-2 essai-3 brouillon');
  await expect.poll(() => tp.states()).toEqual([true, true, true]);
  await tp.button('Réinitialiser').click();
  await expect.poll(() => tp.states()).toEqual([false, false, true]);
  await tp.terminal.waitForRow(/réinitialisée/);
  await tp.button('Annuler').click();
  await expect.poll(() => tp.states()).toEqual([true, true, true]);
  await tp.button('Rétablir').click();
  await expect.poll(() => tp.states()).toEqual([false, false, true]);
  await tp.terminal.waitForPrompt();
  const names = await tp.terminal.run('docker ps -a --format "{{.Names}}"');
  expect(names.sort()).toEqual(['brouillon', 'essai-1', 'essai-2', 'essai-3', 'prod']);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: an exercise with its hint, solution and success shown (${theme})`, async ({
    exercise,
    page,
  }) => {
    const tp = exercise('tp-hello-world');
    await tp.useTheme(theme);
    await tp.open('travaux-pratiques/01-premier-conteneur/');
    await tp.button('Un indice').click();
    await tp.button('Voir la solution').click();
    await tp.root.getByRole('button', { name: 'Afficher la solution' }).click();
    const before = await new AxeBuilder({ page })
      .include(`[data-exercise="tp-hello-world"]`)
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(
      before.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([]);
    await tp.run('docker run hello-world');
    await tp.run('docker ps -a');
    await expect(tp.success).toBeVisible();
    const after = await new AxeBuilder({ page })
      .include(`[data-exercise="tp-hello-world"]`)
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(
      after.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([]);
  });
}
