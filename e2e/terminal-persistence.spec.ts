// The terminal's machine survives a reload (state, history, uptime), resets on demand, and is shared by tabs.
import { expect, test, TerminalPage } from './fixtures/terminal-page.ts';

/** Seconds in a `docker ps` STATUS such as « Up 5 seconds ». */
function upSeconds(row: string): number {
  const match = /Up (\d+) seconds?/.exec(row);
  if (match) return Number(match[1]);
  if (/Up Less than a second/.test(row)) return 0;
  throw new Error(`pas de durée dans : ${row}`);
}

test('un rechargement garde les conteneurs, l’historique et la durée de fonctionnement', async ({
  terminal,
  page,
}) => {
  await terminal.open();
  await terminal.run('docker run -d --name web nginx');
  await terminal.run('touch notes.txt');
  const before = upSeconds((await terminal.run('docker ps'))[1] ?? '');
  await page.waitForTimeout(3000);
  await page.reload();
  await terminal.ready();
  const row = (await terminal.run('docker ps'))[1] ?? '';
  expect(row).toMatch(/\sweb$/);
  expect(upSeconds(row)).toBeGreaterThanOrEqual(before + 3);
  expect(await terminal.run('ls')).toEqual(['notes.txt']);
  // ↑ three times: ls, docker ps (typed twice in a row, kept once), then a line from before the reload.
  for (let i = 0; i < 3; i++) await terminal.press('ArrowUp');
  await expect.poll(() => terminal.lastRow()).toBe('apprenant@cours:~$ touch notes.txt');
});

test('Réinitialiser, après confirmation, rend la machine de départ', async ({ terminal }) => {
  await terminal.open();
  await terminal.run('docker run -d --name web nginx');
  await terminal.resetButton.click();
  const dialog = terminal.root.locator('dialog[data-terminal-confirm]');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  expect((await terminal.run('docker ps -a')).join('\n')).toContain('web');
  await terminal.reset();
  expect(await terminal.run('docker ps -a')).toHaveLength(1);
  await terminal.page.reload();
  await terminal.ready();
  expect(await terminal.run('docker ps -a')).toHaveLength(1);
});

test('un état enregistré illisible est remplacé, avec une ligne d’explication', async ({
  terminal,
  page,
}) => {
  await terminal.open();
  await terminal.run('docker run -d --name web nginx');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cours-docker', 1);
        open.onsuccess = () => {
          const tx = open.result.transaction('machines', 'readwrite');
          tx.objectStore('machines').put({ format: 1, snapshot: 'abîmé' }, 'bac-a-sable');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  // The page would save again when hidden: load the corrupt entry from a fresh page instead.
  const other = new TerminalPage(await page.context().newPage());
  await other.open();
  await other.waitForRow(/illisible/);
  expect(await other.run('docker ps -a')).toHaveLength(1);
  await other.page.close();
});

test('deux onglets sur la même machine la partagent', async ({ terminal, page }) => {
  await terminal.open();
  const other = new TerminalPage(await page.context().newPage());
  await other.open();
  await terminal.run('docker run -d --name partage nginx');
  await expect
    .poll(async () => (await other.run('docker ps')).join('\n'), { timeout: 10_000 })
    .toContain('partage');
  await other.page.close();
});
