// nginx's entrypoint edits the packaged default.conf as 10-listen-on-ipv6-by-default.sh does, once.
import { describe, expect, it } from 'vitest';
import { createMachine } from './machine.ts';
import { runLine } from './test-kit.ts';

const START = Date.UTC(2026, 10, 27, 19, 30);
const CONF = '/etc/nginx/conf.d/default.conf';

describe('nginx entrypoint', () => {
  it('adds the IPv6 listen line to the packaged file and keeps the rest of it', async () => {
    const m = createMachine({ now: START, seed: 1 });
    await runLine(m, 'docker run -d --name web nginx');
    const conf = await runLine(m, `docker exec web cat ${CONF}`);
    expect(conf.stdout).toContain('    listen       80;\n    listen  [::]:80;\n    server_name');
    expect(conf.stdout).toContain('    # deny access to .htaccess files');
    expect((await runLine(m, 'docker logs web')).stdout).toContain(
      `info: Enabled listen on IPv6 in ${CONF}`,
    );
  });

  it('says the listen is already enabled on a restart, without editing the file again', async () => {
    const m = createMachine({ now: START, seed: 1 });
    await runLine(m, 'docker run -d --name web nginx');
    await runLine(m, 'docker restart web');
    expect((await runLine(m, 'docker logs web')).stdout).toContain(
      'info: IPv6 listen already enabled',
    );
    const conf = await runLine(m, `docker exec web cat ${CONF}`);
    expect(conf.stdout.match(/listen {2}\[::\]:80;/g)).toHaveLength(1);
  });

  it('leaves a file that differs from the packaged one as it is', async () => {
    const m = createMachine({ now: START, seed: 1 });
    await runLine(m, 'docker create --name web nginx');
    await runLine(m, `docker cp /etc/hostname web:${CONF}`);
    await runLine(m, 'docker start web');
    expect((await runLine(m, 'docker logs web')).stdout).toContain(
      `info: ${CONF} differs from the packaged version`,
    );
  });
});
