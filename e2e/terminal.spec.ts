// The live terminal on the Bac à sable page: host shell, docker commands, editing, completion, Ctrl-C.
import { expect, test } from './fixtures/terminal-page.ts';

test.describe('terminal : le shell de la machine', () => {
  test('le cadre statique devient un terminal prêt, avec son invite', async ({
    terminal,
    page,
  }) => {
    await page.goto(terminal.url());
    await expect(terminal.root).toHaveAttribute('data-machine', 'bac-a-sable');
    await terminal.ready();
    await expect.poll(() => terminal.lastRow()).toBe('apprenant@cours:~$');
    await expect(terminal.resetButton).toBeEnabled();
  });

  test('run, ps, stop, rm : la sortie de Docker, ligne par ligne', async ({ terminal }) => {
    await terminal.open();
    const id = await terminal.run('docker run -d --name web nginx');
    expect(id).toHaveLength(1);
    expect(id[0]).toMatch(/^[0-9a-f]{64}$/);
    const ps = await terminal.run('docker ps');
    expect(ps[0]).toMatch(/^CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES$/);
    expect(ps[1]).toMatch(new RegExp(`^${id[0]!.slice(0, 12)}\\s+nginx\\s+.*Up .*\\s+web$`));
    expect(await terminal.run('docker stop web')).toEqual(['web']);
    const all = await terminal.run('docker ps -a');
    expect(all[1]).toMatch(/Exited \(0\).*web$/);
    expect(await terminal.run('docker rm web')).toEqual(['web']);
    expect(await terminal.run('docker ps -a')).toHaveLength(1);
    await expect(terminal.live).toContainText('CONTAINER ID');
  });

  test('une erreur de Docker, mot pour mot, et le code de sortie', async ({ terminal }) => {
    await terminal.open();
    expect(await terminal.run('docker stop absent')).toEqual([
      'Error response from daemon: No such container: absent',
    ]);
    expect(await terminal.run('echo $?')).toEqual(['1']);
  });

  test('un tube et une substitution $(…) passent par le bash de la machine', async ({
    terminal,
  }) => {
    await terminal.open();
    // Both named: a generated name is random in the browser and could sort before « cache ».
    await terminal.run('docker run -d --name web nginx');
    await terminal.run('docker run -d --name cache redis');
    expect(await terminal.run('docker ps -q | wc -l')).toEqual(['2']);
    expect(
      await terminal.run('echo "noms : $(docker ps --format {{.Names}} | sort | head -1)"'),
    ).toEqual(['noms : cache']);
  });

  test('docker logs (issue 4)', async ({ terminal }) => {
    await terminal.open();
    await terminal.run('docker run -d --name web nginx');
    const logs = await terminal.run('docker logs web');
    expect(logs.join('\n')).toContain('/docker-entrypoint.sh');
  });

  test('curl sur un port publié, puis sa ligne dans docker logs', async ({ terminal }) => {
    await terminal.open();
    await terminal.run('docker run -d --name web -p 8080:80 nginx');
    const page = await terminal.run('curl -s localhost:8080');
    expect(page.join('\n')).toContain('<title>Welcome to nginx!</title>');
    const logs = await terminal.run('docker logs --tail 1 web');
    expect(logs.join('\n')).toMatch(/^172\.17\.0\.1 - - \[.*\] "GET \/ HTTP\/1\.1" 200 615 /);
    expect(await terminal.run('curl -s localhost:9999; echo $?')).toEqual(['7']);
  });

  test('Ctrl-C interrompt une commande du shell et rend l’invite', async ({ terminal }) => {
    await terminal.open();
    await terminal.start('sleep 30');
    await expect(terminal.root).toHaveAttribute('data-busy', '');
    await terminal.press('Control+c');
    await terminal.waitForPrompt(5000);
    const rows = await terminal.nonEmptyRows();
    const typed = rows.lastIndexOf('apprenant@cours:~$ sleep 30');
    expect(typed).toBeGreaterThanOrEqual(0);
    // As in a real terminal, ^C is echoed where the cursor stands: the row after the command.
    expect(rows[typed + 1]).toMatch(/^\^C/);
    // Interrupted as bash reports it.
    expect(await terminal.run('echo $?')).toEqual(['130']);
  });

  test('Ctrl-C sur docker logs -f (issue 4)', async ({ terminal }) => {
    await terminal.open();
    await terminal.run('docker run -d --name web nginx');
    await terminal.start('docker logs -f web');
    await expect(terminal.root).toHaveAttribute('data-busy', '');
    await terminal.press('Control+c');
    await terminal.waitForPrompt(5000);
    expect(await terminal.screen()).toContain('^C');
  });

  test('clear, history, exit et aide', async ({ terminal }) => {
    await terminal.open();
    await terminal.run('docker ps');
    await terminal.run('clear');
    expect(await terminal.nonEmptyRows()).toEqual(['apprenant@cours:~$']);
    const history = await terminal.run('history');
    expect(history).toEqual(['    1  docker ps', '    2  clear', '    3  history']);
    const exit = (await terminal.run('exit')).join('');
    expect(exit).toContain('ne peut pas se fermer');
    await terminal.run('clear');
    const help = (await terminal.run('aide')).join('\n');
    expect(help).toContain('Échap puis Tab');
    await expect(terminal.live).toContainText('Aide affichée');
  });
});

test.describe('terminal : édition de la ligne', () => {
  test('flèches, Début/Fin, Ctrl-A/E/K/U et Alt-Retour arrière', async ({ terminal }) => {
    await terminal.open();
    await terminal.type('echo monde');
    await terminal.press('Home');
    for (let i = 0; i < 5; i++) await terminal.press('ArrowRight');
    await terminal.type('bonjour ');
    await terminal.press('Enter');
    await terminal.waitForPrompt();
    expect(await terminal.outputOf('echo bonjour monde')).toEqual(['bonjour monde']);

    await terminal.type('echo a b c');
    await terminal.press('Alt+Backspace');
    await terminal.press('Control+a');
    await terminal.press('Control+k');
    await terminal.type('echo x');
    await terminal.press('Control+e');
    await terminal.type('yz');
    await terminal.press('Enter');
    await terminal.waitForPrompt();
    expect(await terminal.outputOf('echo xyz')).toEqual(['xyz']);

    await terminal.type('rien du tout');
    await terminal.press('Control+u');
    await expect.poll(() => terminal.lastRow()).toBe('apprenant@cours:~$');
  });

  test('l’historique se parcourt avec ↑ et ↓', async ({ terminal }) => {
    await terminal.open();
    await terminal.run('echo un');
    await terminal.run('echo deux');
    await terminal.press('ArrowUp');
    await terminal.press('ArrowUp');
    await expect.poll(() => terminal.lastRow()).toBe('apprenant@cours:~$ echo un');
    await terminal.press('ArrowDown');
    await expect.poll(() => terminal.lastRow()).toBe('apprenant@cours:~$ echo deux');
    await terminal.press('ArrowDown');
    await expect.poll(() => terminal.lastRow()).toBe('apprenant@cours:~$');
  });

  test('Tab complète commandes, sous-commandes, options, noms et fichiers', async ({
    terminal,
  }) => {
    await terminal.open();
    await terminal.run('docker run -d --name serveur-web nginx');
    await terminal.type('dock');
    await terminal.press('Tab');
    await expect.poll(() => terminal.lastRow()).toBe('apprenant@cours:~$ docker');
    await terminal.type('ps --al');
    await terminal.press('Tab');
    await expect.poll(() => terminal.lastRow()).toBe('apprenant@cours:~$ docker ps --all');
    await terminal.press('Control+u');
    await terminal.type('docker stop ser');
    await terminal.press('Tab');
    await expect.poll(() => terminal.lastRow()).toBe('apprenant@cours:~$ docker stop serveur-web');
    await terminal.press('Control+u');
    await terminal.type('docker sta');
    await terminal.press('Tab');
    await terminal.waitForRow(/^start\s+stats$/);
    await terminal.press('Control+u');
    await terminal.run('mkdir projets && touch projets/notes.txt');
    await terminal.type('cat proj');
    await terminal.press('Tab');
    await expect.poll(() => terminal.lastRow()).toBe('apprenant@cours:~$ cat projets/');
    await terminal.press('Tab');
    await expect.poll(() => terminal.lastRow()).toBe('apprenant@cours:~$ cat projets/notes.txt');
  });

  test('un collage de plusieurs lignes les exécute l’une après l’autre', async ({ terminal }) => {
    await terminal.open();
    await terminal.focus();
    await terminal.paste('echo premier\necho second\n');
    await terminal.waitForRow(/^second$/);
    await terminal.waitForPrompt();
    const rows = await terminal.nonEmptyRows();
    expect(rows.slice(-5)).toEqual([
      'apprenant@cours:~$ echo premier',
      'premier',
      'apprenant@cours:~$ echo second',
      'second',
      'apprenant@cours:~$',
    ]);
  });

  test('Échap puis Tab fait sortir le focus du terminal', async ({ terminal, page }) => {
    await terminal.open();
    await terminal.focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.className ?? '');
    expect(focused).not.toContain('xterm-helper-textarea');
    await expect.poll(() => terminal.lastRow()).toBe('apprenant@cours:~$');
  });
});

test.describe('terminal : conteneurs interactifs et téléchargements (issue 5)', () => {
  test('docker run -it ubuntu bash : un fichier disparaît avec son conteneur', async ({
    terminal,
  }) => {
    await terminal.open();
    await terminal.start('docker run -it ubuntu bash');
    await terminal.page.waitForTimeout(500);
    expect(await terminal.screen()).toMatch(/root@[0-9a-f]{12}:\/# ?$/m);
    expect(await terminal.run('touch test.txt')).toEqual([]);
    await terminal.run('exit');
    await expect.poll(() => terminal.lastRow()).toBe('apprenant@cours:~$');
    await terminal.run('docker rm $(docker ps -lq)');
    await terminal.start('docker run -it ubuntu bash');
    await terminal.waitForPrompt();
    const ls = await terminal.run('ls test.txt');
    expect(ls.join('\n')).toContain('No such file or directory');
    await terminal.run('exit');
  });

  test('docker pull affiche sa progression', async ({ terminal }) => {
    await terminal.open();
    await terminal.start('docker pull alpine');
    await terminal.waitForPrompt(30_000);
    const screen = await terminal.screen();
    expect(screen).toMatch(/Pull complete|Already exists|Status: /);
  });
});
