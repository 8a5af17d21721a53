// The MDX page of chapter 3.2 is the author's text, verbatim, with only MDX escapes added, plus the
// practice blocks inserted between its paragraphs: imports, `<Exercise … />`, `<Terminal … />` and
// click-to-run fences (```bash run). Once those are taken out, not a character of the author's differs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SEED = readFileSync('tests/fixtures/seed/02-conteneurs-docker.md', 'utf8');
const PAGE = readFileSync(
  'src/content/docs/03-concepts-fondamentaux/02-conteneurs-docker.mdx',
  'utf8',
);

/** Undoes the escapes MDX needs (`\<`, `\{`, `\}`) outside code, which the reader never sees. */
function unescapeMdx(source: string): string {
  return source.replace(/\\([<>{}])/g, '$1');
}

/** Takes out the practice blocks: each is its own paragraph, after a blank line. */
function withoutPractice(source: string): string {
  return source
    .replace(/^(import [^\n]+\n)+\n/, '')
    .replace(/\n\n<(?:Exercise|Terminal)\b[^\n]*\/>(?=\n)/g, '')
    .replace(/\n\n```\w+[ \t][^\n]*\brun\b[^\n]*\n[\s\S]*?\n```(?=\n)/g, '');
}

describe('chapitre 3.2', () => {
  it('is the seed, character for character, once MDX escapes and practice blocks are undone', () => {
    expect(unescapeMdx(withoutPractice(PAGE))).toBe(SEED);
  });

  it('has practice blocks to take out', () => {
    expect(PAGE.match(/^<Exercise id="[\w-]+" \/>$/gm)?.length).toBeGreaterThanOrEqual(8);
    expect(PAGE).toMatch(/^```bash run$/m);
  });

  it('escapes what MDX would misread outside code blocks', () => {
    const prose = withoutPractice(PAGE)
      .split(/^```[\s\S]*?^```/m)
      .join('');
    expect(prose).not.toMatch(/(^|[^\\])[<{}]/m);
  });
});
