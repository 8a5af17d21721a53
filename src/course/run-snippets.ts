// Click-to-run code blocks: a ```bash run fence gets a « ▶ Exécuter » button that types it into the page's terminal.
// Meta words: `run` (required), `error` (the block shows an error on purpose), `machine=NAME` (which terminal).
import type { MdastVisitorContext } from 'satteri';
import { t } from '../i18n/fr.ts';

const SHELL_LANGS = new Set(['bash', 'sh', 'shell', 'console']);

export interface RunMeta {
  /** The block shows an emulator error on purpose. */
  expectError: boolean;
  /** The terminal's machine, when the block names it. */
  machine?: string;
}

/** Reads a fence's info string; `undefined` unless it is a shell block marked `run`. */
export function runMeta(
  lang: string | null | undefined,
  meta: string | null | undefined,
): RunMeta | undefined {
  if (!lang || !SHELL_LANGS.has(lang)) return undefined;
  const words = (meta ?? '').trim().split(/\s+/);
  if (!words.includes('run')) return undefined;
  const machine = words.find((w) => w.startsWith('machine='))?.slice('machine='.length);
  return { expectError: words.includes('error'), ...(machine ? { machine } : {}) };
}

/** The lines a block types, in order: blank lines and `#` comments are not typed. */
export function runLines(code: string): string[] {
  return code
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
}

/** The class of the wrapper; the client script (`components/run-snippets.ts`) looks for it. */
export const RUN_CLASS = 'run-snippet';

interface CodeNode {
  type: 'code';
  lang?: string | null;
  meta?: string | null;
  value: string;
}

/** Wraps a run block with its button; the button stays hidden until the page's script enables it. */
export function markRunSnippet(node: Readonly<CodeNode>, ctx: MdastVisitorContext): void {
  const meta = runMeta(node.lang, node.meta);
  if (!meta) return;
  const lines = runLines(node.value);
  if (lines.length === 0) return;
  const label = lines.length === 1 ? lines[0] : `${lines[0]} …`;
  ctx.wrapNode(node as never, {
    type: 'runSnippet',
    data: {
      hName: 'div',
      hProperties: {
        className: [RUN_CLASS, 'not-content'],
        'data-run-snippet': '',
        'data-command': JSON.stringify(lines),
        ...(meta.machine ? { 'data-machine': meta.machine } : {}),
      },
    },
    children: [
      {
        type: 'runSnippetBar',
        data: { hName: 'div', hProperties: { className: ['run-snippet__bar'] } },
        children: [
          {
            type: 'runSnippetButton',
            data: {
              hName: 'button',
              hProperties: {
                type: 'button',
                className: ['run-snippet__button'],
                'data-run-button': '',
                hidden: true,
                'aria-label': t('extrait.executer-nom', { commande: label ?? '' }),
              },
            },
            children: [{ type: 'text', value: t('extrait.executer') }],
          },
          {
            type: 'runSnippetNote',
            data: { hName: 'span', hProperties: { className: ['run-snippet__note'] } },
            children: [{ type: 'text', value: t('extrait.note') }],
          },
        ],
      },
    ],
  });
}
