// Tests for the sidebar built from the numbered folders and files.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexCourse } from './course-files.ts';
import { courseSidebar, moduleLabel } from './sidebar.ts';

describe('moduleLabel', () => {
  it('reads a numbered folder name', () => {
    expect(moduleLabel('03-concepts-fondamentaux')).toBe('3. Concepts fondamentaux');
    expect(moduleLabel('10-docker-compose')).toBe('10. Docker compose');
    expect(moduleLabel('annexes')).toBe('Annexes');
  });
});

describe('courseSidebar', () => {
  it('puts the home page first, then modules in order, then other pages', () => {
    const index = indexCourse([resolve('src/content/docs'), resolve('tests/fixtures/course')]);
    expect(courseSidebar(index)).toEqual([
      { slug: 'index', label: 'Sommaire' },
      {
        label: '1. Premiers pas',
        items: [
          { slug: '01-premiers-pas/01-bienvenue' },
          { slug: '01-premiers-pas/02-installation' },
        ],
      },
      { label: '2. Images docker', items: [{ slug: '02-images-docker/01-images' }] },
      {
        label: '3. Concepts fondamentaux',
        items: [{ slug: '03-concepts-fondamentaux/02-conteneurs-docker' }],
      },
      {
        label: 'Travaux pratiques',
        items: [
          '00-presentation',
          '01-premier-conteneur',
          '02-serveur-web',
          '03-shell-interactif',
          '04-menage',
          '05-volume',
          '06-deux-conteneurs',
        ].map((page) => ({ slug: `travaux-pratiques/${page}` })),
      },
      { slug: 'bac-a-sable' },
    ]);
  });
});
