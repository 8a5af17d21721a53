// Resolves the links an author writes between course files (`/03-x/02-y.md#ancre`) to page URLs.
import { posix } from 'node:path';
import { pageUrl, rootOf, type CourseIndex } from './course-files.ts';

/** The course's table of contents, which the site replaces with its home page. */
const HOME_KEYS = new Set(['sommaire']);

export type CourseLink = { kind: 'page'; url: string } | { kind: 'missing'; target: string };

function isCourseFileLink(path: string): boolean {
  return /\.mdx?$/i.test(path);
}

/**
 * Resolves `href` written in `fromFile` (an absolute path). Returns undefined for links that are not
 * links to course files (web addresses, anchors, images…), which stay as written.
 */
export function resolveCourseLink(
  href: string,
  fromFile: string,
  index: CourseIndex,
  base: string,
): CourseLink | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href.startsWith('#')) {
    return undefined;
  }
  const hashAt = href.indexOf('#');
  const rawPath = hashAt === -1 ? href : href.slice(0, hashAt);
  const anchor = hashAt === -1 ? '' : href.slice(hashAt);
  let path: string;
  try {
    path = decodeURI(rawPath);
  } catch {
    path = rawPath;
  }
  if (!isCourseFileLink(path)) return undefined;

  let target: string;
  if (path.startsWith('/')) {
    target = posix.normalize(path);
  } else {
    const root = rootOf(index, fromFile);
    if (root === undefined) return undefined;
    const fromKey = fromFile.slice(root.length).split('\\').join('/');
    target = posix.normalize(posix.join(posix.dirname(fromKey), path));
  }
  const key = target.replace(/^\/+/, '').replace(/\.mdx?$/i, '');
  if (HOME_KEYS.has(key.toLowerCase()))
    return { kind: 'page', url: pageUrl(base, 'index') + anchor };
  const page = index.byKey.get(key.toLowerCase());
  if (page) return { kind: 'page', url: pageUrl(base, page.slug) + anchor };
  return { kind: 'missing', target: `/${target.replace(/^\/+/, '')}` };
}
