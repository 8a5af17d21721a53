// Pagefind search finds French words, and its results honour the base path.
import { expect, test } from './fixtures/course-site.ts';

test('chercher « éphémères » trouve le chapitre 3.2', async ({ course, page }) => {
  await course.goto();
  const results = await course.search('éphémères');
  await expect(results.first()).toHaveText('3.2 Conteneurs Docker');
  await expect(results.first()).toHaveAttribute(
    'href',
    '/03-concepts-fondamentaux/02-conteneurs-docker/',
  );
  await expect(page.locator('dialog .pagefind-ui__message')).toHaveText(
    /résultats? pour éphémères/,
  );
  await results.first().click();
  await expect(course.title).toHaveText('3.2 Conteneurs Docker');
});

test('sous /cours/, les résultats mènent aux pages du sous-chemin', async ({ fixtureCourse }) => {
  await fixtureCourse.goto('bac-a-sable/');
  const results = await fixtureCourse.search('éphémères');
  await expect(results.first()).toHaveAttribute(
    'href',
    '/cours/03-concepts-fondamentaux/02-conteneurs-docker/',
  );
});
