// Build step for the terminal's start. Its main chunk (xterm, the session) asks V8 to compile all its
// functions while it downloads, off the main thread, instead of one by one as xterm first calls them.
// Pages whose terminal fills the window (the « Bac à sable ») load that code from <head>: such a terminal
// is visible at load, so its chunks download and run while the page parses. Chapter pages are left alone:
// their terminals load as the reader scrolls to them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { savedKey } from '../src/terminal/store.ts';

/** The chunk a terminal needs for its prompt (with its static imports): the one the frame imports. */
const MOUNT_CHUNK = /^mount\.[\w-]+\.js$/;
/** The machine's chunk: a first prompt does without it, a saved machine's prompt waits for it. */
const MACHINE_CHUNK = /^page-machine\.[\w-]+\.js$/;

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
 * script that imports `entries` (the frame's own imports then find them ready), and `whenSaved` too if this
 * browser saved the terminal's machine (its first prompt then waits for it); other pages are returned
 * unchanged. URLs use the same prefix as the page's terminal script (the site's base path).
 */
export function withPreloads(
  html: string,
  files: string[],
  entries: string[] = [],
  whenSaved?: string,
): string {
  const frame = /<cours-terminal[^>]*\bterminal--full\b[^>]*>/.exec(html);
  if (!frame) return html;
  const script = /<script type="module" src="([^"]*?)_astro\/Terminal\.astro[^"]*"/.exec(html);
  if (!script || !html.includes('</head>')) return html;
  const prefix = script[1] as string;
  const url = (file: string) => JSON.stringify(`${prefix}_astro/${file}`);
  const links = files
    .map((file) => `<link rel="modulepreload" href="${prefix}_astro/${file}">`)
    .join('');
  const imports = entries.map((file) => `import(${url(file)});`);
  const machine = /\bdata-machine="([\w-]+)"/.exec(frame[0])?.[1];
  if (whenSaved && machine) {
    const key = JSON.stringify(savedKey(machine));
    imports.push(`try{localStorage.getItem(${key})!==null&&import(${url(whenSaved)})}catch{}`);
  }
  const early = imports.length ? `<script type="module" async>${imports.join('')}</script>` : '';
  return html.replace('</head>', `${links}${early}</head>`);
}

/** V8's explicit compile hint (Chrome 136+): every function of the file is compiled eagerly, in the background. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Puts the compile hint on the first line of a chunk (where V8 looks for it), once. */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
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
        const entry = chunks.find((name) => MOUNT_CHUNK.test(name));
        const machine = chunks.find((name) => MACHINE_CHUNK.test(name));
        if (!entry || !machine) {
          logger.warn('code du terminal introuvable dans _astro/ : aucun préchargement ajouté');
          return;
        }
        // Most of xterm runs to show the first prompt. Measured (bench:web, medians of 15): the Bac à sable's
        // prompt comes ~12 ms sooner, a chapter terminal jump-scrolled into view ~8 ms later (its compile no
        // longer overlaps anything); a normally scrolled one compiles before it shows.
        const mount = join(assets, entry);
        writeFileSync(mount, withCompileHint(readFileSync(mount, 'utf8')));
        const files = chunkClosure([entry], (file) => readFileSync(join(assets, file), 'utf8'));
        let pages = 0;
        for (const path of htmlFiles(out)) {
          const html = readFileSync(path, 'utf8');
          const updated = withPreloads(html, files, [entry], machine);
          if (updated === html) continue;
          writeFileSync(path, updated);
          pages++;
        }
        logger.info(`terminal préchargé sur ${pages} page(s) : ${files.length} fichiers`);
      },
    },
  };
}
