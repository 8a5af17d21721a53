// Chapter 3.2 renders every line of the author's text: title, prose, lists, tables and diagrams.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/course-site.ts';

const CHAPTER = '03-concepts-fondamentaux/02-conteneurs-docker/';
const SEED = readFileSync('tests/fixtures/seed/02-conteneurs-docker.md', 'utf8');

interface SeedLines {
  prose: string[];
  code: string[][];
  tables: string[][][];
}

/** The text a reader should see for one Markdown line: block markers and inline syntax removed. */
function visibleText(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*(.+?)\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitSeed(markdown: string): SeedLines {
  const result: SeedLines = { prose: [], code: [], tables: [] };
  let block: string[] | undefined;
  let table: string[][] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) {
      if (block) {
        result.code.push(block);
        block = undefined;
      } else {
        block = [];
      }
      continue;
    }
    if (block) {
      block.push(line.trimEnd());
      continue;
    }
    if (line.startsWith('|')) {
      if (!table) result.tables.push((table = []));
      if (!/^\|[-| ]+\|$/.test(line)) {
        table.push(
          line
            .slice(1, -1)
            .split('|')
            .map((cell) => visibleText(cell)),
        );
      }
      continue;
    }
    table = undefined;
    const text = visibleText(line);
    if (text !== '' && text !== '---') result.prose.push(text);
  }
  return result;
}

const seed = splitSeed(SEED);

test.describe('chapitre 3.2', () => {
  test.beforeEach(async ({ course }) => {
    await course.goto(CHAPTER);
  });

  test('le titre vient du premier titre « # » et la page a une description', async ({
    course,
    page,
  }) => {
    await expect(course.title).toHaveText('3.2 Conteneurs Docker');
    await expect(page).toHaveTitle(/^3\.2 Conteneurs Docker \| Cours Docker interactif$/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      /^Un conteneur Docker est une instance en cours d'exécution créée à partir d'une image Docker\./,
    );
    await expect(course.content.locator('h1')).toHaveCount(0);
  });

  test('chaque ligne de texte du chapitre est sur la page', async ({ course }) => {
    const text = (await course.content.innerText()).replace(/\s+/g, ' ');
    const navLines = seed.prose.filter((line) => /^(🔝|⏭)/u.test(line));
    expect(navLines).toHaveLength(2);
    const missing = seed.prose
      .filter((line) => !navLines.includes(line) && line !== '3.2 Conteneurs Docker')
      .filter((line) => !text.includes(line));
    expect(missing).toEqual([]);
  });

  test('les lignes 🔝 et ⏭️ deviennent la navigation du site', async ({ course }) => {
    await expect(course.content).not.toContainText('Retour au Sommaire');
    await expect(course.content).not.toContainText('⏭');
    await expect(course.nextLink).toHaveCount(0);
    await expect(course.pendingNext).toHaveText(
      'Suivant : Registres Docker (Docker Hub) — bientôt disponible',
    );
    await expect(course.homeLink).toHaveAttribute('href', '/');
    await expect(course.content.locator('a[href$=".md"]')).toHaveCount(0);
  });

  test('les tableaux de comparaison sont des tableaux', async ({ course }) => {
    const tables = course.content.locator('table');
    await expect(tables).toHaveCount(seed.tables.length);
    for (const [i, rows] of seed.tables.entries()) {
      const cells = await tables
        .nth(i)
        .locator('tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim())),
        );
      expect(cells).toEqual(rows);
    }
  });

  test('les schémas gardent chaque ligne intacte dans un bloc de code', async ({ course }) => {
    // The author's blocks only: « ▶ Exécuter » snippets added for practice are not part of the seed.
    const blocks = await course.content
      .locator('pre')
      .evaluateAll((pres) =>
        pres
          .filter((pre) => pre.closest('.expressive-code') && !pre.closest('[data-run-snippet]'))
          .map((pre) =>
            [...pre.querySelectorAll('.ec-line')].map((line) => (line.textContent ?? '').trimEnd()),
          ),
      );
    expect(blocks).toEqual(seed.code);
  });

  test('les caractères des schémas occupent chacun une colonne', async ({ course }) => {
    // Every line's width must be its number of characters times one cell: a box-drawing character
    // or an arrow drawn by a fallback font of another width would break the diagrams' alignment.
    const lines = await course.content.locator('pre .ec-line .code').evaluateAll((codes) =>
      codes.map((code) => {
        const range = document.createRange();
        range.selectNodeContents(code);
        const text = (code.textContent ?? '').replace(/\n$/, '');
        return { text, length: [...text].length, width: range.getBoundingClientRect().width };
      }),
    );
    const measured = lines.filter((line) => line.length > 0);
    const cells = measured.map((line) => line.width / line.length).sort((a, b) => a - b);
    const cell = cells[Math.floor(cells.length / 2)]!;
    expect(cell).toBeGreaterThan(5);
    const misaligned = measured
      .filter((line) => Math.abs(line.width - line.length * cell) > 1)
      .map(
        (line) => `${line.text} (${line.width.toFixed(1)} px, ${line.length} × ${cell.toFixed(2)})`,
      );
    expect(misaligned).toEqual([]);
  });

  test('sur un téléphone, les schémas défilent sans jamais revenir à la ligne', async ({
    course,
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await course.goto(CHAPTER);
    // The author's code blocks: not terminals' frames nor the « ▶ Exécuter » snippets added for practice.
    const report = await course.content.locator('pre').evaluateAll((pres) =>
      pres
        .filter((pre) => pre.closest('.expressive-code') && !pre.closest('[data-run-snippet]'))
        .map((pre) => {
          const heights = [...pre.querySelectorAll('.ec-line')].map(
            (line) => line.getBoundingClientRect().height,
          );
          return {
            scrolls: pre.scrollWidth > pre.clientWidth,
            overflow: getComputedStyle(pre).overflowX,
            wraps: Math.max(...heights) > Math.min(...heights) * 1.5,
          };
        }),
    );
    expect(report.filter((block) => block.wraps)).toEqual([]);
    expect(report.some((block) => block.scrolls)).toBe(true);
    for (const block of report) expect(['auto', 'scroll']).toContain(block.overflow);
  });
});
