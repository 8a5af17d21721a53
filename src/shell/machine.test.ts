// Tests of the machine: routing, state carried between lines, pipes, the prompt and the event log.
import { describe, expect, it } from 'vitest';
import { fakeDocker, fakeEngine } from './fakes.ts';
import { createMachine } from './machine.ts';
import { runToCompletion, settle } from './driver.ts';
import { drainOutput, runLine } from './test-kit.ts';

const IO = { columns: 100, rows: 30 };

function machine() {
  const engine = fakeEngine();
  return { engine, m: createMachine({ engine, docker: fakeDocker }) };
}

describe('machine', () => {
  it('runs a simple docker line directly, on a terminal that may follow', async () => {
    const { m } = machine();
    const r = await runLine(m, 'docker ctx --name "a b" $HOME');
    expect(r.route).toBe('direct');
    expect(r.stdout).toBe(
      'tty=true stdinTty=true follow=true cols=100 cwd=/home/apprenant argv=["--name","a b","/home/apprenant"]\n',
    );
    expect(r.stderr).toBe('to-stderr\n');
  });

  it('runs other lines in just-bash, where docker writes to a pipe and cannot follow', async () => {
    const { m } = machine();
    const r = await runLine(m, 'docker ctx | cat');
    expect(r.route).toBe('bash');
    expect(r.stdout).toBe(
      'tty=false stdinTty=false follow=false cols=80 cwd=/home/apprenant argv=[]\n',
    );
    const f = await runLine(m, 'docker follow; echo fin');
    expect(f.stdout).toBe('line 0\nfin\n');
    expect(f.stderr).toContain('suivre');
  });

  it('ends a host `sleep` on Ctrl-C as bash does: ^C echoed, nothing more, status 130', async () => {
    const { m } = machine();
    const running = m.runLine('sleep 10; echo après', IO);
    const output = drainOutput(running);
    const waiting = await runToCompletion(m, running, { maxVirtualMs: 2000 });
    expect(waiting.state).toBe('timeout');
    running.interrupt();
    await runToCompletion(m, running);
    const { stdout, stderr } = await output;
    expect(await running.exitCode).toBe(130);
    expect(stdout).toBe('^C');
    expect(stderr).toBe('');
    const status = await runLine(m, 'echo $?');
    expect(status.stdout).toBe('130\n');
  });

  it('tells a command on the terminal about every resize, and keeps its context size live', async () => {
    const { m } = machine();
    const running = m.runLine('docker size', { columns: 100, rows: 30 });
    const output = drainOutput(running);
    await runToCompletion(m, running, { maxVirtualMs: 10 });
    running.resize(120, 40);
    running.resize(120, 40);
    running.resize(60, 20);
    await settle();
    running.interrupt();
    await runToCompletion(m, running);
    expect((await output).screen).toBe(
      '100x30\nresized 120x40 ctx=120x40\nresized 60x20 ctx=60x20\n^C',
    );
  });

  it('pipes docker output into host commands', async () => {
    const { m } = machine();
    await runLine(m, 'docker run -d web');
    await runLine(m, 'docker run -d db');
    const r = await runLine(m, 'docker ps -q | wc -l');
    expect(r.stdout.trim()).toBe('2');
    const s = await runLine(m, 'echo "$(docker ps -q | head -1)!"');
    expect(s.stdout).toBe('web!\n');
  });

  it('keeps the working directory and variables from one line to the next', async () => {
    const { m } = machine();
    expect(m.prompt()).toBe('apprenant@cours:~$ ');
    await runLine(m, 'mkdir -p projet/app && cd projet');
    expect(m.cwd()).toBe('/home/apprenant/projet');
    expect(m.prompt()).toBe('apprenant@cours:~/projet$ ');
    await runLine(m, 'NOM=web; export MODE=prod');
    const r = await runLine(m, 'echo $NOM $MODE; pwd');
    expect(r.stdout).toBe('web prod\n/home/apprenant/projet\n');
    const d = await runLine(m, 'docker ctx $NOM');
    expect(d.stdout).toContain('cwd=/home/apprenant/projet argv=["web"]');
    await runLine(m, 'cd /tmp');
    expect(m.prompt()).toBe('apprenant@cours:/tmp$ ');
  });

  it('carries $? over lines, like bash', async () => {
    const { m } = machine();
    await runLine(m, 'false');
    expect((await runLine(m, 'echo $?')).stdout).toBe('1\n');
    await runLine(m, 'docker nope');
    expect((await runLine(m, 'docker ctx $?')).stdout).toContain('argv=["1"]');
  });

  it('is the host: user, hostname, files', async () => {
    const { m } = machine();
    const r = await runLine(m, 'whoami; hostname; cat /etc/hostname; echo $HOME; ls -d /tmp');
    expect(r.stdout).toBe('apprenant\ncours\ncours\n/home/apprenant\n/tmp\n');
  });

  it('appends every typed line to the event log with its exit code', async () => {
    const { m, engine } = machine();
    await runLine(m, 'docker nope');
    await runLine(m, '   ');
    await runLine(m, 'echo hi | cat');
    expect(engine.lines).toEqual([
      { line: 'docker nope', where: 'host', exitCode: 1 },
      { line: 'echo hi | cat', where: 'host', exitCode: 0 },
    ]);
  });

  it('merges stderr into stdout for a trailing 2>&1 and still runs directly', async () => {
    const { m } = machine();
    const r = await runLine(m, 'docker ctx 2>&1');
    expect(r.route).toBe('direct');
    expect(r.stdout).toContain('to-stderr\n');
    expect(r.stderr).toBe('');
  });

  it('fails curl like curl when nothing listens', async () => {
    const { m } = machine();
    const r = await runLine(m, 'curl localhost:8080');
    expect(r).toMatchObject({
      stderr:
        "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n",
      exitCode: 7,
    });
    expect(
      (await runLine(m, 'curl -s http://localhost:8080 | head -5; echo ${PIPESTATUS[0]}')).stdout,
    ).toBe('7\n');
  });

  it('applies a start fixture before the first typed line', async () => {
    const engine = fakeEngine();
    const m = createMachine({
      engine,
      docker: fakeDocker,
      fixture: ['docker run -d web', 'cd /tmp'],
    });
    const r = await runLine(m, 'docker ps');
    expect(r.stdout).toBe('web\n');
    expect(m.cwd()).toBe('/tmp');
  });

  it('saves the host filesystem and shell state in a snapshot', async () => {
    const { m } = machine();
    await runLine(m, 'echo bonjour > note.txt; X=1; cd /tmp');
    const snap = await m.toSnapshot();
    expect(snap.engine.host.files['/home/apprenant/note.txt']).toMatchObject({
      kind: 'file',
      content: 'bonjour\n',
    });
    expect(snap.shell).toMatchObject({ cwd: '/tmp', lastExitCode: 0 });
    expect(snap.shell.vars.X).toBe('1');
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });
});
