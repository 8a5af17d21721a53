// Sätteri mdast plugin turning a course file as authored into the site's page body.
// The `# ` title and the 🔝/⏭️ lines leave the body (the layout shows them as title and navigation);
// links to course files point to the pages, and links to pages not written yet become text.
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastPluginEntry } from 'satteri';
import { t } from '../i18n/fr.ts';
import { indexCourse, rootOf, type CourseIndex } from './course-files.ts';
import { resolveCourseLink } from './links.ts';
import { markRunSnippet } from './run-snippets.ts';
import { NEXT_LINE, TOP_LINE } from './source.ts';

export interface CourseMarkdownOptions {
  /** Content folders holding course files; files elsewhere are left alone. */
  roots: string[];
  /** The site's base path (`/` or `/cours/`). */
  base: string;
}

/** The class of the text standing for a link whose page does not exist yet. */
export const SOON_CLASS = 'lien-bientot';

function isNavLine(text: string): boolean {
  return TOP_LINE.test(text) || NEXT_LINE.test(text);
}

function pluginFor(file: string, index: CourseIndex, base: string): MdastPluginDefinition {
  let titleSeen = false;
  return {
    name: 'course-markdown',
    heading(node, ctx) {
      if (node.depth !== 1 || titleSeen || ctx.parent(node)?.type !== 'root') return;
      titleSeen = true;
      ctx.removeNode(node);
    },
    paragraph(node, ctx) {
      if (ctx.parent(node)?.type !== 'root') return;
      const text = ctx.textContent(node).trimStart();
      if (isNavLine(text)) ctx.removeNode(node);
    },
    link(node, ctx) {
      const parent = ctx.parent(node);
      if (parent?.type === 'paragraph' && isNavLine(ctx.textContent(parent).trimStart())) return;
      const link = resolveCourseLink(node.url, file, index, base);
      if (link?.kind === 'page') {
        ctx.setProperty(node, 'url', link.url);
      } else if (link?.kind === 'missing') {
        ctx.replaceNode(node, {
          type: 'emphasis',
          data: { hName: 'span', hProperties: { class: SOON_CLASS } },
          children: [{ type: 'text', value: `${ctx.textContent(node)}${t('lien.bientot')}` }],
        });
      }
    },
    code(node, ctx) {
      markRunSnippet(node, ctx);
    },
    definition(node, ctx) {
      const link = resolveCourseLink(node.url, file, index, base);
      if (link?.kind === 'page') ctx.setProperty(node, 'url', link.url);
    },
  };
}

/** The plugin entry for `satteri({ mdastPlugins: [courseMarkdown({ roots, base })] })`. */
export function courseMarkdown(options: CourseMarkdownOptions): MdastPluginEntry {
  return ({ fileURL }) => {
    if (!fileURL || fileURL.protocol !== 'file:') return undefined;
    const file = fileURLToPath(fileURL);
    // Indexed per file so that pages added while the dev server runs are found.
    const index = indexCourse(options.roots);
    if (rootOf(index, file) === undefined) return undefined;
    return pluginFor(file, index, options.base);
  };
}
