// redis's official image: docker-entrypoint.sh exec's redis-server, which logs its start and handles SIGTERM/SIGINT.
import { redisTime } from '../../time.ts';
import { dataOf, type ProgramHost, type Simulator } from '../types.ts';

interface RedisData {
  argv: string[];
  started?: boolean;
}

/** docker-entrypoint.sh: prepends redis-server to flag-only commands, then exec's the command. */
export const redisEntrypointSimulator: Simulator = {
  step(host, prog) {
    const { argv } = dataOf<RedisData>(prog);
    let args = argv.slice(1);
    const first = args[0] ?? '';
    if (first.startsWith('-') || first.endsWith('.conf')) args = ['redis-server', ...args];
    host.exec(args, 'docker-entrypoint.sh');
  },
};

function line(host: ProgramHost, role: 'C' | 'M', mark: '*' | '#', text: string): string {
  return `1:${role} ${redisTime(host.now)} ${mark} ${text}\n`;
}

function portOf(argv: string[]): string {
  const i = argv.indexOf('--port');
  return i >= 0 && argv[i + 1] ? (argv[i + 1] ?? '6379') : '6379';
}

export const redisServerSimulator: Simulator = {
  step(host, prog) {
    const data = dataOf<RedisData>(prog);
    if (data.started) return;
    data.started = true;
    const args = data.argv.slice(1);
    let out = line(host, 'C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
    out += line(
      host,
      'C',
      '*',
      'Redis version=8.2.3, bits=64, commit=00000000, modified=1, pid=1, just started',
    );
    if (!args.some((a) => a.endsWith('.conf'))) {
      out += line(
        host,
        'C',
        '#',
        'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
      );
    } else out += line(host, 'C', '*', 'Configuration loaded');
    out += line(host, 'M', '*', 'monotonic clock: POSIX clock_gettime');
    out += line(host, 'M', '*', `Running mode=standalone, port=${portOf(args)}.`);
    out += line(host, 'M', '*', 'Server initialized');
    out += line(host, 'M', '*', 'Ready to accept connections tcp');
    host.write('stdout', out);
  },
  signal(host, _prog, sig) {
    if (sig.name !== 'SIGTERM' && sig.name !== 'SIGINT') return 'default';
    const secs = Math.floor(host.now / 1000);
    let out = `1:signal-handler (${secs}) Received ${sig.name} scheduling shutdown...\n`;
    out += line(host, 'M', '*', 'User requested shutdown...');
    out += line(host, 'M', '*', 'Saving the final RDB snapshot before exiting.');
    out += line(host, 'M', '*', 'DB saved on disk');
    out += line(host, 'M', '#', 'Redis is now ready to exit, bye bye...');
    host.write('stdout', out);
    host.exit(0);
    return 'handled';
  },
};
