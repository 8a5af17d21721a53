// Tests of line routing: which lines run directly on a terminal and which go through just-bash.
import { describe, expect, it } from 'vitest';
import { routeLine } from './route.ts';

const env = {
  vars: { HOME: '/home/apprenant', NOM: 'web', SPACED: 'a b', EMPTY: '' },
  lastExitCode: 3,
};
const route = (line: string) => routeLine(line, env);

describe('routeLine', () => {
  it.each([
    ['docker ps', ['docker', 'ps']],
    ['  docker   run -d --name web nginx  ', ['docker', 'run', '-d', '--name', 'web', 'nginx']],
    [
      `docker run busybox sh -c 'echo "a b"; exit 3'`,
      ['docker', 'run', 'busybox', 'sh', '-c', 'echo "a b"; exit 3'],
    ],
    [
      'docker ps --format "{{.Names}}\\t$NOM"',
      ['docker', 'ps', '--format', '{{.Names}}\\t$NOM'.replace('$NOM', 'web')],
    ],
    ['docker logs $NOM', ['docker', 'logs', 'web']],
    ['docker logs ${NOM}', ['docker', 'logs', 'web']],
    ['docker logs "$SPACED"', ['docker', 'logs', 'a b']],
    ['docker run -e A=1 nginx', ['docker', 'run', '-e', 'A=1', 'nginx']],
    ['docker inspect -f \\{\\{.Name\\}\\} web', ['docker', 'inspect', '-f', '{{.Name}}', 'web']],
    ['docker echo $?', ['docker', 'echo', '3']],
    ['docker run nginx a#b $', ['docker', 'run', 'nginx', 'a#b', '$']],
    ['curl -s http://localhost:8080', ['curl', '-s', 'http://localhost:8080']],
    ["docker ps --format ''", ['docker', 'ps', '--format', '']],
  ])('%s runs directly', (line, argv) => {
    expect(route(line)).toEqual({ kind: 'direct', argv });
  });

  it.each([
    'docker ps -q | wc -l',
    'docker ps > out.txt',
    'docker rm $(docker ps -aq)',
    'docker rm `docker ps -aq`',
    'docker ps; docker images',
    'docker ps && echo ok',
    'docker run -d nginx &',
    'docker logs $SPACED',
    'docker logs $EMPTY web',
    'docker cp web:/x ~/x',
    'docker rm web*',
    'docker rm web?',
    'X=1 docker ps',
    'ls -la',
    'cd /tmp',
    'echo "docker ps"',
    'docker logs "${NOM:-x}"',
    'docker ps # commentaire',
    'docker ps "unterminated',
    'docker ps {a,b}',
  ])('%s goes through just-bash', (line) => {
    expect(route(line)).toEqual({ kind: 'bash' });
  });

  it('treats blank lines and comments as nothing to run', () => {
    expect(route('   ')).toEqual({ kind: 'empty' });
    expect(route('# docker ps')).toEqual({ kind: 'empty' });
  });

  it('keeps a simple command direct with a trailing 2>&1, merging stderr', () => {
    expect(route('docker logs web 2>&1')).toEqual({
      kind: 'direct',
      argv: ['docker', 'logs', 'web'],
      mergeStderr: true,
    });
    expect(route('docker logs web 2>&1 | head')).toEqual({ kind: 'bash' });
    expect(route('ls 2>&1')).toEqual({ kind: 'bash' });
  });
});
