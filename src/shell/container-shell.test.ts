// Shells inside containers through the machine: exec, -it sessions, and random input that must not break anything else.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createMachine, type Machine } from './machine.ts';
import { runToCompletion } from './driver.ts';
import { drainOutput } from './test-kit.ts';
import { docker } from '../cli/index.ts';
import { checkInvariants, createEngine } from '../engine/index.ts';

/** Runs a line on pipes; one still running (random input) gets Ctrl-C, code -99 if it never ends. */
async function run(m: Machine, line: string, opts: { tty?: boolean; stdin?: string } = {}) {
  const r = m.runLine(line, {
    columns: 100,
    rows: 30,
    stdoutIsTTY: opts.tty ?? false,
    stdinIsTTY: opts.tty ?? false,
    stdin: opts.stdin ?? '',
  });
  const output = drainOutput(r);
  // 'idle' only means real asynchronous work (loading just-bash) is still going on.
  for (let i = 0; i < 50 && !r.done(); i++) {
    const s = await runToCompletion(m, r, { maxVirtualMs: 120_000 });
    if (s.state === 'timeout' || s.state === 'input') break;
  }
  if (!r.done()) r.interrupt();
  await runToCompletion(m, r, { maxVirtualMs: 60_000 });
  const { stdout, stderr } = await output;
  return { stdout, stderr, code: r.done() ? await r.exitCode : -99 };
}

async function machineWith(...names: string[]) {
  const m = createMachine({
    seed: 7,
    docker,
    presentTags: ['nginx:latest', 'ubuntu:latest', 'busybox:latest'],
  });
  await m.ready();
  for (const n of names) {
    const [name, image, ...cmd] = n.split(' ');
    await run(m, `docker run -d --name ${name} ${image} ${cmd.join(' ')}`);
  }
  return m;
}

describe('docker exec', () => {
  it('runs on the container filesystem with the image userland', async () => {
    const m = await machineWith('web nginx', 'bb busybox sleep 3600');
    expect((await run(m, 'docker exec web ls /usr/share/nginx/html')).stdout).toBe(
      '50x.html\nindex.html\n',
    );
    const html = await run(m, 'docker exec web cat /usr/share/nginx/html/index.html');
    expect(html.stdout.length).toBe(615);
    const missing = await run(m, 'docker exec web ls /nope');
    expect(missing).toMatchObject({
      stderr: "ls: cannot access '/nope': No such file or directory\n",
      code: 2,
    });
    const bbMissing = await run(m, 'docker exec bb ls /nope');
    expect(bbMissing).toMatchObject({ stderr: 'ls: /nope: No such file or directory\n', code: 1 });
    expect((await run(m, 'docker exec bb ps')).stdout).toMatch(
      /^PID {3}USER {5}TIME {2}COMMAND\n {4}1 root {6}0:00 sleep 3600\n/,
    );
    expect((await run(m, 'docker exec web ps')).stdout).toMatch(
      /OCI runtime exec failed: .*"ps": executable file not found in \$PATH/,
    );
    expect((await run(m, 'docker exec web sh -c "exit 3"')).code).toBe(3);
  });

  it('refuses -it without a terminal and a stopped container', async () => {
    const m = await machineWith('web nginx');
    expect(await run(m, 'docker exec -it web bash')).toMatchObject({
      stderr: 'the input device is not a TTY\n',
      code: 1,
    });
    await run(m, 'docker stop web');
    expect((await run(m, 'docker exec web ls')).stderr).toMatch(
      /^Error response from daemon: container [0-9a-f]{64} is not running\n$/,
    );
  });

  it('changes made by exec show in docker diff, docker cp copies both ways', async () => {
    const m = await machineWith('web nginx');
    await run(
      m,
      'echo "<h1>Bonjour</h1>" > index.html && docker cp index.html web:/usr/share/nginx/html/index.html',
    );
    expect((await run(m, 'docker exec web cat /usr/share/nginx/html/index.html')).stdout).toBe(
      '<h1>Bonjour</h1>\n',
    );
    expect((await run(m, 'docker diff web')).stdout).toContain(
      'C /usr/share/nginx/html/index.html\n',
    );
    await run(m, 'docker cp web:/etc/nginx ./conf');
    expect((await run(m, 'ls conf | head -2')).stdout).toBe('conf.d\nfastcgi.conf\n');
  });
});

describe('network tools and the image’s other programs', () => {
  it('wget in busybox and curl in nginx reach other containers over the engine’s network', async () => {
    const m = await machineWith();
    await run(m, 'docker network create net');
    await run(m, 'docker run -d --name web --network net nginx');
    await run(m, 'docker run -d --name bb --network net busybox sleep 3600');
    await run(m, 'docker run -d --name lone busybox sleep 3600');
    const byName = await run(m, 'docker exec bb wget -qO- http://web');
    expect(byName.stdout).toContain('<title>Welcome to nginx!</title>');
    expect(byName.code).toBe(0);
    expect(await run(m, 'docker exec lone wget -qO- http://web')).toMatchObject({
      stderr: "wget: bad address 'web'\n",
      code: 1,
    });
    const head = await run(m, 'docker exec web curl -sI http://localhost/');
    expect(head.stdout).toMatch(/^HTTP\/1\.1 200 OK\r?\n/);
    await run(m, 'docker exec bb wget -q -O /page.html http://web/');
    expect((await run(m, 'docker diff bb')).stdout).toContain('A /page.html\n');
    expect((await run(m, 'docker logs web')).stdout).toMatch(
      /"GET \/ HTTP\/1\.1" 200 615 "-" "Wget"/,
    );
  });

  it('a program the image holds but nothing simulates says so, wherever it lives; nginx -v answers', async () => {
    const m = await machineWith('web nginx');
    expect(await run(m, 'docker exec web nginx -v')).toEqual({
      stdout: '',
      stderr: 'nginx version: nginx/1.29.3\n',
      code: 0,
    });
    const reload = await run(m, `docker exec web sh -c 'nginx -s reload; echo status=$?'`);
    expect(reload.stderr).toContain('« nginx » existe dans cette image');
    expect(reload.stdout).toBe('status=1\n');
    const apt = await run(m, 'docker exec web apt-get update');
    expect(apt.stderr).toContain('« apt-get » existe dans cette image');
    expect(apt.code).toBe(1);
  });

  it('in an interactive shell, $? carries the last command’s status to the next line', async () => {
    const m = await machineWith();
    const r = m.runLine('docker run -it --name sess nginx bash', { columns: 100, rows: 30 });
    const output = drainOutput(r);
    await runToCompletion(m, r);
    for (const line of ['nginx -t', 'echo "code $?"', 'nginx -v', 'echo "code $?"', 'exit']) {
      r.write(`${line}\r`);
      await runToCompletion(m, r);
    }
    const { screen } = await output;
    expect(screen).toContain('n’est pas simulé');
    expect(screen).toContain('code 1\r\n');
    expect(screen).toContain('nginx version: nginx/1.29.3\r\n');
    expect(screen).toContain('code 0\r\n');
  });
});

describe('docker run -it', () => {
  it('plays an interactive bash session whose exit code is the container’s', async () => {
    const m = await machineWith();
    const r = m.runLine('docker run -it --name sess ubuntu bash', { columns: 100, rows: 30 });
    const output = drainOutput(r);
    await runToCompletion(m, r);
    r.write('cd /tmp && touch a\r');
    await runToCompletion(m, r);
    r.write('exit 4\r');
    await runToCompletion(m, r);
    const { screen } = await output;
    expect(await r.exitCode).toBe(4);
    expect(screen).toMatch(
      /\x1b\[\?2004hroot@[0-9a-f]{12}:\/# cd \/tmp && touch a\r\n\x1b\[\?2004l\r\x1b\[\?2004hroot@[0-9a-f]{12}:\/tmp# exit 4\r\n\x1b\[\?2004l\rexit\r\n$/,
    );
    expect((await run(m, 'docker diff sess')).stdout).toBe('C /tmp\nA /tmp/a\n');
    expect((await run(m, 'docker ps -a --format "{{.Status}}"')).stdout).toMatch(/^Exited \(4\)/);
  });
});

describe('the terminal size in container shells', () => {
  it('follows resizes: stty size, COLUMNS and LINES in bash, ls columns', async () => {
    const m = await machineWith('bb busybox sleep 3600');
    const r = m.runLine('docker run -it --name sess ubuntu bash', { columns: 100, rows: 30 });
    const output = drainOutput(r);
    await runToCompletion(m, r);
    r.write('stty size; echo "$COLUMNS x $LINES"\r');
    await runToCompletion(m, r);
    r.resize(60, 20);
    r.write('stty size; echo "$COLUMNS x $LINES"\r');
    await runToCompletion(m, r);
    r.write('stty size | cat; stty -a\r');
    await runToCompletion(m, r);
    r.write('exit\r');
    await runToCompletion(m, r);
    const { screen } = await output;
    expect(screen).toContain('30 100\r\n100 x 30\r\n');
    expect(screen).toContain('20 60\r\n60 x 20\r\n');
    expect(screen).toContain("stty: 'standard input': Inappropriate ioctl for device");
    expect(screen).toContain('n’est pas simulé');

    const wide = m.runLine('docker exec -it bb sh', { columns: 200, rows: 30 });
    const listed = drainOutput(wide);
    await runToCompletion(m, wide);
    wide.write('ls /\r');
    await runToCompletion(m, wide);
    wide.resize(20, 30);
    wide.write('ls /\r');
    await runToCompletion(m, wide);
    wide.write('exit\r');
    await runToCompletion(m, wide);
    const list = (await listed).screen;
    const [before = '', after = ''] = list.split('ls /').slice(1);
    const rowsOf = (text: string) => text.split('\r\n').filter((l) => /^\w/.test(l)).length;
    expect(rowsOf(after)).toBeGreaterThan(rowsOf(before));
  });
});

describe('robustness of shells inside containers', () => {
  it('random bytes, huge arguments and deep paths never throw nor break the engine', async () => {
    const m = await machineWith('web nginx', 'bb busybox sleep 3600');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.string({ minLength: 5000, maxLength: 20000 }).map((s) => `echo ${JSON.stringify(s)}`),
          fc
            .array(fc.constantFrom('a', 'b', '..', '.', 'ü'), { minLength: 30, maxLength: 120 })
            .map((p) => `mkdir -p /${p.join('/')}`),
        ),
        fc.constantFrom('web', 'bb'),
        async (cmd, ctr) => {
          const r = await run(m, `docker exec ${ctr} sh -c ${JSON.stringify(cmd)}`);
          expect(typeof r.code).toBe('number');
          expect(checkInvariants(m.engine.state as never)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('rm -rf inside a container breaks that container only', async () => {
    const m = await machineWith('web nginx', 'other nginx');
    await run(m, 'docker exec web sh -c "rm -rf /usr /etc/nginx"');
    expect((await run(m, 'docker exec web ls /')).stdout).toMatch(/OCI runtime exec failed/);
    expect((await run(m, 'docker exec other ls /usr/share/nginx/html')).stdout).toBe(
      '50x.html\nindex.html\n',
    );
    expect((await run(m, 'ls /home')).stdout).toBe('apprenant\n');
    expect((await run(m, 'docker diff web')).stdout).toContain('D /usr\n');
  });

  it('rm -rf / in one container (exec or main process) leaves the others and the host intact', async () => {
    const m = await machineWith('victim busybox sleep 3600', 'web nginx');
    const r = await run(m, `docker exec victim sh -c 'rm -rf /*'`);
    expect(typeof r.code).toBe('number');
    expect((await run(m, 'docker exec victim ls /')).stdout).toMatch(/OCI runtime exec failed/);
    await run(m, `docker run --name wipe ubuntu bash -c 'rm -rf /* 2>/dev/null; ls /'`);
    expect(
      (await run(m, 'docker exec web cat /usr/share/nginx/html/index.html')).stdout,
    ).toHaveLength(615);
    expect((await run(m, 'docker run --rm busybox ls /etc/hostname')).stdout).toBe(
      '/etc/hostname\n',
    );
    expect((await run(m, 'ls /home')).stdout).toBe('apprenant\n');
    expect(checkInvariants(m.engine.state as never)).toEqual([]);
  }, 60_000);

  it('random bytes typed into an interactive shell never break it nor the engine', async () => {
    const m = await machineWith();
    const r = m.runLine('docker run -it --name fuzz busybox sh', { columns: 100, rows: 30 });
    const output = drainOutput(r);
    await runToCompletion(m, r);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), async (typed) => {
        r.write(`${typed.replace(/[\x10\x04\r\n]/g, '')}\r`);
        await runToCompletion(m, r, { maxVirtualMs: 5_000 });
        expect(checkInvariants(m.engine.state as never)).toEqual([]);
      }),
      { numRuns: 40 },
    );
    r.write('\x03exit 0\r');
    await runToCompletion(m, r, { maxVirtualMs: 60_000 });
    if (!r.done()) r.interrupt();
    await output;
  }, 60_000);

  it('a file over the cap is refused with the French message', async () => {
    const engine = createEngine({
      seed: 7,
      presentTags: ['nginx:latest'],
      limits: { maxFileBytes: 2000 },
    });
    const m = createMachine({ engine, docker });
    await m.ready();
    await run(m, 'docker run -d --name web nginx');
    const r = await run(m, 'docker exec web sh -c "seq 1 1000 > /big"');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('fichier trop gros pour ce simulateur');
    expect((await run(m, 'docker exec web sh -c "seq 1 10 > /small; cat /small"')).stdout).toBe(
      '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n',
    );
  }, 60_000);
});
