// nginx's official image: /docker-entrypoint.sh's log lines, then nginx's notices, workers, and signal handling.
import { NGINX_DEFAULT_CONF_IMAGE } from '../../catalog/files.ts';
import { containerFs } from '../../fs/layered.ts';
import { nginxErrorTime } from '../../time.ts';
import { dataOf, type ProgramHost, type Simulator } from '../types.ts';
import { envLookup } from '../utilities.ts';

const DEFAULT_CONF = '/etc/nginx/conf.d/default.conf';

/** The edit of 10-listen-on-ipv6-by-default.sh: `sed 's,listen       80;,listen       80;\n    listen  [::]:80;,'`. */
function withIpv6Listen(conf: string): string {
  return conf.replace(/listen {7}80;/g, 'listen       80;\n    listen  [::]:80;');
}

interface EntrypointData {
  argv: string[];
}

/** /docker-entrypoint.sh: configuration messages when the command is nginx, then exec of the command. */
export const nginxEntrypointSimulator: Simulator = {
  step(host, prog) {
    const { argv } = dataOf<EntrypointData>(prog);
    const args = argv.slice(1);
    if (
      (args[0] === 'nginx' || args[0] === 'nginx-debug') &&
      !envLookup(host.container, 'NGINX_ENTRYPOINT_QUIET_LOGS')
    ) {
      const me = '10-listen-on-ipv6-by-default.sh';
      const lines = [
        '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
        '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
      ];
      const found = containerFs(host.state, host.container).get(DEFAULT_CONF);
      const conf = found?.entry.kind === 'file' ? found.entry.content : undefined;
      // The script's own order: can it touch the file, is it edited already, is it the packaged one.
      if (host.container.config.readonlyRootfs) {
        lines.push(
          `${me}: info: can not modify /${DEFAULT_CONF.slice(1)} (read-only file system?)`,
        );
      } else if (conf?.includes('listen  [::]:80;')) {
        lines.push(`${me}: info: IPv6 listen already enabled`);
      } else {
        lines.push(`${me}: info: Getting the checksum of ${DEFAULT_CONF}`);
        if (conf !== NGINX_DEFAULT_CONF_IMAGE) {
          lines.push(`${me}: info: ${DEFAULT_CONF} differs from the packaged version`);
        } else {
          lines.push(`${me}: info: Enabled listen on IPv6 in ${DEFAULT_CONF}`);
          host.container.rwLayer[DEFAULT_CONF] = {
            kind: 'file',
            content: withIpv6Listen(conf),
            mode: 0o644,
            uid: 0,
            gid: 0,
            mtime: host.now,
          };
        }
      }
      lines.push(
        '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
        '/docker-entrypoint.sh: Configuration complete; ready for start up',
      );
      host.write('stdout', lines.map((l) => `${l}\n`).join(''));
    }
    host.exec(args, '/docker-entrypoint.sh');
  },
};

interface NginxData {
  argv: string[];
  workers: number[];
  started?: boolean;
}

function notice(host: ProgramHost, pid: number, text: string): string {
  return `${nginxErrorTime(host.now)} [notice] ${pid}#${pid}: ${text}\n`;
}

export const nginxSimulator: Simulator = {
  step(host, prog) {
    const data = dataOf<NginxData>(prog);
    if (data.started) return;
    data.started = true;
    const version = envLookup(host.container, 'NGINX_VERSION') ?? '1.29.3';
    if (data.argv.length === 2 && data.argv[1] === '-v') {
      // `nginx -v` prints its version on stderr and exits, as the real binary does.
      host.write('stderr', `nginx version: nginx/${version}\n`);
      host.exit(0);
      return;
    }
    const cpus = host.state.host.cpus ?? 2;
    data.workers = Array.from({ length: cpus }, (_, i) => 29 + i);
    let out = notice(host, 1, 'using the "epoll" event method');
    out += notice(host, 1, `nginx/${version}`);
    out += notice(host, 1, 'built by gcc 14.2.0 (Debian 14.2.0-19) ');
    out += notice(host, 1, `OS: Linux ${host.state.host.kernel ?? '6.8.0'}`);
    out += notice(host, 1, 'getrlimit(RLIMIT_NOFILE): 1048576:1048576');
    out += notice(host, 1, 'start worker processes');
    for (const w of data.workers) out += notice(host, 1, `start worker process ${w}`);
    host.write('stderr', out);
  },
  signal(host, prog, sig) {
    const data = dataOf<NginxData>(prog);
    const workers = data.workers ?? [];
    let out = '';
    if (sig.name === 'SIGQUIT') {
      out += notice(host, 1, 'signal 3 (SIGQUIT) received, shutting down');
      for (const w of workers) {
        out += notice(host, w, 'gracefully shutting down');
        out += notice(host, w, 'exiting');
        out += notice(host, w, 'exit');
      }
    } else if (sig.name === 'SIGTERM' || sig.name === 'SIGINT') {
      out += notice(host, 1, `signal ${sig.number} (${sig.name}) received, exiting`);
      for (const w of workers) {
        out += notice(host, w, 'exiting');
        out += notice(host, w, 'exit');
      }
    } else if (sig.name === 'SIGHUP') {
      host.write(
        'stderr',
        notice(host, 1, 'signal 1 (SIGHUP) received, reconfiguring') +
          notice(host, 1, 'reconfiguring'),
      );
      return 'handled';
    } else if (sig.name === 'SIGUSR1') {
      host.write(
        'stderr',
        notice(host, 1, 'signal 10 (SIGUSR1) received, reopening logs') +
          notice(host, 1, 'reopening logs'),
      );
      return 'handled';
    } else {
      return 'default';
    }
    if (workers.length > 0) {
      out += notice(host, 1, `signal 17 (SIGCHLD) received from ${workers[0]}`);
      for (const w of workers) out += notice(host, 1, `worker process ${w} exited with code 0`);
    }
    out += notice(host, 1, 'exit');
    host.write('stderr', out);
    host.exit(0);
    return 'handled';
  },
};
