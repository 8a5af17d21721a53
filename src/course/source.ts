// Reads what the site needs from a course file as its author wrote it: title, summary, nav lines, links.
import { t } from '../i18n/fr.ts';

export interface NavTarget {
  label: string;
  href: string;
}

export interface CourseSource {
  /** Text of the first `# ` heading, inline Markdown removed. */
  title: string | undefined;
  /** First paragraph of prose, as plain text, shortened for a meta description. */
  description: string | undefined;
  /** Whether the file has a `🔝 Retour au Sommaire` line. */
  hasTopLine: boolean;
  /** The `⏭️ [Label](/target.md)` line. */
  next: NavTarget | undefined;
  /** Every Markdown link outside code, in order. */
  links: NavTarget[];
}

/** Thrown when a course file cannot become a page; its message is French and names the file. */
export class CourseFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CourseFormatError';
  }
}

export const TOP_LINE = /^🔝/u;
export const NEXT_LINE = /^⏭\uFE0F?/u;
const NEXT_LINK = /^⏭\uFE0F?\s*\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/u;
const LINK = /\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/gu;
const MAX_DESCRIPTION = 160;

/** Removes inline Markdown (emphasis, code, links, escapes) and keeps the text the reader sees. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function shorten(text: string): string {
  if (text.length <= MAX_DESCRIPTION) return text;
  const cut = text.slice(0, MAX_DESCRIPTION - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 80 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** The lines of the body: frontmatter removed, code fences marked so that nothing inside counts. */
function bodyLines(raw: string): { text: string; inCode: boolean }[] {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    if (end > 0) start = end + 1;
  }
  const result: { text: string; inCode: boolean }[] = [];
  let fence: string | undefined;
  for (const text of lines.slice(start)) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence === undefined && marker !== undefined) {
      fence = marker;
      result.push({ text, inCode: true });
    } else if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) {
        fence = undefined;
      }
      result.push({ text, inCode: true });
    } else {
      result.push({ text, inCode: false });
    }
  }
  return result;
}

function isProse(line: string): boolean {
  return (
    !/^\s*([#>|<*+-]|\d+[.)]\s|---|___|\*\*\*)/.test(line) &&
    !TOP_LINE.test(line) &&
    !NEXT_LINE.test(line)
  );
}

/** Analyses a course file's raw text. */
export function readCourseSource(raw: string): CourseSource {
  const lines = bodyLines(raw);
  let title: string | undefined;
  let titleAt = -1;
  let hasTopLine = false;
  let next: NavTarget | undefined;
  const links: NavTarget[] = [];

  lines.forEach(({ text, inCode }, i) => {
    if (inCode) return;
    const heading = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(text);
    if (heading?.[1] !== undefined && title === undefined) {
      title = plainText(heading[1]);
      titleAt = i;
    }
    if (TOP_LINE.test(text)) hasTopLine = true;
    const nextMatch = NEXT_LINK.exec(text);
    if (nextMatch?.[1] !== undefined && nextMatch[2] !== undefined) {
      next = { label: plainText(nextMatch[1]), href: nextMatch[2] };
    }
    for (const match of text.replace(/`[^`]*`/g, '').matchAll(LINK)) {
      if (match[2] !== undefined) links.push({ label: plainText(match[1] ?? ''), href: match[2] });
    }
  });

  let description: string | undefined;
  const paragraph: string[] = [];
  for (const { text, inCode } of lines.slice(titleAt + 1)) {
    if (text.trim() === '') {
      if (paragraph.length > 0) break;
      continue;
    }
    if (inCode || !isProse(text)) {
      if (paragraph.length > 0) break;
      continue;
    }
    paragraph.push(text);
  }
  if (paragraph.length > 0) description = shorten(plainText(paragraph.join(' ')));

  return { title, description, hasTopLine, next, links };
}

/** The French error for a file without a `# ` heading. */
export function missingTitleError(file: string): CourseFormatError {
  return new CourseFormatError(t('cours.erreur-sans-titre', { fichier: file }));
}
