// Tests for page ids, URLs and base paths of course files.
import { describe, expect, it } from 'vitest';
import { isCourseFileName, normaliseBase, pageUrl, slugForFile } from './course-files.ts';

describe('course files', () => {
  it('gives each file the id Starlight routes it to', () => {
    expect(slugForFile('03-concepts-fondamentaux/02-conteneurs-docker.mdx')).toBe(
      '03-concepts-fondamentaux/02-conteneurs-docker',
    );
    expect(slugForFile('index.mdx')).toBe('index');
    expect(slugForFile('06-Volumes/index.md')).toBe('06-volumes');
  });

  it('reads Markdown and MDX files, not partials', () => {
    expect(isCourseFileName('01-intro.md')).toBe(true);
    expect(isCourseFileName('01-intro.mdx')).toBe(true);
    expect(isCourseFileName('_brouillon.md')).toBe(false);
    expect(isCourseFileName('schema.png')).toBe(false);
  });

  it('normalises BASE_PATH and builds page URLs under it', () => {
    for (const base of ['cours', '/cours', '/cours/', ' /cours// '])
      expect(normaliseBase(base)).toBe('/cours/');
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(pageUrl('/cours', 'index')).toBe('/cours/');
    expect(pageUrl('/', '03-x/02-y')).toBe('/03-x/02-y/');
  });
});
