// The host shell session over a real machine: lines, built-ins, pastes, Ctrl-C and completion.
import { describe, expect, it } from 'vitest';
import { createMachine, type Machine } from '../shell/machine.ts';
import { completionSource } from './completion-source.ts';
import { History } from './history.ts';
import { TerminalSession } from './session.ts';
import { FakeScreen } from './test-kit.ts';

const START = Date.UTC(2026, 0, 5, 9, 0, 0);

async function session() {
  const machine: Machine = createMachine({ now: START, seed: 7 });
  await machine.ready();
  const screen = new FakeScreen();
  const history = new History();
  const announced: string[] = [];
  let busy = 0;
  const s = new TerminalSession({
    screen,
    host: {
      machine: () => machine,
      history,
      catchUp: () => undefined,
      busy: (running) => void (busy += running ? 1 : -1),
      completion: () => completionSource(machine),
    },
    announce: (text) => announced.push(text),
    help: async () => 'AIDE\n',
  });
  s.start();
  /** Types text and waits until the prompt is back. */
  const type = async (text: string) => {
    s.input(text);
    for (let i = 0; i < 400; i++) {
      await new Promise((r) => setTimeout(r, 5));
      const lines = screen.lines();
      if (!s.busy && busy === 0 && /\$ $/.test(lines[lines.length - 1] ?? '')) break;
    }
  };
  return { s, screen, machine, history, announced, type };
}

describe('TerminalSession', () => {
  it('runs a docker line, shows its output and announces it in plain text', async () => {
    const { screen, type, announced, history } = await session();
    await type('docker run -d --name web nginx\r');
    await type('docker ps --format "{{.Names}} {{.Image}}"\r');
    const lines = screen.lines();
    expect(lines).toContain('web nginx');
    expect(lines[lines.length - 1]).toBe('apprenant@cours:~$ ');
    expect(announced[announced.length - 1]).toBe('web nginx');
    expect(history.entries).toEqual([
      'docker run -d --name web nginx',
      'docker ps --format "{{.Names}} {{.Image}}"',
    ]);
  });

  it('clear, history, exit and aide are the terminal’s own', async () => {
    const { screen, type } = await session();
    await type('echo un\r');
    await type('history\r');
    expect(screen.lines()).toContain('    1  echo un');
    await type('exit\r');
    expect(screen.lines().some((l) => l.includes('ne peut pas se fermer'))).toBe(true);
    await type('aide\r');
    expect(screen.lines()).toContain('AIDE');
    await type('clear\r');
    expect(screen.lines()).toEqual(['apprenant@cours:~$ ']);
  });

  it('runs each line of a multi-line paste in turn, and keeps an unfinished last line', async () => {
    const { s, screen, type } = await session();
    await type('\x1b[200~echo premier\necho second\necho trois\x1b[201~');
    const lines = screen.lines();
    expect(lines).toContain('premier');
    expect(lines).toContain('second');
    expect(lines[lines.length - 1]).toBe('apprenant@cours:~$ echo trois');
    expect(s.busy).toBe(false);
  });

  it('Ctrl-C at the prompt abandons the line', async () => {
    const { screen, type } = await session();
    await type('docker p\x03');
    expect(screen.lines().slice(-2)).toEqual([
      'apprenant@cours:~$ docker p^C',
      'apprenant@cours:~$ ',
    ]);
  });

  it('starts a new line for the prompt when output does not end with one', async () => {
    const { screen, type } = await session();
    await type('printf sans-fin\r');
    expect(screen.lines().slice(-2)).toEqual(['sans-fin', 'apprenant@cours:~$ ']);
  });

  it('Tab completes a container name and lists several candidates', async () => {
    const { screen, type, s } = await session();
    await type('docker run -d --name serveur nginx\r');
    s.input('docker stop se\t');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.lines().pop()).toBe('apprenant@cours:~$ docker stop serveur ');
    s.input('\x15docker sta\t');
    await new Promise((r) => setTimeout(r, 50));
    const lines = screen.lines();
    expect(lines[lines.length - 2]).toMatch(/^start\s+stats$/);
  });

  it('shows the first prompt before its machine is built, and runs a line typed meanwhile once it is', async () => {
    const screen = new FakeScreen();
    let build!: (machine: Machine) => void;
    const building = new Promise<Machine>((resolve) => (build = resolve));
    let machine: Machine | undefined;
    const s = new TerminalSession({
      screen,
      host: {
        machine: () => machine ?? building,
        history: new History(),
        catchUp: () => undefined,
        busy: () => undefined,
        completion: () => building.then(completionSource),
      },
      announce: () => undefined,
      help: async () => '',
    });
    s.start();
    expect(screen.lines()).toEqual(['apprenant@cours:~$ ']);
    s.input('echo tôt\r');
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.lines()).toEqual(['apprenant@cours:~$ echo tôt', '']);
    machine = createMachine({ now: START, seed: 7 });
    await machine.ready();
    build(machine);
    for (let i = 0; i < 100 && screen.lines().at(-1) !== 'apprenant@cours:~$ '; i++) {
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(screen.lines()).toEqual(['apprenant@cours:~$ echo tôt', 'tôt', 'apprenant@cours:~$ ']);
  });
});
