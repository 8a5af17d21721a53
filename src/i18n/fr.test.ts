// The French catalogue has no unused key, and every `t('key')` in the code names an existing key.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fr, t } from './fr.ts';

const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|js|mjs|astro|mdx)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE_EXTENSIONS.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = sourceFiles('src').filter((file) => !file.endsWith(join('i18n', 'fr.ts')));
const code = files.map((file) => readFileSync(file, 'utf8'));
// The site config reads the catalogue too (site title and description).
code.push(readFileSync('astro.config.mjs', 'utf8'));

describe('fr catalogue', () => {
  it('has every key used somewhere in the code', () => {
    const unused = Object.keys(fr).filter(
      (key) => !code.some((text) => text.includes(`'${key}'`) || text.includes(`"${key}"`)),
    );
    expect(unused).toEqual([]);
  });

  // Starlight's own `Astro.locals.t(...)` is a member call and is not ours to check.
  it('has every key that the code asks for with t()', () => {
    const asked = code.flatMap((text) =>
      [...text.matchAll(/(?<![.\w])t\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!),
    );
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((key) => !(key in fr))).toEqual([]);
  });

  it('fills {variables} and leaves unknown ones visible', () => {
    expect(t('nav.suivant-bientot', { titre: 'Registres' })).toBe(
      'Suivant : Registres — bientôt disponible',
    );
    expect(t('nav.suivant-bientot')).toBe('Suivant : {titre} — bientôt disponible');
  });
});
