// Unit tests of the normalizer: what it masks, how it maps IDs and names, and how it re-pads tables.
import { describe, expect, it } from 'vitest';
import { maskedRanges, newMaps, normalize, renderTable } from './normalize.ts';

const ID_A = 'dfec2fec9d0793db2ab3c16f0f23383c7a05c40c07c93b40c2a2c2cf75bf9b67';
const ID_B = '6be2bb865ffca85a1c21a0f7e200619a9b4b151990a5ec1c16bb8585581af04b';

describe('normalize', () => {
  it('maps IDs by first appearance, consistently between 64 and 12 characters', () => {
    const maps = newMaps();
    expect(normalize(`${ID_A}\n`, maps)).toBe('<id-1-full>\n');
    expect(normalize(`${ID_B.slice(0, 12)} ${ID_A.slice(0, 12)}`, maps)).toBe('<id-2> <id-1>');
    expect(normalize(`"Image": "sha256:${ID_B}"`, maps)).toBe('"Image": "sha256:<id-2-full>"');
  });

  it('keeps a 64-character ID distinct from a 12-character one', () => {
    expect(normalize(ID_A, newMaps())).not.toBe(normalize(ID_A.slice(0, 12), newMaps()));
  });

  it('maps generated names but not chosen ones', () => {
    const maps = newMaps();
    expect(
      normalize('brave_tesla web frosty_grothendieck brave_tesla worker_processes', maps),
    ).toBe('<name-1> web <name-2> <name-1> worker_processes');
  });

  it('masks ages, times, sizes, digests, ports ≥ 32768, IPs and PIDs', () => {
    const n = (s: string) => normalize(s, newMaps());
    expect(n('Up 5 seconds (healthy)')).toBe('Up <age> (healthy)');
    expect(n('Exited (137) Less than a second ago')).toBe('Exited (137) <age> ago');
    expect(n('Restarting (1) About a minute ago')).toBe('Restarting (1) <age> ago');
    expect(
      n('"StartedAt": "2026-11-27T19:32:05.196926647Z", "FinishedAt": "0001-01-01T00:00:00Z"'),
    ).toBe('"StartedAt": "<time>", "FinishedAt": "0001-01-01T00:00:00Z"');
    expect(
      n(
        '172.17.0.1 - - [27/Nov/2026:19:32:06 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/7.88.1" "-"',
      ),
    ).toBe('<ip> - - [<time>] "GET / HTTP/1.1" 200 615 "-" "curl/<version>" "-"');
    expect(n('2026/11/27 19:32:05 [notice] 29#29: start worker process 30')).toBe(
      '<time> [notice] <pid>: start worker process <pid>',
    );
    expect(n('0.0.0.0:32768->80/tcp, [::]:8080->80/tcp')).toBe(
      '0.0.0.0:<hostport>->80/tcp, [::]:8080->80/tcp',
    );
    expect(n('1.09kB (virtual 173MB) 0B')).toBe('<size> (virtual <size>) 0B');
    expect(n(`Digest: sha256:${ID_A}`)).toBe('Digest: sha256:<digest>');
    expect(n('"MacAddress": "02:42:ac:11:00:02"')).toBe('"MacAddress": "<mac>"');
  });

  it('masks the stand-ins and the recording host', () => {
    const n = (s: string) => normalize(s, newMaps());
    expect(n('[notice] 1#1: nginx/1.22.1')).toBe('[notice] <pid>: nginx/<version>');
    expect(n('NGINX_VERSION=1.22.1 NJS_VERSION=0.8.9')).toBe(
      'NGINX_VERSION=<version> NJS_VERSION=<version>',
    );
    expect(n('/tmp/dk/root28/containers/x')).toBe(n('/var/lib/docker/containers/x'));
    expect(n('Successfully copied 2.56kB to /tmp/dk/work/a')).toBe(
      n('Successfully copied 1kB to /home/apprenant/a'),
    );
    expect(n('28.5.2+dfsg4')).toBe('28.5.2');
    expect(
      n('a\n2026/11/27 19:32:05 [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14)\nb'),
    ).toBe('a\nb');
    expect(n('range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available')).toBe(
      n('range of CPUs is from 0.01 to 8.00, as there are only 8 CPUs available'),
    );
  });

  it('masks docker info host lines and drops the recording mirror', () => {
    const info = (name: string, mirror: boolean) =>
      `Client:\n Version:    28.2.2\n\nServer:\n Containers: 0\n Name: ${name}\n Debug Mode: false\n` +
      (mirror ? ' Registry Mirrors:\n  http://127.0.0.1:5000/\n' : '') +
      ' Live Restore Enabled: false\n';
    expect(normalize(info('vm', true), newMaps())).toBe(normalize(info('cours', false), newMaps()));
    expect(normalize(info('vm', true), newMaps())).not.toBe(
      normalize(info('vm', true).replace('Debug Mode: false', 'Debug Mode: true'), newMaps()),
    );
  });

  it('re-pads a table after substitution, by the tabwriter rule', () => {
    const expected =
      'CONTAINER ID   IMAGE     STATUS                  NAMES\n' +
      'dfec2fec9d07   nginx     Up Less than a second   brave_tesla\n';
    const actual =
      'CONTAINER ID   IMAGE     STATUS         NAMES\n' +
      '0123456789ab   nginx     Up 5 seconds   happy_hopper\n';
    expect(normalize(expected, newMaps())).toBe(normalize(actual, newMaps()));
    expect(normalize(expected, newMaps())).toBe(
      'CONTAINER ID   IMAGE     STATUS     NAMES\n<id-1>         nginx     Up <age>   <name-1>\n',
    );
  });

  it('does not re-pad a table whose padding is wrong, so padding bugs still show', () => {
    const good = 'CONTAINER ID   IMAGE     NAMES\nabcdefabcdef   nginx     web\n';
    const bad = 'CONTAINER ID   IMAGE    NAMES\nabcdefabcdef   nginx    web\n';
    expect(normalize(good, newMaps())).not.toBe(normalize(bad, newMaps()));
  });

  it('renders tables as Go tabwriter does (minwidth 10, padding 3, last column unpadded)', () => {
    expect(
      renderTable(
        [
          ['A', 'LONGER HEADER', 'Z'],
          ['x', 'y', 'last cell'],
        ],
        { minwidth: 10, padding: 3 },
      ),
    ).toEqual(['A         LONGER HEADER   Z', 'x         y               last cell']);
  });

  it('masks the measured columns of docker top and docker stats', () => {
    const top =
      'UID                 PID                 PPID                CMD\n' +
      'root                22836               22813               nginx: master process\n' +
      'postgres            22894               22836               nginx: worker process\n';
    const mine =
      'UID                 PID                 PPID                CMD\n' +
      'root                1234                1200                nginx: master process\n' +
      '101                 1240                1234                nginx: worker process\n';
    expect(normalize(top, newMaps())).toBe(normalize(mine, newMaps()));
  });

  it('reports masked ranges on the original text', () => {
    const text = 'web Up 5 seconds 172.17.0.2';
    const ranges = maskedRanges(text).map((m) => text.slice(m.start, m.end));
    expect(ranges).toEqual(['5 seconds', '172.17.0.2']);
  });
});

describe('compareOutcome', () => {
  const out = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
  const X = 'a'.repeat(12);
  const Y = 'b'.repeat(12);
  const P = '1'.repeat(12);
  const Q = '2'.repeat(12);

  it('pairs emulator IDs with the expected ones, whatever IDs came before on either side', async () => {
    const { compareOutcome, newFileMaps } = await import('./compare.ts');
    const maps = newFileMaps();
    // A record only the recording printed IDs for (the emulator failed it): no pair is kept.
    expect(compareOutcome(out(`${X}\n`), out('error\n'), maps).match).toBe(false);
    expect(compareOutcome(out(`${Y}\n`), out(`${P}\n`), maps).match).toBe(true);
    expect(compareOutcome(out(`${Y} web\n`), out(`${P} web\n`), maps).match).toBe(true);
    // Same container shown under another emulator ID: caught.
    expect(compareOutcome(out(`${Y}\n`), out(`${Q}\n`), maps).match).toBe(false);
    // Two containers swapped: caught.
    expect(compareOutcome(out(`${X} ${Y}\n`), out(`${P} ${Q}\n`), maps).match).toBe(false);
  });
});
