// Tests of the COMMAND, ID and PORTS columns against the recorded `docker ps` output.
import { describe, expect, it } from 'vitest';
import {
  commandString,
  ellipsis,
  formatCommand,
  formatPorts,
  shortId,
  truncateId,
} from './command.ts';

describe('formatCommand', () => {
  const nginx = ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'];
  it.each([
    [nginx, false, '"/docker-entrypoint.…"'],
    [nginx, true, `"/docker-entrypoint.sh nginx -g 'daemon off;'"`],
    [['sh', '-c', 'echo boom; exit 1'], false, `"sh -c 'echo boom; e…"`],
    [['sh', '-c', 'echo boom; exit 1'], true, `"sh -c 'echo boom; exit 1'"`],
    [['sh', '-c', 'exit 3'], false, `"sh -c 'exit 3'"`],
    [['echo', 'Bonjour', 'le', 'monde'], false, '"echo Bonjour le mon…"'],
    [['sleep', '3600'], false, '"sleep 3600"'],
    [['/hello'], false, '"/hello"'],
    [['bash'], false, '"bash"'],
    [['commandeinexistante'], false, '"commandeinexistante"'],
    [['sh', '-c', 'echo "hi"'], true, `"sh -c 'echo \\"hi\\"'"`],
    [['echo', 'a\tb'], true, '"echo a\\tb"'],
    [['echo', 'héllo wörld ça va bien'], false, `"echo 'héllo wörld ç…"`],
    [['echo', '日本語日本語日本語日本語'], false, '"echo 日本語日本語日…"'],
  ])('%j (noTrunc %s) → %s', (args, noTrunc, text) => {
    expect(formatCommand(args, noTrunc)).toBe(text);
  });

  it('quotes only arguments that contain a space, never the path', () => {
    expect(commandString(['/my app', 'a b', 'c'])).toBe("/my app 'a b' c");
    expect(commandString([])).toBe('');
  });

  it('ellipsis follows formatter.Ellipsis', () => {
    expect(ellipsis('abc', 0)).toBe('');
    expect(ellipsis('abc', 1)).toBe('a');
    expect(ellipsis('abc', 3)).toBe('abc');
    expect(ellipsis('abcd', 3)).toBe('ab…');
  });
});

describe('IDs', () => {
  const id = 'dfec2fec9d07bb5d8e9a1a9f3c1f0f0e0d1c2b3a4958675849302a1b2c3d4e5f';
  it('truncates to 12 characters, dropping a digest prefix', () => {
    expect(truncateId(id)).toBe('dfec2fec9d07');
    expect(shortId(id)).toBe('dfec2fec9d07');
    expect(truncateId('sha256:' + id)).toBe('dfec2fec9d07');
    expect(truncateId('abc')).toBe('abc');
  });
});

describe('formatPorts', () => {
  it('lists IPv4 then IPv6 mappings of a published port', () => {
    expect(
      formatPorts([
        { containerPort: 80, proto: 'tcp', hostIp: '::', hostPort: 8080 },
        { containerPort: 80, proto: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 },
      ]),
    ).toBe('0.0.0.0:8080->80/tcp, [::]:8080->80/tcp');
  });

  it('shows an exposed-only port as port/proto', () => {
    expect(formatPorts([{ containerPort: 80, proto: 'tcp' }])).toBe('80/tcp');
    expect(formatPorts([])).toBe('');
  });

  it('groups consecutive ports into ranges', () => {
    expect(
      formatPorts([
        { containerPort: 8001, proto: 'tcp', hostIp: '0.0.0.0', hostPort: 8001 },
        { containerPort: 8000, proto: 'tcp', hostIp: '0.0.0.0', hostPort: 8000 },
        { containerPort: 8000, proto: 'tcp', hostIp: '::', hostPort: 8000 },
        { containerPort: 8001, proto: 'tcp', hostIp: '::', hostPort: 8001 },
      ]),
    ).toBe('0.0.0.0:8000-8001->8000-8001/tcp, [::]:8000-8001->8000-8001/tcp');
    expect(
      formatPorts([
        { containerPort: 80, proto: 'tcp' },
        { containerPort: 81, proto: 'tcp' },
        { containerPort: 443, proto: 'tcp' },
        { containerPort: 53, proto: 'udp' },
      ]),
    ).toBe('80-81/tcp, 53/udp, 443/tcp'); // Go flushes a broken run first
  });

  it('puts exposed groups before host mappings', () => {
    expect(
      formatPorts([
        { containerPort: 6379, proto: 'tcp' },
        { containerPort: 80, proto: 'tcp', hostIp: '0.0.0.0', hostPort: 32768 },
        { containerPort: 80, proto: 'tcp', hostIp: '::', hostPort: 32768 },
      ]),
    ).toBe('6379/tcp, 0.0.0.0:32768->80/tcp, [::]:32768->80/tcp');
  });
});
