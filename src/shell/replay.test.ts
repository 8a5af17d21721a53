// Tests of replay: script parsing and what the terminal shows, with a stand-in docker command.
import { describe, expect, it } from 'vitest';
import { fakeDocker, fakeEngine } from './fakes.ts';
import { createMachine } from './machine.ts';
import { parseReplayScript, replay } from './replay.ts';

describe('parseReplayScript', () => {
  it('recognises comments, sleeps, control keys and typed lines', () => {
    expect(parseReplayScript('# titre\n\nsleep 2\ndocker ps\n^C\n^P^Q\n^D\nsleep 1.5s\n')).toEqual([
      { kind: 'comment', text: '# titre' },
      { kind: 'blank' },
      { kind: 'sleep', seconds: 2, text: 'sleep 2' },
      { kind: 'line', text: 'docker ps' },
      { kind: 'keys', keys: '\x03', text: '^C' },
      { kind: 'keys', keys: '\x10\x11', text: '^P^Q' },
      { kind: 'keys', keys: '\x04', text: '^D' },
      { kind: 'sleep', seconds: 1.5, text: 'sleep 1.5s' },
    ]);
  });
});

describe('replay', () => {
  const machine = () => createMachine({ engine: fakeEngine(0), docker: fakeDocker });

  it('shows each prompt and line, then the output; sleep at the prompt takes virtual time', async () => {
    const m = machine();
    const screen = await replay('# début\ndocker run -d web\nsleep 5\ncd /tmp\ndocker ps\n', {}, m);
    expect(screen).toBe(
      'apprenant@cours:~$ docker run -d web\n' +
        `${'a'.repeat(64)}\n` +
        'apprenant@cours:~$ sleep 5\n' +
        'apprenant@cours:~$ cd /tmp\n' +
        'apprenant@cours:/tmp$ docker ps\n' +
        'web\n',
    );
    expect(m.engine.now()).toBe(5000);
  });

  it('lets time pass and sends Ctrl-C to a command in the foreground', async () => {
    const screen = await replay('docker follow\nsleep 2\n^C\ndocker ps\n', {}, machine());
    expect(screen).toBe(
      'apprenant@cours:~$ docker follow\nline 0\nline 1\nline 2\n^C\napprenant@cours:~$ docker ps\n',
    );
  });

  it('types lines into a command that reads the keyboard', async () => {
    const screen = await replay('docker cat\nbonjour\n^D\necho fini\n', {}, machine());
    expect(screen).toBe(
      'apprenant@cours:~$ docker cat\nbonjour\nbonjour\napprenant@cours:~$ echo fini\nfini\n',
    );
  });

  it('waits for a command that only waits on the clock, as a person would', async () => {
    const m = machine();
    const screen = await replay('docker wait-virtual 10\ndocker ps\n', {}, m);
    expect(screen).toContain('waited until 10000\napprenant@cours:~$ docker ps\n');
  });

  it('presses Ctrl-C for a command still running at the end of the script', async () => {
    const screen = await replay('docker follow\n', { maxForegroundMs: 3000 }, machine());
    expect(screen).toContain('Ctrl-C');
    expect(screen.endsWith('\n')).toBe(true);
  });
});
