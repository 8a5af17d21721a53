// `sleep` durations everywhere (engine programs, sh -c, container shells, the host), the image userland's wording
// of common errors, and the status of lines typed in container shells.
import { describe, expect, it } from 'vitest';
import { docker } from '../cli/index.ts';
import { runToCompletion } from './driver.ts';
import { createMachine, type Machine } from './machine.ts';
import { drainOutput, runLine } from './test-kit.ts';

const IMAGES = [
  'nginx:latest',
  'ubuntu:latest',
  'busybox:latest',
  'alpine:latest',
  'debian:latest',
];

/** Runs a line with stdin and stdout on pipes, over up to three hours of virtual time. */
const run = (m: Machine, line: string) =>
  runLine(
    m,
    line,
    { columns: 100, rows: 30, stdoutIsTTY: false, stdinIsTTY: false },
    { maxVirtualMs: 3 * 3600_000 },
  );

async function machine() {
  const m = createMachine({ seed: 7, docker, presentTags: IMAGES });
  await m.ready();
  return m;
}

const status = async (m: Machine, name: string) =>
  (await run(m, `docker ps -a --filter name=${name} --format '{{.Status}}'`)).stdout;

describe('sleep durations', () => {
  it('keeps `docker run -d IMAGE sleep infinity` up until it is stopped', async () => {
    const m = await machine();
    for (const [name, image, arg] of [
      ['gnu', 'ubuntu', 'infinity'],
      ['bb', 'busybox', 'inf'],
      ['shell', 'debian', 'sh -c "sleep infinity"'],
    ] as const) {
      const args = arg.startsWith('sh') ? arg : `sleep ${arg}`;
      expect((await run(m, `docker run -d --name ${name} ${image} ${args}`)).exitCode).toBe(0);
    }
    await run(m, 'sleep 7200');
    for (const name of ['gnu', 'bb', 'shell']) expect(await status(m, name)).toMatch(/^Up 2 hours/);
    const before = m.engine.now();
    expect((await run(m, 'docker stop gnu')).stdout).toBe('gnu\n');
    expect(m.engine.now() - before).toBe(10_000);
    expect(await status(m, 'gnu')).toMatch(/^Exited \(137\)/);
  });

  it('takes fractions and suffixes, summed, in the engine and in sh -c', async () => {
    const m = await machine();
    const timed = async (line: string) => {
      const start = m.engine.now();
      const r = await run(m, line);
      return { ...r, ms: m.engine.now() - start };
    };
    expect(await timed('docker run --rm ubuntu sleep 1.5')).toMatchObject({ exitCode: 0 });
    expect((await timed('docker run --rm busybox sleep 2m')).ms).toBeGreaterThanOrEqual(120_000);
    expect((await timed('docker run --rm ubuntu sleep 1h 30')).ms).toBeGreaterThanOrEqual(
      3_630_000,
    );
    const sh = await timed(`docker run --rm ubuntu sh -c 'sleep .5m; echo ok'`);
    expect(sh).toMatchObject({ stdout: 'ok\n', exitCode: 0 });
    expect(sh.ms).toBeGreaterThanOrEqual(30_000);
  });

  it('rejects a bad operand in the userland’s words', async () => {
    const m = await machine();
    expect(await run(m, 'docker run --rm ubuntu sleep abc')).toMatchObject({
      stdout: '',
      stderr: "sleep: invalid time interval 'abc'\nTry 'sleep --help' for more information.\n",
      exitCode: 1,
    });
    expect(await run(m, `docker run --rm debian sh -c 'sleep 1 x'`)).toMatchObject({
      stderr: "sleep: invalid time interval 'x'\nTry 'sleep --help' for more information.\n",
      exitCode: 1,
    });
    expect(await run(m, 'docker run --rm busybox sleep abc')).toMatchObject({
      stderr: "sleep: invalid number 'abc'\n",
      exitCode: 1,
    });
    expect(await run(m, `docker run --rm alpine sh -c 'sleep 1e3'`)).toMatchObject({
      stderr: "sleep: invalid number '1e3'\n",
      exitCode: 1,
    });
  });

  it('sleeps as long in container shells (exec) and on the host, where `infinity` waits for Ctrl-C', async () => {
    const m = await machine();
    await run(m, 'docker run -d --name bb busybox sleep infinity');
    let start = m.engine.now();
    expect(await run(m, 'docker exec bb sleep 1.5m')).toMatchObject({ exitCode: 0 });
    expect(m.engine.now() - start).toBe(90_000);
    expect(await run(m, 'docker exec bb sleep 3x')).toMatchObject({
      stderr: "sleep: invalid number '3x'\n",
      exitCode: 1,
    });
    start = m.engine.now();
    expect(await run(m, 'sleep 2h; echo fin')).toMatchObject({
      stdout: 'fin\n',
      stderr: '',
      exitCode: 0,
    });
    expect(m.engine.now() - start).toBe(7_200_000);
    expect(await run(m, 'sleep forever')).toMatchObject({
      stdout: '',
      stderr: "sleep: invalid time interval 'forever'\nTry 'sleep --help' for more information.\n",
      exitCode: 1,
    });
    for (const line of ['sleep infinity', 'docker exec bb sleep infinity']) {
      const r = m.runLine(line, { columns: 100, rows: 30 });
      const output = drainOutput(r);
      expect((await runToCompletion(m, r, { maxVirtualMs: 3600_000 })).state).not.toBe('ended');
      r.interrupt();
      await runToCompletion(m, r);
      const out = (await output).screen;
      expect({ line, code: await r.exitCode, out }).toEqual({ line, code: 130, out: '^C' });
    }
  });
});

describe('Ctrl-C on a host line in just-bash', () => {
  it('ends `sleep 30 | cat` as bash does: ^C, nothing more, $? = 130', async () => {
    const m = await machine();
    const r = m.runLine('sleep 30 | cat', { columns: 100, rows: 30 });
    const output = drainOutput(r);
    expect((await runToCompletion(m, r, { maxVirtualMs: 5000 })).state).toBe('timeout');
    r.interrupt();
    await runToCompletion(m, r);
    const { screen } = await output;
    expect(await r.exitCode).toBe(130);
    expect(screen).toBe('^C');
    expect((await run(m, 'echo $?')).stdout).toBe('130\n');
  });
});

describe('Ctrl-C in a container shell', () => {
  it('interrupts the running line of an interactive shell, which goes on with $? = 130', async () => {
    const m = await machine();
    const r = m.runLine('docker run -it --name sess ubuntu bash', { columns: 100, rows: 30 });
    const output = drainOutput(r);
    await runToCompletion(m, r);
    r.write('sleep infinity\r');
    expect((await runToCompletion(m, r, { maxVirtualMs: 3600_000 })).state).toBe('input');
    r.write('\x03');
    await runToCompletion(m, r);
    r.write('echo "status $?"\r');
    await runToCompletion(m, r);
    r.write('exit\r');
    await runToCompletion(m, r);
    const { screen } = await output;
    expect(screen).toMatch(
      /# sleep infinity\r\n\x1b\[\?2004l\r\^C\r\n\x1b\[\?2004hroot@[0-9a-f]{12}:\/# echo "status \$\?"\r\n\x1b\[\?2004l\rstatus 130\r\n/,
    );
    expect(screen).not.toContain('aborted');
    expect(await r.exitCode).toBe(0);
  });
});

describe('the userland’s wording of common errors', () => {
  it('docker run IMAGE ls|cat of a missing file, in GNU and BusyBox words', async () => {
    const m = await machine();
    expect(await run(m, 'docker run --rm ubuntu ls /test.txt')).toMatchObject({
      stdout: '',
      stderr: "ls: cannot access '/test.txt': No such file or directory\n",
      exitCode: 2,
    });
    for (const image of ['ubuntu', 'debian', 'nginx'])
      expect(await run(m, `docker run --rm ${image} cat /nope`)).toMatchObject({
        stdout: '',
        stderr: 'cat: /nope: No such file or directory\n',
        exitCode: 1,
      });
    expect((await run(m, 'docker run --rm ubuntu cat /etc')).stderr).toBe(
      'cat: /etc: Is a directory\n',
    );
    for (const image of ['busybox', 'alpine'])
      expect(await run(m, `docker run --rm ${image} cat /nope`)).toMatchObject({
        stdout: '',
        stderr: "cat: can't open '/nope': No such file or directory\n",
        exitCode: 1,
      });
  });

  it('file tools and cd in container shells say what GNU or BusyBox say', async () => {
    const m = await machine();
    await run(m, 'docker run -d --name gnu ubuntu sleep infinity');
    await run(m, 'docker run -d --name bb busybox sleep infinity');
    const cases: [string, string, string, number][] = [
      ['gnu', 'cat /etc', 'cat: /etc: Is a directory', 1],
      ['bb', 'cat /etc', 'cat: read error: Is a directory', 1],
      ['gnu', 'touch /nope/x', "touch: cannot touch '/nope/x': No such file or directory", 1],
      ['bb', 'touch /nope/x', 'touch: /nope/x: No such file or directory', 1],
      ['gnu', 'head /nope', "head: cannot open '/nope' for reading: No such file or directory", 1],
      ['bb', 'head /nope', "head: can't open '/nope': No such file or directory", 1],
      ['gnu', 'tail -n 2 /etc', "tail: error reading '/etc': Is a directory", 1],
      ['bb', 'tail /nope', "tail: can't open '/nope': No such file or directory", 1],
      ['gnu', 'rm /nope', "rm: cannot remove '/nope': No such file or directory", 1],
      ['bb', 'rm /nope', "rm: can't remove '/nope': No such file or directory", 1],
      ['bb', 'rm /etc', "rm: '/etc' is a directory", 1],
      ['bb', 'rmdir /nope', "rmdir: '/nope': No such file or directory", 1],
      [
        'bb',
        'mkdir /nope/x',
        "mkdir: can't create directory '/nope/x': No such file or directory",
        1,
      ],
      ['gnu', 'mkdir /etc', "mkdir: cannot create directory '/etc': File exists", 1],
      ['bb', 'cp /nope /tmp', "cp: can't stat '/nope': No such file or directory", 1],
      ['bb', 'mv /nope /tmp', "mv: can't stat '/nope': No such file or directory", 1],
      ['gnu', `bash -c 'cd /nope'`, 'bash: line 1: cd: /nope: No such file or directory', 1],
      ['gnu', `sh -c 'cd /nope'`, "sh: 1: cd: can't cd to /nope", 2],
      ['bb', `sh -c 'cd /etc/passwd'`, "sh: cd: can't cd to /etc/passwd: Not a directory", 2],
    ];
    for (const [name, cmd, stderr, code] of cases)
      expect({ cmd, ...(await run(m, `docker exec ${name} ${cmd}`)) }).toMatchObject({
        cmd,
        stdout: '',
        stderr: `${stderr}\n`,
        exitCode: code,
      });
    expect((await run(m, `docker exec gnu sh -c 'cd /tmp && pwd'`)).stdout).toBe('/tmp\n');
    expect((await run(m, 'docker exec gnu head -n 1 /etc/passwd')).stdout).toBe(
      'root:x:0:0:root:/root:/bin/bash\n',
    );
  });

  it('an interactive bash says `bash: cd:` without a line number', async () => {
    const m = await machine();
    const r = m.runLine('docker run -it --name sess ubuntu bash', { columns: 100, rows: 30 });
    const output = drainOutput(r);
    await runToCompletion(m, r);
    for (const line of ['cd /nope', 'exit']) {
      r.write(`${line}\r`);
      await runToCompletion(m, r);
    }
    expect((await output).screen).toContain('\rbash: cd: /nope: No such file or directory\r\n');
  });
});

describe('lines typed in container shells', () => {
  it('go to the event log with their exit code, as the host’s lines do', async () => {
    const m = await machine();
    const r = m.runLine('docker run -it --name sess ubuntu bash', { columns: 100, rows: 30 });
    const output = drainOutput(r);
    await runToCompletion(m, r);
    for (const line of ['ls test.txt', 'touch test.txt', '', 'ls test.txt', 'exit']) {
      r.write(`${line}\r`);
      await runToCompletion(m, r);
    }
    await output;
    const id = m.engine.state.containers[Object.keys(m.engine.state.containers)[0] ?? '']?.id;
    const typed = m.engine.state.events
      .filter((e) => e.type === 'shell' && e.id === id)
      .map((e) => [e.attributes.line, e.attributes.exitCode]);
    expect(typed).toEqual([
      ['ls test.txt', '2'],
      ['touch test.txt', '0'],
      ['ls test.txt', '0'],
    ]);
  });
});
