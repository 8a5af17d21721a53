// Tests for what the content loader derives from course files: title, description, « Suivant ».
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexCourse } from './course-files.ts';
import { deriveEntryData, missingLinkWarnings } from './loader.ts';

const ROOT = resolve('tests/fixtures/course');
const index = indexCourse([ROOT]);
const file = (name: string) => resolve(ROOT, name);

describe('deriveEntryData', () => {
  it('takes the title and description from the file', () => {
    const data = deriveEntryData(
      {},
      '# 1.1 Titre\n\nPremier paragraphe.',
      file('a.md'),
      'a.md',
      index,
      '/',
    );
    expect(data).toMatchObject({ title: '1.1 Titre', description: 'Premier paragraphe.' });
  });

  it('keeps what the author wrote in frontmatter', () => {
    const data = deriveEntryData(
      { title: 'Choisi', description: 'Écrit' },
      '# Autre\n\nTexte.',
      file('a.md'),
      'a.md',
      index,
      '/',
    );
    expect(data).toMatchObject({ title: 'Choisi', description: 'Écrit' });
  });

  it('makes the ⏭️ line the « Suivant » link when its target exists', () => {
    const raw =
      '🔝 Retour au [Sommaire](/SOMMAIRE.md)\n\n# T\n\n⏭️ [Images](/02-images-docker/01-images.md)';
    const data = deriveEntryData(
      {},
      raw,
      file('01-premiers-pas/02-installation.md'),
      'x.md',
      index,
      '/cours/',
    );
    expect(data.next).toEqual({ link: '/cours/02-images-docker/01-images/', label: 'Images' });
    expect(data.courseNav).toEqual({ top: true });
  });

  it('announces a ⏭️ target not written yet instead of linking to it', () => {
    const raw = '# T\n\n⏭️ [Registres Docker (Docker Hub)](/03-x/03-registres.md)';
    const data = deriveEntryData({}, raw, file('a.md'), 'a.md', index, '/');
    expect(data.next).toBe(false);
    expect(data.courseNav).toEqual({ top: false, pendingNext: 'Registres Docker (Docker Hub)' });
  });

  it('fails in French, naming the file, when there is no `# ` title', () => {
    expect(() =>
      deriveEntryData(
        {},
        '## Pas de titre\n\nTexte.',
        file('b.md'),
        'src/content/docs/04-x/b.md',
        index,
        '/',
      ),
    ).toThrow(/« src\/content\/docs\/04-x\/b\.md » n'a pas de titre\. Ajoutez une ligne de titre/);
  });
});

describe('missingLinkWarnings', () => {
  it('lists each link to a missing course file with its file and target', () => {
    // The fixture course alone: chapter 3.2, in src/content/docs, is missing too.
    const warnings = missingLinkWarnings(index, resolve('.'), '/');
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toContain('tests/fixtures/course/01-premiers-pas/01-bienvenue.md');
    expect(warnings[0]).toContain('« /05-reseaux/01-reseaux-avances.md »');
    expect(warnings[1]).toContain('tests/fixtures/course/01-premiers-pas/02-installation.md');
    expect(warnings[1]).toContain('« /03-concepts-fondamentaux/02-conteneurs-docker.md »');
    expect(warnings[2]).toContain('« /02-images-docker/02-construire-ses-images.md »');

    const withChapters = indexCourse([resolve('src/content/docs'), ROOT]);
    expect(missingLinkWarnings(withChapters, resolve('.'), '/')).toHaveLength(3);
  });

  it('is empty when every target exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cours-'));
    mkdirSync(join(dir, '01-a'));
    writeFileSync(join(dir, '01-a', '01-b.md'), '# B\n\n[C](/01-a/02-c.md)');
    writeFileSync(join(dir, '01-a', '02-c.md'), '# C\n\n[B](/01-a/01-b.md)');
    expect(missingLinkWarnings(indexCourse([dir]), dir, '/')).toEqual([]);
  });
});
