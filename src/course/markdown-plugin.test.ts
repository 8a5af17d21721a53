// Tests for the Markdown plugin, run through Sätteri as the site's build runs it.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { courseMarkdown, SOON_CLASS } from './markdown-plugin.ts';

const ROOT = resolve('tests/fixtures/course');

async function render(markdown: string, file: string, base = '/'): Promise<string> {
  const result = await markdownToHtml(markdown, {
    fileURL: pathToFileURL(resolve(ROOT, file)),
    features: { smartPunctuation: false },
    mdastPlugins: [courseMarkdown({ roots: [ROOT], base })],
  });
  return result.html;
}

const CHAPTER = `🔝 Retour au [Sommaire](/SOMMAIRE.md)

# 1.1 Bienvenue

Voir [l'installation](/01-premiers-pas/02-installation.md#prérequis), le [Sommaire](/SOMMAIRE.md),
les [réseaux](/05-reseaux/01-reseaux.md) et [Docker](https://docs.docker.com/).

## Suite

⏭️ [Installation](/01-premiers-pas/02-installation.md)
`;

describe('courseMarkdown', () => {
  it('removes the `# ` title, which the layout shows', async () => {
    const html = await render(CHAPTER, '01-premiers-pas/01-bienvenue.md');
    expect(html).not.toContain('<h1');
    expect(html).toContain('<h2>Suite</h2>');
  });

  it('removes the 🔝 and ⏭️ lines, which become the site navigation', async () => {
    const html = await render(CHAPTER, '01-premiers-pas/01-bienvenue.md');
    expect(html).not.toContain('🔝');
    expect(html).not.toContain('⏭');
    expect(html).not.toContain('Retour au');
  });

  it('rewrites links to course files into page URLs, keeping anchors and the base path', async () => {
    const html = await render(CHAPTER, '01-premiers-pas/01-bienvenue.md', '/cours/');
    expect(html).toMatch(
      /<a href="\/cours\/01-premiers-pas\/02-installation\/#pr(é|%C3%A9)requis">l'installation<\/a>/,
    );
    expect(html).toContain('<a href="/cours/">Sommaire</a>');
    expect(html).toContain('<a href="https://docs.docker.com/">Docker</a>');
    expect(html).not.toContain('.md');
  });

  it('turns a link to a page not written yet into text marked « (bientôt disponible) »', async () => {
    const html = await render(CHAPTER, '01-premiers-pas/01-bienvenue.md');
    expect(html).toContain(`<span class="${SOON_CLASS}">réseaux (bientôt disponible)</span>`);
    expect(html).not.toContain('05-reseaux');
  });

  it('leaves files outside the course folders untouched', async () => {
    const html = await markdownToHtml('# Titre\n\n[x](/SOMMAIRE.md)', {
      fileURL: pathToFileURL(resolve('README.md')),
      mdastPlugins: [courseMarkdown({ roots: [ROOT], base: '/' })],
    });
    expect(html.html).toContain('<h1>Titre</h1>');
    expect(html.html).toContain('href="/SOMMAIRE.md"');
  });

  it('keeps a second level-1 heading and nav-like text inside other blocks', async () => {
    const html = await render(
      '# Titre\n\n# Autre\n\n- ⏭️ dans une liste\n',
      '01-premiers-pas/01-bienvenue.md',
    );
    expect(html).toContain('<h1>Autre</h1>');
    expect(html).toContain('⏭️ dans une liste');
  });
});
