// The course's files on disk: which content roots exist, which pages they hold, and their URLs.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** File extensions read as course pages. */
export const COURSE_EXTENSIONS = ['.md', '.mdx'] as const;

export interface CoursePage {
  /** Absolute path of the folder the page was found in. */
  root: string;
  /** Path inside its root, posix style, with extension: `03-concepts/02-conteneurs.md`. */
  file: string;
  /** Path inside its root without extension: the key author links resolve to. */
  key: string;
  /** The entry id, which is also the page's URL path without slashes. */
  slug: string;
}

export interface CourseIndex {
  roots: string[];
  pages: CoursePage[];
  byKey: Map<string, CoursePage>;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function stripExtension(file: string): string {
  return file.replace(/\.(md|mdx)$/i, '');
}

/** Lower-cases and keeps URL-safe characters, like Astro's default ids for ASCII file names. */
function slugifySegment(segment: string): string {
  return segment
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The entry id for a file inside a root: `03-x/02-y.md` → `03-x/02-y`, `a/index.md` → `a`. */
export function slugForFile(file: string): string {
  const segments = stripExtension(toPosix(file)).split('/').map(slugifySegment);
  if (segments.at(-1) === 'index') segments.pop();
  return segments.length === 0 ? 'index' : segments.join('/');
}

/** Whether a file name is a course page: Markdown or MDX, not starting with `_` (Starlight's rule). */
export function isCourseFileName(name: string): boolean {
  return !name.startsWith('_') && COURSE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
}

function walk(dir: string, found: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!name.startsWith('_') && !name.startsWith('.')) walk(path, found);
    } else if (isCourseFileName(name)) {
      found.push(path);
    }
  }
}

/** Lists the pages of every root; roots that do not exist are skipped. */
export function indexCourse(roots: readonly string[]): CourseIndex {
  const absoluteRoots = roots.map((root) => resolve(root));
  const pages: CoursePage[] = [];
  for (const root of absoluteRoots) {
    let files: string[] = [];
    try {
      walk(root, files);
    } catch {
      files = [];
    }
    for (const path of files) {
      const file = toPosix(relative(root, path));
      pages.push({ root, file, key: stripExtension(file), slug: slugForFile(file) });
    }
  }
  const byKey = new Map(pages.map((page) => [page.key.toLowerCase(), page]));
  return { roots: absoluteRoots, pages, byKey };
}

/** The root folder holding an absolute file path, if any. */
export function rootOf(index: CourseIndex, absolutePath: string): string | undefined {
  const path = resolve(absolutePath);
  return index.roots.find((root) => path.startsWith(root + sep));
}

/** A short signature of the file list: content caches must be refreshed when it changes. */
export function indexSignature(index: CourseIndex): string {
  return index.pages.map((page) => page.key).join('|');
}

/** Normalises BASE_PATH (`cours`, `/cours`, `/cours/`) to `/cours/`; empty means `/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The URL of a page: the home page for `index`, else `base + slug + /`. */
export function pageUrl(base: string, slug: string): string {
  const prefix = normaliseBase(base);
  return slug === 'index' ? prefix : `${prefix}${slug}/`;
}
