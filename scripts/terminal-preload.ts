// Build step: pages whose terminal fills the window (the « Bac à sable ») load its code from <head>.
// Such a terminal is visible at load, so its chunks download and run while the page parses, rather than
// after the page's scripts: its frame only has xterm to open. Chapter pages are left alone: their terminals
// load as the reader scrolls to them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

/** The chunks a terminal needs for its prompt: the entry points the frame imports (terminal-element.ts). */
const ENTRY_CHUNKS = [/^mount\.[\w-]+\.js$/, /^page-machine\.[\w-]+\.js$/, /^store\.[\w-]+\.js$/];

/** The relative specifiers of a built chunk's static imports (`import … from "./x.js"`, `import "./x.js"`). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(
    /(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["'](\.\/[^"']+)["']/g,
  )) {
    found.add((match[1] as string).slice(2));
  }
  return [...found];
}

/** Every chunk file an entry needs before it runs: itself and its static imports, recursively. */
export function chunkClosure(entries: string[], read: (file: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(read(file))) visit(next);
  };
  entries.forEach(visit);
  return [...seen];
}

/**
 * Adds `<link rel="modulepreload">` for `files` to a page with a full-window terminal, and an async module
 * script that imports `entries` (the frame's own imports then find them ready); other pages are returned
 * unchanged. URLs use the same prefix as the page's terminal script (the site's base path).
 */
export function withPreloads(html: string, files: string[], entries: string[] = []): string {
  if (!/<cours-terminal[^>]*\bterminal--full\b/.test(html)) return html;
  const script = /<script type="module" src="([^"]*?)_astro\/Terminal\.astro[^"]*"/.exec(html);
  if (!script || !html.includes('</head>')) return html;
  const prefix = script[1] as string;
  const links = files
    .map((file) => `<link rel="modulepreload" href="${prefix}_astro/${file}">`)
    .join('');
  const imports = entries.map((file) => `import(${JSON.stringify(`${prefix}_astro/${file}`)});`);
  const early = imports.length ? `<script type="module" async>${imports.join('')}</script>` : '';
  return html.replace('</head>', `${links}${early}</head>`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export function terminalPreload(): AstroIntegration {
  return {
    name: 'cours-terminal-preload',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = dir.pathname;
        const assets = join(out, '_astro');
        const chunks = readdirSync(assets);
        const entries = ENTRY_CHUNKS.map((pattern) => chunks.find((name) => pattern.test(name)));
        if (entries.some((entry) => entry === undefined)) {
          logger.warn('code du terminal introuvable dans _astro/ : aucun préchargement ajouté');
          return;
        }
        const files = chunkClosure(entries as string[], (file) =>
          readFileSync(join(assets, file), 'utf8'),
        );
        let pages = 0;
        for (const path of htmlFiles(out)) {
          const html = readFileSync(path, 'utf8');
          const updated = withPreloads(html, files, entries as string[]);
          if (updated === html) continue;
          writeFileSync(path, updated);
          pages++;
        }
        logger.info(`terminal préchargé sur ${pages} page(s) : ${files.length} fichiers`);
      },
    },
  };
}
