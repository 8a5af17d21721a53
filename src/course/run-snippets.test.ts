// Click-to-run blocks: how fences are marked, and every such block of the course replayed through the emulator.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { docker } from '../cli/index.ts';
import { createMachine, type Machine } from '../shell/machine.ts';
import { replay, REPLAY_EPOCH, REPLAY_SEED } from '../shell/replay.ts';
import { courseMarkdown } from './markdown-plugin.ts';
import { runLines, runMeta } from './run-snippets.ts';

const ROOT = resolve('tests/fixtures/course');

describe('run fences', () => {
  it('reads the meta words', () => {
    expect(runMeta('bash', 'run')).toEqual({ expectError: false });
    expect(runMeta('sh', 'run error machine=demo')).toEqual({ expectError: true, machine: 'demo' });
    expect(runMeta('bash', 'title="x"')).toBeUndefined();
    expect(runMeta('python', 'run')).toBeUndefined();
    expect(runLines('# comment\ndocker ps\n\ndocker ps -a  \n')).toEqual([
      'docker ps',
      'docker ps -a',
    ]);
  });

  it('gives run blocks a hidden « Exécuter » button and leaves the others alone', async () => {
    const { html } = await markdownToHtml(
      '# T\n\n```bash run\ndocker ps -a\n```\n\n```bash\nls\n```\n',
      {
        fileURL: pathToFileURL(resolve(ROOT, '01-premiers-pas/01-bienvenue.md')),
        mdastPlugins: [courseMarkdown({ roots: [ROOT], base: '/' })],
      },
    );
    expect(html).toContain('data-command="[&quot;docker ps -a&quot;]"');
    expect(html).toMatch(
      /<button type="button" class="run-snippet__button" data-run-button="" hidden[^>]*>▶ Exécuter<\/button>/,
    );
    expect(html.match(/data-run-snippet/g)).toHaveLength(1);
    expect(html).toContain('<pre><code class="language-bash">ls\n</code></pre>');
  });
});

// ---------------------------------------------------------------- every block of the course

interface Block {
  lines: string[];
  expectError: boolean;
  machine: string;
  at: number;
}

interface PageTerminal {
  machine: string;
  fixture: string[];
  at: number;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.mdx?$/.test(name) ? [path] : [];
  });
}

/** The plain `<Terminal machine="…" fixture={[…]} />` of a page (exercise terminals are not targets). */
function terminalsOf(source: string): PageTerminal[] {
  return [...source.matchAll(/<Terminal\b([^>]*?)\/>/gs)].map((m) => {
    const attrs = m[1] ?? '';
    const fixture = /fixture=\{(\[[\s\S]*?\])\}/.exec(attrs)?.[1];
    return {
      machine: /machine="([^"]+)"/.exec(attrs)?.[1] ?? 'bac-a-sable',
      fixture: fixture ? (JSON.parse(fixture) as string[]) : [],
      at: m.index ?? 0,
    };
  });
}

/** Run blocks, each with the terminal it types into: the one named, else the next one, else the last before. */
function blocksOf(source: string, terminals: PageTerminal[]): Block[] {
  return [...source.matchAll(/^```(\w+)[ \t]*(.*)\n([\s\S]*?)^```$/gm)].flatMap((m) => {
    const meta = runMeta(m[1], m[2]);
    if (!meta) return [];
    const at = m.index ?? 0;
    const target =
      meta.machine ??
      (terminals.find((t) => t.at > at) ?? terminals.filter((t) => t.at < at).at(-1))?.machine;
    if (!target) throw new Error(`bloc « run » sans terminal dans la page : ${m[3]}`);
    return [{ lines: runLines(m[3] ?? ''), expectError: meta.expectError, machine: target, at }];
  });
}

const pages = files('src/content/docs')
  .map((file) => {
    const source = readFileSync(file, 'utf8');
    const terminals = terminalsOf(source);
    return { file, terminals, blocks: blocksOf(source, terminals) };
  })
  .filter((page) => page.blocks.length > 0);

describe('run blocks of the course', () => {
  it('exist', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  for (const page of pages) {
    it(`${page.file}: every block runs without an emulator error`, async () => {
      const machines = new Map<string, Machine>();
      for (const block of page.blocks) {
        let machine = machines.get(block.machine);
        if (!machine) {
          const fixture = page.terminals.find((t) => t.machine === block.machine)?.fixture ?? [];
          machine = createMachine({ now: REPLAY_EPOCH, seed: REPLAY_SEED, fixture, docker });
          await machine.ready();
          machines.set(block.machine, machine);
        }
        const before = machine.engine.state.events.length;
        // A person reads between two blocks: a few seconds pass.
        machine.advanceTo(machine.engine.now() + 5000);
        const screen = await replay(block.lines.join('\n'), {}, machine);
        const codes = machine.engine.state.events
          .slice(before)
          .flatMap((e) => (e.type === 'shell' && e.id === 'host' ? [e.attributes.exitCode] : []));
        const context = `${block.lines.join(' ; ')}\n${screen}`;
        expect(screen, context).not.toMatch(
          /erreur interne|n’est pas simulée|n’est pas encore simulé/,
        );
        if (block.expectError)
          expect(
            codes.some((c) => c !== '0'),
            context,
          ).toBe(true);
        else
          expect(
            codes.every((c) => c === '0'),
            context,
          ).toBe(true);
      }
    });
  }
});
