// Reading docker commands out of typed lines.
import { describe, expect, it } from 'vitest';
import { dockerCalls, shellWords } from './commands.ts';

describe('dockerCalls', () => {
  it('splits words with quotes and operators', () => {
    expect(shellWords(`docker inspect -f '{{.State.Status}} x' web|wc -l&&echo "a b"`)).toEqual([
      'docker',
      'inspect',
      '-f',
      '{{.State.Status}} x',
      'web',
      '|',
      'wc',
      '-l',
      '&&',
      'echo',
      'a b',
    ]);
  });
  it('normalises verbs and flags', () => {
    const [ls] = dockerCalls('docker container ls -aq');
    expect(ls?.verb).toBe('ps');
    expect([...(ls?.flags ?? [])]).toEqual(['-a', '-q']);
    const [history] = dockerCalls('docker image history ubuntu');
    expect(history).toMatchObject({ verb: 'history', words: ['ubuntu'] });
    const [logs] = dockerCalls('docker logs --tail=3 web');
    expect(logs?.flags.has('--tail')).toBe(true);
    expect(logs?.args).toEqual(['--tail', '3', 'web']);
    expect(dockerCalls('docker network create app-net')[0]?.verb).toBe('network create');
  });
  it('finds every docker command of a line, and only those', () => {
    const calls = dockerCalls('docker ps -a; echo docker logs web | grep x && sudo docker top web');
    expect(calls.map((c) => c.verb)).toEqual(['ps', 'top']);
    expect(dockerCalls('ls -l')).toEqual([]);
  });
});
