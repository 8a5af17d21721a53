// Build settings read from the environment: the hosting sub-path and the course's content folders.
import { normaliseBase } from './course-files.ts';

/** The folder where course files are dropped. */
export const CONTENT_DIR = 'src/content/docs';

/** `BASE_PATH=/cours/` hosts the site under a sub-path; `/` by default. */
export function basePath(env: Record<string, string | undefined> = process.env): string {
  return normaliseBase(env.BASE_PATH);
}

/**
 * The content folders, relative to the project: the course folder, plus `COURSE_EXTRA_DIR` when set
 * (the tests use it to add a fixture course to a separate build, as if dropped in the course folder).
 */
export function courseRoots(env: Record<string, string | undefined> = process.env): string[] {
  const extra = env.COURSE_EXTRA_DIR?.trim().replace(/\/+$/, '');
  return extra ? [CONTENT_DIR, extra] : [CONTENT_DIR];
}
