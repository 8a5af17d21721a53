// Tests for reading a course file as authored: title, description, nav lines, links, errors.
import { describe, expect, it } from 'vitest';
import { missingTitleError, plainText, readCourseSource } from './source.ts';

const CHAPTER = `🔝 Retour au [Sommaire](/SOMMAIRE.md)

# 3.2 Conteneurs **Docker**

## Qu'est-ce qu'un conteneur ?

Un conteneur est une **instance** créée à partir d'une [image](/03-x/01-images.md).
Il tourne \`isolé\`.

\`\`\`
# pas un titre
[pas un lien](/x.md)
\`\`\`

⏭️ [Registres Docker (Docker Hub)](/03-concepts-fondamentaux/03-registres-docker.md)
`;

describe('readCourseSource', () => {
  it('takes the title from the first `# ` heading, without inline Markdown', () => {
    expect(readCourseSource(CHAPTER).title).toBe('3.2 Conteneurs Docker');
  });

  it('ignores headings inside code blocks and frontmatter', () => {
    const source = readCourseSource('---\ntitle: x\n---\n```\n# Faux titre\n```\n\n# Vrai titre\n');
    expect(source.title).toBe('Vrai titre');
  });

  it('has no title when no line starts with `# `', () => {
    expect(readCourseSource('## Sous-titre\n\n#Collé\n\nTexte.').title).toBeUndefined();
  });

  it('describes the page with its first paragraph of prose, as plain text', () => {
    expect(readCourseSource(CHAPTER).description).toBe(
      "Un conteneur est une instance créée à partir d'une image. Il tourne isolé.",
    );
  });

  it('shortens a long first paragraph at a word boundary', () => {
    const long = `# T\n\n${'mot '.repeat(100)}`;
    const description = readCourseSource(long).description ?? '';
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.endsWith('mot…')).toBe(true);
  });

  it('finds the 🔝 line and the ⏭️ target', () => {
    const source = readCourseSource(CHAPTER);
    expect(source.hasTopLine).toBe(true);
    expect(source.next).toEqual({
      label: 'Registres Docker (Docker Hub)',
      href: '/03-concepts-fondamentaux/03-registres-docker.md',
    });
  });

  it('lists the links outside code', () => {
    expect(readCourseSource(CHAPTER).links.map((link) => link.href)).toEqual([
      '/SOMMAIRE.md',
      '/03-x/01-images.md',
      '/03-concepts-fondamentaux/03-registres-docker.md',
    ]);
  });
});

describe('plainText', () => {
  it('keeps what the reader sees', () => {
    expect(plainText('**Gras**, *italique*, `code`, [lien](/a.md) et \\< 5')).toBe(
      'Gras, italique, code, lien et < 5',
    );
  });
});

describe('missingTitleError', () => {
  it('says in French which file lacks a title and how to add one', () => {
    const error = missingTitleError('src/content/docs/04-x/01-y.md');
    expect(error.message).toContain('« src/content/docs/04-x/01-y.md »');
    expect(error.message).toContain("n'a pas de titre");
    expect(error.message).toContain('« # 3.3 Registres Docker »');
  });
});
