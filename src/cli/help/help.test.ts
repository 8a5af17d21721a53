// Every recorded help text (pipe and tty) is reproduced byte for byte by loadHelp + renderHelp.
import { describe, expect, it } from 'vitest';
import { helpPaths, loadHelp, renderHelp, usageLine } from './index.ts';
import records from './help-records.fixture.json' with { type: 'json' };

interface HelpRecord {
  id: string;
  command: string;
  stdout: string;
  stderr: string;
  exit_code: number;
  mode: string;
  notes: string;
}

/** The command path a recorded invocation asks help for, and where the text goes. */
function invocation(
  r: HelpRecord,
): { path: string[]; stream: 'stdout' | 'stderr'; plugins: boolean } | undefined {
  const words = r.command.split(' ').slice(1);
  // The bare-client records (no plugin) are the docker-noargs/help/-h ones and the tty ones of `docker --help`.
  const plugins =
    !/no CLI plugin|legacy builder|docker with no argument/.test(r.notes) &&
    !['docker-help-cmd', 'docker-h'].includes(r.id) &&
    !r.id.startsWith('help-docker-tty');
  if (words.length === 0) return { path: [], stream: 'stderr', plugins };
  if (words[0] === 'help') return { path: words.slice(1), stream: 'stdout', plugins };
  const last = words[words.length - 1];
  if (last === '--help' || last === '-h')
    return { path: words.slice(0, -1), stream: 'stdout', plugins };
  return undefined;
}

const cols = (r: HelpRecord): number => Number(/\[pty (\d+)x/.exec(r.notes)?.[1] ?? 80);

describe('recorded help texts', () => {
  for (const r of records as HelpRecord[]) {
    const inv = invocation(r);
    if (inv === undefined || r.exit_code !== 0) continue;
    it(`${r.id}: ${r.command} (${r.mode})`, async () => {
      const h = await loadHelp(inv.path, { plugins: inv.plugins });
      expect(h).toBeDefined();
      if (h === undefined) return;
      let text = renderHelp(h, cols(r));
      if (r.mode === 'tty') text = text.replace(/\n/g, '\r\n');
      const got = inv.stream === 'stdout' ? r.stdout : r.stderr;
      expect(text).toBe(got);
    });
  }
});

describe('aliases and usage lines', () => {
  it('gives docker container list the text of docker container ls', async () => {
    const a = await loadHelp(['container', 'list']);
    const b = await loadHelp(['container', 'ls']);
    expect(a && renderHelp(a, 80)).toBe(b && renderHelp(b, 80));
    const ps = await loadHelp(['ps']);
    expect(ps && renderHelp(ps, 80).split('\n')[0]).toBe('Usage:  docker ps [OPTIONS]');
  });

  it('names the management form in the Usage line of a shortcut', async () => {
    const h = await loadHelp(['container', 'stop']);
    const text = h ? renderHelp(h, 80) : '';
    expect(
      text.startsWith('Usage:  docker container stop [OPTIONS] CONTAINER [CONTAINER...]\n'),
    ).toBe(true);
    expect(text).toContain('Aliases:\n  docker container stop, docker stop\n');
  });

  it('has the commands of the issue', async () => {
    const wanted = [
      'run',
      'create',
      'start',
      'stop',
      'restart',
      'pause',
      'unpause',
      'kill',
      'rm',
      'rename',
      'ps',
      'container ls',
      'inspect',
      'port',
      'version',
      'info',
      'container',
      'image',
      'volume',
      'network',
      'system',
      '',
      'logs',
      'exec',
      'attach',
      'wait',
      'top',
      'stats',
      'pull',
      'images',
      'rmi',
      'tag',
      'history',
      'cp',
      'diff',
      'commit',
      'volume create',
      'volume ls',
      'volume inspect',
      'volume rm',
      'volume prune',
      'network create',
      'network ls',
      'network inspect',
      'network rm',
      'network connect',
      'network disconnect',
      'network prune',
      'events',
      'system df',
      'system prune',
      'update',
      'container inspect',
      'image inspect',
      'container exec',
      'image pull',
      'system events',
    ];
    for (const w of wanted) {
      const path = w === '' ? [] : w.split(' ');
      expect(helpPaths()).toContain(path.join(' '));
      const h = await loadHelp(path);
      expect(h, w).toBeDefined();
      expect(usageLine(path), w).toMatch(/^Usage: {2}docker/);
    }
  });

  it('renders texts not in the records in the same format', async () => {
    const h = await loadHelp(['container', 'inspect']);
    expect(h && renderHelp(h, 80)).toBe(
      'Usage:  docker container inspect [OPTIONS] CONTAINER [CONTAINER...]\n\n' +
        'Display detailed information on one or more containers\n\nOptions:\n' +
        '  -f, --format string   Format output using a custom template:\n' +
        "                        'json':             Print in JSON format\n" +
        "                        'TEMPLATE':         Print output using the given\n" +
        '                        Go template.\n' +
        '                        Refer to https://docs.docker.com/go/formatting/\n' +
        '                        for more information about formatting output with\n' +
        '                        templates\n' +
        '  -s, --size            Display total file sizes\n',
    );
  });

  it('usage lines match the recorded argument errors', () => {
    expect(usageLine(['run'])).toBe('Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]');
    expect(usageLine(['stop'])).toBe('Usage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]');
    expect(usageLine(['top'])).toBe('Usage:  docker top CONTAINER [ps OPTIONS]');
    expect(usageLine(['container', 'list'])).toBe('Usage:  docker container ls [OPTIONS]');
    expect(usageLine(['inspect'])).toBe('Usage:  docker inspect [OPTIONS] NAME|ID [NAME|ID...]');
    expect(usageLine(['nope'])).toBeUndefined();
  });

  it('returns undefined for an unknown command and honours the config dir', async () => {
    expect(await loadHelp(['nope'])).toBeUndefined();
    const h = await loadHelp([], { configDir: '/home/apprenant/.docker' });
    expect(h && renderHelp(h, 80)).toContain(
      '(default\n                           "/home/apprenant/.docker")',
    );
  });
});

describe('alias usage lines', () => {
  it('leaves a plugin command’s own usage line alone', async () => {
    const help = await loadHelp(['builder', 'build']);
    expect(help && renderHelp(help, 80)).toMatch(/^Usage:  docker buildx build /);
  });
});
