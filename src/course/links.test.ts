// Tests for resolving the links authors write between course files.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexCourse } from './course-files.ts';
import { resolveCourseLink } from './links.ts';

const ROOT = resolve('tests/fixtures/course');
const index = indexCourse([ROOT]);
const from = resolve(ROOT, '01-premiers-pas/01-bienvenue.md');

describe('resolveCourseLink', () => {
  it('points a course file to its page, under the base path', () => {
    expect(resolveCourseLink('/02-images-docker/01-images.md', from, index, '/')).toEqual({
      kind: 'page',
      url: '/02-images-docker/01-images/',
    });
    expect(resolveCourseLink('/02-images-docker/01-images.md', from, index, '/cours/')).toEqual({
      kind: 'page',
      url: '/cours/02-images-docker/01-images/',
    });
  });

  it('keeps the #anchor', () => {
    expect(
      resolveCourseLink('/01-premiers-pas/02-installation.md#prérequis', from, index, '/'),
    ).toEqual({
      kind: 'page',
      url: '/01-premiers-pas/02-installation/#prérequis',
    });
  });

  it('sends /SOMMAIRE.md to the home page', () => {
    expect(resolveCourseLink('/SOMMAIRE.md', from, index, '/cours')).toEqual({
      kind: 'page',
      url: '/cours/',
    });
  });

  it('resolves links relative to the file too', () => {
    expect(resolveCourseLink('./02-installation.md', from, index, '/')).toEqual({
      kind: 'page',
      url: '/01-premiers-pas/02-installation/',
    });
    expect(resolveCourseLink('../02-images-docker/01-images.md', from, index, '/')).toEqual({
      kind: 'page',
      url: '/02-images-docker/01-images/',
    });
  });

  it('reports a course file that does not exist yet', () => {
    expect(resolveCourseLink('/05-reseaux/01-reseaux-avances.md#x', from, index, '/')).toEqual({
      kind: 'missing',
      target: '/05-reseaux/01-reseaux-avances.md',
    });
  });

  it('leaves other links alone', () => {
    for (const href of [
      'https://docs.docker.com/x.md',
      '#ancre',
      '/images/schema.png',
      'mailto:a@b.fr',
    ]) {
      expect(resolveCourseLink(href, from, index, '/')).toBeUndefined();
    }
  });
});
