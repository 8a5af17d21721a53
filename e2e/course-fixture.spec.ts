// A fixture course in the author's format, added to a build served under /cours/: its chapters
// become pages that link to each other, and links to chapters not written yet say so.
import { builtPages, expect, SITES, test } from './fixtures/course-site.ts';

test('la barre latérale suit les dossiers et fichiers numérotés', async ({
  fixtureCourse,
  page,
}) => {
  await fixtureCourse.goto();
  const sidebar = page.locator('#starlight__sidebar');
  for (const label of ['1. Premiers pas', '2. Images docker', '3. Concepts fondamentaux']) {
    await expect(sidebar.getByText(label, { exact: true })).toBeVisible();
  }
  // Pages with exercises carry a progress badge after their title (« , 0/11 exercices réussis »).
  const links = await sidebar.locator('a').allTextContents();
  expect(links.map((l) => l.replace(/, \d+\/\d+ exercices? réussis?$/, '').trim())).toEqual([
    'Sommaire',
    '1.1 Bienvenue dans le cours de test',
    '1.2 Installation de Docker',
    '2.1 Images Docker',
    '3.2 Conteneurs Docker',
    'Présentation des travaux pratiques',
    'Votre premier conteneur',
    'Un serveur web en une commande',
    'Entrer dans un conteneur',
    'Faire le ménage',
    'Garder ses données avec un volume',
    'Deux conteneurs qui se parlent',
    'Bac à sable',
  ]);
});

test('le sommaire liste les modules et mène au bac à sable', async ({ fixtureCourse, page }) => {
  await fixtureCourse.goto();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const index = fixtureCourse.content.locator('.course-index');
  await expect(index).toContainText('1. Premiers pas');
  await expect(index.getByRole('link', { name: '2.1 Images Docker' })).toHaveAttribute(
    'href',
    '/cours/02-images-docker/01-images/',
  );
  await fixtureCourse.content.getByRole('link', { name: 'Bac à sable' }).click();
  await expect(page).toHaveURL(fixtureCourse.url('bac-a-sable/'));
  await expect(fixtureCourse.content.locator('[data-terminal][data-machine]')).toHaveCount(1);
});

test('« Suivant » enchaîne les chapitres, puis annonce le chapitre à venir', async ({
  fixtureCourse,
  page,
}) => {
  await fixtureCourse.goto('01-premiers-pas/01-bienvenue/');
  await expect(fixtureCourse.title).toHaveText('1.1 Bienvenue dans le cours de test');
  await expect(fixtureCourse.content).not.toContainText('Retour au');

  await fixtureCourse.nextLink.click();
  await expect(page).toHaveURL(fixtureCourse.url('01-premiers-pas/02-installation/'));
  await expect(fixtureCourse.title).toHaveText('1.2 Installation de Docker');

  await fixtureCourse.nextLink.click();
  await expect(page).toHaveURL(fixtureCourse.url('02-images-docker/01-images/'));
  await expect(fixtureCourse.title).toHaveText('2.1 Images Docker');
  await expect(fixtureCourse.nextLink).toHaveCount(0);
  await expect(fixtureCourse.pendingNext).toHaveText(
    'Suivant : Construire ses images — bientôt disponible',
  );

  await fixtureCourse.homeLink.click();
  await expect(page).toHaveURL(fixtureCourse.url());
});

test('les liens entre fichiers mènent aux pages, ancres comprises', async ({
  fixtureCourse,
  page,
}) => {
  await fixtureCourse.goto('01-premiers-pas/01-bienvenue/');
  const content = fixtureCourse.content;
  await expect(content.getByRole('link', { name: 'Sommaire' })).toHaveAttribute('href', '/cours/');
  await content.getByRole('link', { name: 'Prérequis' }).click();
  await expect(page).toHaveURL(
    fixtureCourse.url('01-premiers-pas/02-installation/#pr%C3%A9requis'),
  );
  await expect(page.locator('h2#prérequis')).toBeInViewport();

  await content.getByRole('link', { name: 'Conteneurs Docker' }).click();
  await expect(page).toHaveURL(fixtureCourse.url('03-concepts-fondamentaux/02-conteneurs-docker/'));
});

test('un lien vers un chapitre absent devient du texte « bientôt disponible »', async ({
  fixtureCourse,
}) => {
  await fixtureCourse.goto('01-premiers-pas/01-bienvenue/');
  const soon = fixtureCourse.content.locator('.lien-bientot');
  await expect(soon).toHaveText('réseaux avancés (bientôt disponible)');
  await expect(fixtureCourse.content.getByRole('link', { name: /réseaux avancés/ })).toHaveCount(0);
});

test('sous /cours/, chaque lien et chaque ressource de chaque page répond', async ({
  fixtureCourse,
  page,
  request,
}) => {
  const targets = new Set<string>();
  for (const path of builtPages(SITES.fixture)) {
    await fixtureCourse.goto(path);
    const urls = await page.evaluate(() =>
      [...document.querySelectorAll('[href], [src]')].map(
        (el) => (el as HTMLAnchorElement).href || (el as HTMLImageElement).src,
      ),
    );
    for (const url of urls) {
      if (url.startsWith(SITES.fixture.origin)) targets.add(url.split('#')[0]!);
    }
  }
  expect(targets.size).toBeGreaterThan(10);
  const broken: string[] = [];
  for (const url of targets) {
    const response = await request.get(url);
    if (response.status() !== 200) broken.push(`${response.status()} ${url}`);
  }
  expect(broken).toEqual([]);
});
