// The docker CLI through its entry point, compared with the reference records' exact texts and exit codes.
import { describe, expect, it } from 'vitest';
import { createEngine, dockerRun, stdinOf } from './test-kit.ts';

const RUN_HELP = "\n\nRun 'docker run --help' for more information\n";

describe('usage and flag errors (client records)', () => {
  const cases: [string[], number, string][] = [
    [
      ['run', '--foo', 'nginx'],
      125,
      `unknown flag: --foo\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]${RUN_HELP}`,
    ],
    [
      ['ps', '-z'],
      125,
      "unknown shorthand flag: 'z' in -z\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n",
    ],
    [
      ['--foo', 'ps'],
      125,
      "unknown flag: --foo\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information\n",
    ],
    [
      ['run', '--name'],
      125,
      `flag needs an argument: --name\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]${RUN_HELP}`,
    ],
    [
      ['run', '-h'],
      125,
      `flag needs an argument: 'h' in -h\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]${RUN_HELP}`,
    ],
    [
      ['foo'],
      1,
      "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n",
    ],
    [
      ['container', 'foo'],
      1,
      "docker: unknown command: docker container foo\n\nUsage:  docker container\n\nRun 'docker container --help' for more information\n",
    ],
    [
      ['run'],
      1,
      "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n",
    ],
    [
      ['rename', 'web'],
      1,
      "docker: 'docker rename' requires 2 arguments\n\nUsage:  docker rename CONTAINER NEW_NAME\n\nRun 'docker rename --help' for more information\n",
    ],
    [
      ['ps', 'web'],
      1,
      "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n",
    ],
    [
      ['images', 'a', 'b'],
      1,
      "docker: 'docker images' requires at most 1 argument\n\nUsage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nSRun 'docker images --help' for more information\n",
    ],
    [
      ['port'],
      1,
      "docker: 'docker port' requires at least 1 and at most 2 arguments\n\nUsage:  docker port CONTAINER [PRIVATE_PORT[/PROTO]]\n\nRun 'docker port --help' for more information\n",
    ],
    [
      ['exec', 'web'],
      1,
      "docker: 'docker exec' requires at least 2 arguments\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nSee 'docker exec --help' for more information\n",
    ],
    [['run', '-p', '80800:80', 'nginx'], 125, `docker: invalid hostPort: 80800${RUN_HELP}`],
    [['run', '-p', 'abc:80', 'nginx'], 125, `docker: invalid hostPort: abc${RUN_HELP}`],
    [['run', '-p', '8080:80:90', 'nginx'], 125, `docker: invalid IP address: 8080${RUN_HELP}`],
    [['run', '-p', '8081:80/xyz', 'nginx'], 125, `docker: invalid proto: xyz${RUN_HELP}`],
    [
      ['run', '--memory', '10x', 'nginx'],
      125,
      `invalid argument "10x" for "-m, --memory" flag: invalid suffix: 'x'\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]${RUN_HELP}`,
    ],
    [
      ['run', '--cpus', 'abc', 'nginx'],
      125,
      `invalid argument "abc" for "--cpus" flag: failed to parse abc as a rational number\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]${RUN_HELP}`,
    ],
    [
      ['stop', '-t', 'abc', 'web'],
      125,
      'invalid argument "abc" for "-t, --timeout" flag: strconv.ParseInt: parsing "abc": invalid syntax\n\nUsage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]\n\nRun \'docker stop --help\' for more information\n',
    ],
    [
      ['run', 'Nginx'],
      125,
      `docker: invalid reference format: repository name (library/Nginx) must be lowercase${RUN_HELP}`,
    ],
    [['run', 'nginx:'], 125, `docker: invalid reference format${RUN_HELP}`],
    [['run', '-it', 'ubuntu', 'bash'], 1, 'the input device is not a TTY\n'],
  ];
  for (const [argv, code, stderr] of cases) {
    it(`docker ${argv.join(' ')}`, async () => {
      const r = await dockerRun(createEngine(), argv);
      expect(r).toEqual({ stdout: '', stderr, exitCode: code });
    });
  }

  it('docker -v prints the client version', async () => {
    expect(await dockerRun(createEngine(), ['-v'])).toEqual({
      stdout: 'Docker version 28.2.2, build e6534b4\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('--help prints the help page on stdout', async () => {
    const r = await dockerRun(createEngine(), ['stop', '--help']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(
      'Usage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]\n\nStop one or more running containers\n\nAliases:\n  docker container stop, docker stop\n\nOptions:\n  -s, --signal string   Signal to send to the container\n  -t, --timeout int     Seconds to wait before killing the container\n',
    );
  });

  it('a management command alone prints its usage on stderr, exit 0', async () => {
    const r = await dockerRun(createEngine(), ['volume']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage:  docker volume COMMAND\n\nManage volumes\n/);
  });

  it('says in French when a command or flag is not simulated', async () => {
    const e = createEngine();
    const cmd = await dockerRun(e, ['image', 'save', 'nginx']);
    expect(cmd.exitCode).toBe(1);
    expect(cmd.stderr).toMatch(/n’est pas simulée/);
    const flag = await dockerRun(e, ['run', '--cidfile', '/tmp/x', 'busybox']);
    expect(flag.exitCode).toBe(1);
    expect(flag.stderr).toMatch(/--cidfile n’est pas simulée/);
    const global = await dockerRun(e, ['-H', 'tcp://x', 'ps']);
    expect(global.exitCode).toBe(1);
    expect(global.stderr).toMatch(/--host/);
  });
});

describe('lifecycle (engine records)', () => {
  it('create, start, pause, stop, rm as recorded', async () => {
    const e = createEngine();
    const created = await dockerRun(e, ['create', '--name', 'cycle', 'nginx']);
    expect(created.stdout).toMatch(/^[a-f0-9]{64}\n$/);
    const id = created.stdout.trim();
    expect(await dockerRun(e, ['start', 'cycle'])).toEqual({
      stdout: 'cycle\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await dockerRun(e, ['start', 'cycle'])).toEqual({
      stdout: 'cycle\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await dockerRun(e, ['pause', 'cycle'])).toEqual({
      stdout: 'cycle\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await dockerRun(e, ['pause', 'cycle'])).toEqual({
      stdout: '',
      stderr: `Error response from daemon: Container ${id} is already paused\n`,
      exitCode: 1,
    });
    expect(await dockerRun(e, ['stop', 'cycle'])).toEqual({
      stdout: 'cycle\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await dockerRun(e, ['stop', 'cycle'])).toEqual({
      stdout: 'cycle\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await dockerRun(e, ['pause', 'cycle'])).toEqual({
      stdout: '',
      stderr: `Error response from daemon: container ${id} is not running\n`,
      exitCode: 1,
    });
    expect(await dockerRun(e, ['unpause', 'cycle'])).toEqual({
      stdout: '',
      stderr: `Error response from daemon: Container ${id} is not paused\n`,
      exitCode: 1,
    });
    expect(await dockerRun(e, ['kill', 'cycle'])).toEqual({
      stdout: '',
      stderr: `Error response from daemon: cannot kill container: cycle: container ${id} is not running\n`,
      exitCode: 1,
    });
    expect(await dockerRun(e, ['restart', 'cycle'])).toEqual({
      stdout: 'cycle\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await dockerRun(e, ['rm', 'cycle'])).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: cannot remove container "cycle": container is running: stop the container before removing or force remove\n',
      exitCode: 1,
    });
    expect(await dockerRun(e, ['rm', '-f', 'cycle'])).toEqual({
      stdout: 'cycle\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('missing containers', async () => {
    const e = createEngine();
    const err = 'Error response from daemon: No such container: inexistant\n';
    for (const cmd of ['stop', 'rm', 'restart', 'pause', 'unpause', 'wait']) {
      expect(await dockerRun(e, [cmd, 'inexistant'])).toEqual({
        stdout: '',
        stderr: err,
        exitCode: 1,
      });
    }
    expect((await dockerRun(e, ['start', 'inexistant'])).stderr).toBe(
      `${err}Error: failed to start containers: inexistant\n`,
    );
    expect((await dockerRun(e, ['kill', 'inexistant'])).stderr).toBe(
      'Error response from daemon: cannot kill container: inexistant: No such container: inexistant\n',
    );
    expect((await dockerRun(e, ['rename', 'inexistant', 'autre'])).stderr).toBe(
      `${err}Error: failed to rename container named inexistant\n`,
    );
  });

  it('partial success on several containers', async () => {
    const e = createEngine();
    await dockerRun(e, ['create', '--name', 'sortie3', 'busybox']);
    await dockerRun(e, ['create', '--name', 'introuvable', 'busybox']);
    expect(await dockerRun(e, ['rm', 'sortie3', 'fantome', 'introuvable'])).toEqual({
      stdout: 'sortie3\nintrouvable\n',
      stderr: 'Error response from daemon: No such container: fantome\n',
      exitCode: 1,
    });
    await dockerRun(e, ['create', '--name', 'web-prod', 'nginx']);
    expect(await dockerRun(e, ['start', 'web-prod', 'fantome'])).toEqual({
      stdout: 'web-prod\n',
      stderr:
        'Error response from daemon: No such container: fantome\nError: failed to start containers: fantome\n',
      exitCode: 1,
    });
  });

  it('stop waits the 10 s timeout for sleep, then 137', async () => {
    const e = createEngine();
    await dockerRun(e, ['run', '-d', '--name', 'dormeur', 'busybox', 'sleep', '3600']);
    const t0 = e.now();
    expect(await dockerRun(e, ['stop', 'dormeur'])).toEqual({
      stdout: 'dormeur\n',
      stderr: '',
      exitCode: 0,
    });
    expect(e.now() - t0).toBe(10_000);
    expect(
      e.state.containers[
        (await dockerRun(e, ['inspect', '-f', '{{.Id}}', 'dormeur'])).stdout.trim()
      ]?.state.exitCode,
    ).toBe(137);
  });

  it('run --rm -d disappears on stop; wait prints the exit code', async () => {
    const e = createEngine();
    const r = await dockerRun(e, [
      'run',
      '-d',
      '--rm',
      '--name',
      'ephemere',
      'busybox',
      'sleep',
      '300',
    ]);
    expect(r.stdout).toMatch(/^[a-f0-9]{64}\n$/);
    await dockerRun(e, ['stop', '-t', '1', 'ephemere']);
    expect(e.findContainer('ephemere').ok).toBe(false);
    await dockerRun(e, [
      'run',
      '-d',
      '--name',
      'attente',
      'busybox',
      'sh',
      '-c',
      'sleep 2; exit 7',
    ]);
    expect(await dockerRun(e, ['wait', 'attente'])).toEqual({
      stdout: '7\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('foreground run returns the container exit code and streams its output', async () => {
    const e = createEngine();
    expect(await dockerRun(e, ['run', 'busybox', 'echo', 'Bonjour', 'le', 'monde'])).toEqual({
      stdout: 'Bonjour le monde\n',
      stderr: '',
      exitCode: 0,
    });
    expect(
      await dockerRun(e, ['run', '--name', 'sortie3', 'busybox', 'sh', '-c', 'exit 3']),
    ).toEqual({ stdout: '', stderr: '', exitCode: 3 });
    expect((await dockerRun(e, ['start', '-a', 'sortie3'])).exitCode).toBe(3);
    expect((await dockerRun(e, ['run', 'hello-world'])).stdout).toMatch(/^\nHello from Docker!\n/);
    expect(
      await dockerRun(e, [
        'run',
        '--rm',
        '-w',
        '/tmp',
        '-e',
        'NOM=Docker',
        'busybox',
        'sh',
        '-c',
        'pwd; echo Bonjour $NOM',
      ]),
    ).toEqual({
      stdout: '/tmp\nBonjour Docker\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await dockerRun(e, ['run', '--rm', '-u', '1000:1000', 'busybox', 'id'])).stdout).toBe(
      'uid=1000 gid=1000 groups=1000\n',
    );
    expect(
      (await dockerRun(e, ['run', '--rm', '--hostname', 'monhote', 'busybox', 'hostname'])).stdout,
    ).toBe('monhote\n');
    expect(
      (await dockerRun(e, ['run', '--rm', '--entrypoint', 'echo', 'nginx', 'entrypoint remplacé']))
        .stdout,
    ).toBe('entrypoint remplacé\n');
  });

  it('-i pipes stdin into the container', async () => {
    const e = createEngine();
    const r = await dockerRun(e, ['run', '-i', '--rm', 'busybox', 'sh'], {
      stdin: stdinOf(['echo depuis stdin\n']),
    });
    expect(r).toEqual({ stdout: 'depuis stdin\n', stderr: '', exitCode: 0 });
  });

  it('OCI errors: 127 for a missing command (container left Created), 126 for a non-executable', async () => {
    const e = createEngine();
    const oci =
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: ';
    expect(
      await dockerRun(e, ['run', '--name', 'introuvable', 'busybox', 'commandeinexistante']),
    ).toEqual({
      stdout: '',
      stderr: `${oci}"commandeinexistante": executable file not found in $PATH${RUN_HELP}`,
      exitCode: 127,
    });
    expect(e.findContainer('introuvable')).toMatchObject({
      ok: true,
      value: { state: { status: 'created' } },
    });
    expect(await dockerRun(e, ['run', '--rm', 'busybox', '/etc/passwd'])).toEqual({
      stdout: '',
      stderr: `${oci}"/etc/passwd": permission denied${RUN_HELP}`,
      exitCode: 126,
    });
    expect(e.listContainers()).toHaveLength(1);
  });

  it('daemon-side validation errors', async () => {
    const e = createEngine();
    const daemon = (msg: string) => `docker: Error response from daemon: ${msg}${RUN_HELP}`;
    expect((await dockerRun(e, ['run', '-d', '--memory', '1k', 'nginx'])).stderr).toBe(
      daemon('Minimum memory limit allowed is 6MB'),
    );
    expect((await dockerRun(e, ['run', '-d', '--cpus', '64', 'nginx'])).stderr).toBe(
      daemon('range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available'),
    );
    expect((await dockerRun(e, ['run', '-d', '--restart', 'sometimes', 'nginx'])).stderr).toBe(
      daemon(
        "invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'",
      ),
    );
    expect(await dockerRun(e, ['run', '--name', 'mon conteneur', 'busybox', 'true'])).toEqual({
      stdout: '',
      stderr: daemon(
        'Invalid container name (mon conteneur), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
      ),
      exitCode: 125,
    });
    expect(await dockerRun(e, ['run', 'imageinexistante'])).toEqual({
      stdout: '',
      stderr: `Unable to find image 'imageinexistante:latest' locally\n${daemon("pull access denied for imageinexistante, repository does not exist or may require 'docker login': denied: requested access to the resource is denied")}`,
      exitCode: 125,
    });
    expect(e.listContainers()).toHaveLength(0);
  });

  it('name conflict and port clash', async () => {
    const e = createEngine();
    const id = (
      await dockerRun(e, ['run', '-d', '--name', 'web', '-p', '8080:80', 'nginx'])
    ).stdout.trim();
    expect(await dockerRun(e, ['run', '-d', '--name', 'web', 'nginx'])).toEqual({
      stdout: '',
      stderr: `docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.${RUN_HELP}`,
      exitCode: 125,
    });
    const clash = await dockerRun(e, ['run', '-d', '--name', 'web3', '-p', '8080:80', 'nginx']);
    expect(clash.exitCode).toBe(125);
    expect(clash.stdout).toMatch(/^[a-f0-9]{64}\n$/);
    expect(clash.stderr).toMatch(
      /^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint web3 \([a-f0-9]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\n\nRun 'docker run --help' for more information\n$/,
    );
    await dockerRun(e, ['run', '-d', '--name', 'web2', 'nginx']);
    expect((await dockerRun(e, ['rename', 'web2', 'web'])).stderr).toBe(
      `Error response from daemon: Error when allocating new name: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.\nError: failed to rename container named web2\n`,
    );
    expect(await dockerRun(e, ['rename', 'web2', 'web-prod'])).toEqual({
      stdout: '',
      stderr: '',
      exitCode: 0,
    });
    expect((await dockerRun(e, ['kill', '--signal=FOO', 'web'])).stderr).toBe(
      'Error response from daemon: cannot kill container: web: invalid signal: FOO\n',
    );
  });

  it('Ctrl-C on a foreground nginx is proxied as SIGINT: exit 0', async () => {
    const e = createEngine();
    const abort = new AbortController();
    const pending = dockerRun(e, ['run', '--name', 'premierplan', 'nginx'], {
      signal: abort.signal,
    });
    await new Promise((r) => setTimeout(r, 5));
    abort.abort();
    const r = await pending;
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(
      /signal 2 \(SIGINT\) received, exiting\n[\s\S]*\[notice\] 1#1: exit\n$/,
    );
  });
});
