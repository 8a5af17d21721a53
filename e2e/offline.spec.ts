// Nothing leaves the site: a browser visiting every page and searching only requests its own origin,
// and the built files reference no other host in `src`, `href` or CSS `url()`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtPages, expect, SITES, test } from './fixtures/course-site.ts';

for (const site of [SITES.main, SITES.fixture]) {
  test(`hors ligne : ${site.name}, toutes les pages et une recherche`, async ({
    page,
    course,
    fixtureCourse,
  }) => {
    const target = site.name === 'main' ? course : fixtureCourse;
    const outside: string[] = [];
    let seen = 0;
    page.on('request', (request) => {
      seen += 1;
      const url = request.url();
      if (/^(data|blob|about):/.test(url)) return;
      if (new URL(url).origin !== site.origin) outside.push(url);
    });
    for (const path of builtPages(site)) {
      await target.goto(path);
      await page.waitForLoadState('networkidle');
    }
    await target.goto();
    await target.search('conteneur');
    await page.waitForLoadState('networkidle');
    expect(seen).toBeGreaterThan(20);
    expect(outside).toEqual([]);
  });
}

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, extension);
    return path.endsWith(extension) ? [path] : [];
  });
}

/** True for a URL that would be fetched from another host. */
const isForeign = (url: string): boolean => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim());

/** The page without its course text, where the author may link to other sites. */
function withoutAuthorText(html: string): string {
  const start = html.indexOf('class="sl-markdown-content"');
  if (start === -1) return html;
  const end = html.indexOf('<footer', start);
  return html.slice(0, start) + (end === -1 ? '' : html.slice(end));
}

for (const site of [SITES.main, SITES.fixture]) {
  test(`fichiers construits : ${site.name} ne référence aucun autre hôte`, () => {
    const found: string[] = [];
    const cssUrls = (css: string, file: string) => {
      for (const match of css.matchAll(/url\(\s*['"]?([^'")\s]+)/g)) {
        if (isForeign(match[1]!)) found.push(`${file}: url(${match[1]})`);
      }
      for (const match of css.matchAll(/@import\s+['"]([^'"]+)/g)) {
        if (isForeign(match[1]!)) found.push(`${file}: @import ${match[1]}`);
      }
    };
    const htmlFiles = filesUnder(site.dir, '.html');
    expect(htmlFiles.length).toBeGreaterThan(3);
    for (const file of htmlFiles) {
      const name = relative(site.dir, file);
      const html = withoutAuthorText(readFileSync(file, 'utf8'));
      for (const match of html.matchAll(
        /\s(src|href|srcset|poster|action)\s*=\s*["']([^"']*)["']/gi,
      )) {
        if (isForeign(match[2]!)) found.push(`${name}: ${match[1]}="${match[2]}"`);
      }
      for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>|style="([^"]*)"/g)) {
        cssUrls(match[1] ?? match[2] ?? '', name);
      }
    }
    for (const file of filesUnder(site.dir, '.css'))
      cssUrls(readFileSync(file, 'utf8'), relative(site.dir, file));
    expect(found).toEqual([]);
  });
}
