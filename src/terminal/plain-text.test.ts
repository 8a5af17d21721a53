// What the aria-live region announces: text without escapes, rewritten lines in their last state.
import { describe, expect, it } from 'vitest';
import { emulatedDockerCommands, helpText } from './aide.ts';
import { plainText, truncateForAnnouncement } from './plain-text.ts';

describe('plainText', () => {
  it('drops colours and cursor moves, keeps the last version of a rewritten line', () => {
    expect(plainText('\x1b[1mGras\x1b[0m\r\n10%\r50%\r100%\nfin\n')).toBe('Gras\n100%\nfin');
    expect(plainText('abc\b\bZ\x1b[2A\x1b[K\n')).toBe('aZ');
  });

  it('cuts a long announcement and says where the rest is', () => {
    const text = truncateForAnnouncement('x'.repeat(5000), '(suite)');
    expect(text.endsWith('… (suite)')).toBe(true);
    expect(text.length).toBeLessThan(1600);
  });
});

describe('aide', () => {
  it('lists the docker commands the registry emulates, and the way out of the terminal', () => {
    const commands = emulatedDockerCommands();
    expect(commands).toEqual(expect.arrayContaining(['ps', 'run', 'stop', 'rm', 'inspect']));
    const text = helpText();
    for (const command of commands) expect(text).toContain(command);
    expect(text).toContain('Échap puis Tab');
  });
});
