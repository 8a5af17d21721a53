// Content loader for course files as authored: Starlight's glob loading, plus what the files leave out.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext, type ParseDataOptions } from 'astro/loaders';
import { t } from '../i18n/fr.ts';
import { indexCourse, indexSignature, slugForFile, type CourseIndex } from './course-files.ts';
import { resolveCourseLink } from './links.ts';
import { missingTitleError, readCourseSource } from './source.ts';

export interface CourseNav {
  /** The file has a `🔝 Retour au Sommaire` line. */
  top: boolean;
  /** Label of a `⏭️` target that does not exist yet. */
  pendingNext?: string;
}

/**
 * What the site derives from a file for the fields its author did not write: the title from the
 * first `# ` heading, the description from the first paragraph, the « Suivant » link from the ⏭️ line.
 * Throws a French error naming the file when there is no title at all.
 */
export function deriveEntryData(
  data: Record<string, unknown>,
  raw: string,
  absolutePath: string,
  displayPath: string,
  index: CourseIndex,
  base: string,
): Record<string, unknown> {
  const source = readCourseSource(raw);
  const title = data.title ?? source.title;
  if (title === undefined) throw missingTitleError(displayPath);
  const derived: Record<string, unknown> = { ...data, title };
  if (derived.description === undefined && source.description !== undefined) {
    derived.description = source.description;
  }
  const nav: CourseNav = { top: source.hasTopLine };
  if (source.next && derived.next === undefined) {
    const link = resolveCourseLink(source.next.href, absolutePath, index, base);
    if (link?.kind === 'page') {
      derived.next = { link: link.url, label: source.next.label };
    } else if (link?.kind === 'missing') {
      derived.next = false;
      nav.pendingNext = source.next.label;
    }
  }
  derived.courseNav = nav;
  return derived;
}

/** Build warnings for links to course files that do not exist yet: one line per link. */
export function missingLinkWarnings(
  index: CourseIndex,
  projectRoot: string,
  base: string,
): string[] {
  const warnings: string[] = [];
  for (const page of index.pages) {
    const path = resolve(page.root, page.file);
    const { links } = readCourseSource(readFileSync(path, 'utf8'));
    for (const { href } of links) {
      const link = resolveCourseLink(href, path, index, base);
      if (link?.kind === 'missing') {
        warnings.push(
          t('cours.avertissement-lien-absent', {
            fichier: relative(projectRoot, path),
            cible: link.target,
          }),
        );
      }
    }
  }
  return warnings;
}

/** The loader, for `roots` given relative to the project (the first one is `src/content/docs`). */
export function courseLoader({ roots }: { roots: string[] }): Loader {
  const patterns = roots.map((root) => `${root}/**/[^_]*.{md,mdx}`);
  const stripRoot = (entry: string): string => {
    const root = roots.find((r) => entry.startsWith(`${r}/`));
    return root ? entry.slice(root.length + 1) : entry;
  };
  const inner = glob({
    base: '.',
    pattern: patterns,
    generateId: ({ entry, data }) =>
      typeof data.slug === 'string' ? data.slug : slugForFile(stripRoot(entry)),
  });
  return {
    name: 'course-loader',
    load: async (context: LoaderContext) => {
      const projectRoot = fileURLToPath(context.config.root);
      const base = context.config.base;
      const index = indexCourse(roots.map((root) => resolve(projectRoot, root)));
      for (const warning of missingLinkWarnings(index, projectRoot, base)) {
        context.logger.warn(warning);
      }
      // Rendered pages depend on which other files exist (links, « Suivant ») and on the base path.
      const signature = `${indexSignature(index)}\n${base}`;
      await inner.load({
        ...context,
        generateDigest: (data) =>
          context.generateDigest(
            typeof data === 'string' ? `${data}\n${signature}` : { data, signature },
          ),
        parseData: async <TData extends Record<string, unknown>>(
          props: ParseDataOptions<TData>,
        ): Promise<TData> => {
          const absolutePath = props.filePath ? resolve(projectRoot, props.filePath) : undefined;
          if (!absolutePath) return context.parseData(props);
          const raw = readFileSync(absolutePath, 'utf8');
          const data = deriveEntryData(
            props.data,
            raw,
            absolutePath,
            relative(projectRoot, absolutePath),
            index,
            base,
          );
          // The derived fields are then checked by the collection's schema like any frontmatter.
          return context.parseData({ ...props, data: data as TData });
        },
      });
    },
  };
}
