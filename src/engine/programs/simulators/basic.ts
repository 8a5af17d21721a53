// Simple programs: one-shot utilities, sleep, cat, hello-world's /hello, and commands we do not simulate.
import type { ProgramState } from '../../types.ts';
import { lookupPath, normalizePath } from '../../fs.ts';
import { dataOf, type ProgramHost, type Simulator } from '../types.ts';
import { isBusyboxUserland, processEnv, runUtility } from '../utilities.ts';
import { parseSleep, sleepUsageError } from '../sleep-duration.ts';

export interface ArgvData {
  argv: string[];
}

export const utilitySimulator: Simulator = {
  step(host, prog) {
    const { argv } = dataOf<ArgvData>(prog);
    const name = (argv[0] ?? '').split('/').pop() ?? '';
    const cwd = host.container.config.workingDir || '/';
    const r = runUtility(host.state, host.container, name, argv.slice(1), cwd);
    if (!r) {
      host.exit(0);
      return;
    }
    if (r.stdout) host.write('stdout', r.stdout);
    if (r.stderr) host.write('stderr', r.stderr);
    host.exit(r.status);
  },
};

interface SleepData extends ArgvData {
  until?: number;
  /** `sleep infinity`: no wake-up; only a signal ends it. */
  forever?: boolean;
}

export const sleepSimulator: Simulator = {
  step(host, prog) {
    const data = dataOf<SleepData>(prog);
    if (data.forever) return;
    if (data.until === undefined) {
      const args = data.argv.slice(1);
      const busybox = isBusyboxUserland(host.state, host.container);
      const duration = parseSleep(args, busybox);
      if (duration === undefined) {
        host.write('stderr', sleepUsageError(args, busybox));
        host.exit(1);
        return;
      }
      if (duration === 'forever') {
        data.forever = true;
        return;
      }
      data.until = host.now + Math.round(duration * 1000);
    }
    if (host.now >= data.until) {
      host.exit(0);
      return;
    }
    prog.wakeAt = data.until;
  },
};

interface CatData extends ArgvData {
  started?: boolean;
}

export const catSimulator: Simulator = {
  readsStdin: (prog) => dataOf<CatData>(prog).argv.length <= 1,
  step(host, prog) {
    const data = dataOf<CatData>(prog);
    const files = data.argv.slice(1);
    if (files.length > 0) {
      let status = 0;
      for (const f of files) {
        const found = lookupPath(
          host.state,
          host.container,
          normalizePath(f, host.container.config.workingDir || '/'),
        );
        if (!found) {
          host.write(
            'stderr',
            isBusyboxUserland(host.state, host.container)
              ? `cat: can't open '${f}': No such file or directory\n`
              : `cat: ${f}: No such file or directory\n`,
          );
          status = 1;
        } else if (found.entry.kind === 'dir') {
          host.write(
            'stderr',
            isBusyboxUserland(host.state, host.container)
              ? 'cat: read error: Is a directory\n'
              : `cat: ${f}: Is a directory\n`,
          );
          status = 1;
        } else if (found.entry.kind === 'file') {
          host.write('stdout', found.entry.content);
        }
      }
      host.exit(status);
      return;
    }
    const input = host.takeStdin();
    if (input.data) host.write('stdout', input.data);
    if (input.closed) host.exit(0);
  },
};

const HELLO = `
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (amd64)
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`;

export const helloSimulator: Simulator = {
  step(host) {
    host.write('stdout', HELLO);
    host.exit(0);
  },
};

interface UnsimulatedData extends ArgvData {
  /** The argv went to the engine's runner (just-bash on the container's layers). */
  fallback?: { argv: string[]; timed: false };
  result?: { stdout: string; stderr: string; exitCode: number; unsimulated?: boolean };
}

/**
 * A real executable of the image with no simulator of its own (`ls`, `touch`…): the engine's runner runs it on
 * the container's layers with the container shells' commands; a program none of them simulates says so, exits 0.
 */
export const unsimulatedSimulator: Simulator = {
  step(host: ProgramHost, prog: ProgramState) {
    const data = dataOf<UnsimulatedData>(prog);
    const { argv } = data;
    if (data.result) {
      if (data.result.unsimulated) host.notice('engine.notice.programNotSimulated', argv.join(' '));
      host.write('stdout', data.result.stdout);
      host.write('stderr', data.result.stderr);
      host.exit(data.result.unsimulated ? 0 : data.result.exitCode);
      return;
    }
    if (host.scriptRunning?.()) return;
    const env: Record<string, string> = {};
    for (const kv of processEnv(host.container)) {
      const i = kv.indexOf('=');
      if (i > 0) env[kv.slice(0, i)] = kv.slice(i + 1);
    }
    data.fallback = { argv, timed: false };
    const started = host.runScript?.({
      containerId: host.container.id,
      shell: 'sh',
      script: '',
      argv,
      args: argv,
      env,
      cwd: host.container.config.workingDir || '/',
      stdin: '',
    });
    if (!started) {
      data.fallback = undefined;
      host.notice('engine.notice.programNotSimulated', argv.join(' '));
      host.exit(0);
    }
  },
};
