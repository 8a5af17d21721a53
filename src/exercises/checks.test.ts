// Each check kind, through `evaluate`, on states built by typing into the emulator: passing, failing, and its hint.
import { describe, expect, it } from 'vitest';
import { docker } from '../cli/index.ts';
import { createMachine } from '../shell/machine.ts';
import { replay, REPLAY_EPOCH, REPLAY_SEED } from '../shell/replay.ts';
import { evaluate, type Check, type Exercise } from './index.ts';

function exerciseOf(check: Check, fixture: string[] = []): Exercise {
  return {
    id: 'essai',
    title: 'Essai',
    page: 'essai',
    statement: '',
    fixture,
    checks: [{ id: 'c', label: 'c', check, hints: ['indice'] }],
    solution: [],
    alternatives: [],
    success: '',
  };
}

/** Plays `script` after `fixture`; returns whether the check holds and the hint otherwise. */
async function run(check: Check, script: string, fixture: string[] = []) {
  const machine = createMachine({ now: REPLAY_EPOCH, seed: REPLAY_SEED, fixture, docker });
  await machine.ready();
  if (script) await replay(script, {}, machine);
  const result = evaluate(exerciseOf(check, fixture), machine.engine.state);
  return { met: result.complete, missing: result.hint?.missing ?? '' };
}

const WEB: Check = {
  kind: 'container',
  match: {
    name: 'web',
    image: 'nginx',
    status: ['running'],
    publishes: { host: 8080, container: 80 },
  },
};

describe('container', () => {
  it('holds for a running container with its port', async () => {
    expect((await run(WEB, 'docker run -d --name web -p 8080:80 nginx:latest')).met).toBe(true);
  });
  it('says when it does not exist yet', async () => {
    const r = await run(WEB, '');
    expect(r).toEqual({
      met: false,
      missing: 'Aucun conteneur ne s’appelle « web » pour l’instant.',
    });
  });
  it('says when it exists but is stopped', async () => {
    const r = await run(WEB, 'docker run -d --name web -p 8080:80 nginx\ndocker stop web');
    expect(r.met).toBe(false);
    expect(r.missing).toContain('existe mais il est arrêté');
  });
  it('says when it only was created, or is paused', async () => {
    expect((await run(WEB, 'docker create --name web -p 8080:80 nginx')).missing).toContain(
      'pas encore démarré',
    );
    const paused = await run(WEB, 'docker run -d --name web -p 8080:80 nginx\ndocker pause web');
    expect(paused.missing).toContain('en pause');
  });
  it('says when the port or the image is wrong', async () => {
    expect((await run(WEB, 'docker run -d --name web -p 9090:80 nginx')).missing).toContain(
      'ne publie pas le port 8080',
    );
    expect((await run(WEB, 'docker run -d --name web -p 8080:80 redis')).missing).toContain(
      'depuis l’image redis, pas depuis nginx',
    );
  });
  it('counts containers of an image', async () => {
    const two: Check = {
      kind: 'container',
      count: 2,
      match: { image: 'nginx', status: ['running'] },
    };
    const one = await run(two, 'docker run -d nginx');
    expect(one).toEqual({
      met: false,
      missing: '1 sur 2 : il manque encore un conteneur de l’image nginx.',
    });
    expect((await run(two, 'docker run -d nginx\ndocker run -d nginx')).met).toBe(true);
  });
  it('checks limits, networks and generated names', async () => {
    const limited: Check = {
      kind: 'container',
      match: { name: 'l', memory: 268435456, nanoCpus: 5e8 },
    };
    expect(
      (
        await run(
          { ...limited, match: { ...limited.match, name: 'lim' } },
          'docker run -d --name lim -m 256m --cpus 0.5 nginx',
        )
      ).met,
    ).toBe(true);
    const wrong = await run(
      { ...limited, match: { ...limited.match, name: 'lim' } },
      'docker run -d --name lim -m 128m nginx',
    );
    expect(wrong.missing).toContain('limite de mémoire attendue (256 Mio)');
    const onNet: Check = { kind: 'container', match: { name: 'api', network: 'app-net' } };
    expect((await run(onNet, 'docker run -d --name api nginx')).missing).toContain(
      'réseau app-net',
    );
    const generated: Check = { kind: 'container', match: { image: 'nginx', generatedName: true } };
    expect((await run(generated, 'docker run -d nginx')).met).toBe(true);
    expect((await run(generated, 'docker run -d --name elegant_einstein nginx')).met).toBe(false);
  });
});

describe('no-container', () => {
  const none: Check = { kind: 'no-container', match: { image: 'ubuntu' } };
  it('fails while one remains, naming it', async () => {
    const r = await run(none, '', ['docker run --name reste ubuntu true']);
    expect(r).toEqual({ met: false, missing: 'Il reste un conteneur de l’image ubuntu : reste.' });
  });
  it('holds once they are removed', async () => {
    expect((await run(none, 'docker rm reste', ['docker run --name reste ubuntu true'])).met).toBe(
      true,
    );
  });
});

describe('command', () => {
  const logs: Check = {
    kind: 'command',
    verbs: ['logs'],
    target: { name: 'web' },
    flags: [['--tail', '-n']],
  };
  const fixture = ['docker run -d --name web nginx', 'docker logs --tail 1 web'];
  it('ignores the lines of the start fixture', async () => {
    expect((await run(logs, '', fixture)).missing).toBe(
      'Il reste à lancer « docker logs » sur « web ».',
    );
  });
  it('holds with the flag, whatever the spelling or the ID used', async () => {
    expect((await run(logs, 'docker container logs -n 2 web', fixture)).met).toBe(true);
    expect((await run(logs, 'docker logs --tail=2 $(docker ps -q)', fixture)).met).toBe(false);
    const byId = await run(logs, 'docker logs --tail 2 9f49dd', fixture);
    expect(byId.met).toBe(true);
  });
  it('says which part is missing: flag, target, success', async () => {
    expect((await run(logs, 'docker logs web', fixture)).missing).toContain(
      'sans l’option --tail ou -n',
    );
    expect(
      (await run(logs, 'docker run -d --name autre nginx\ndocker logs --tail 1 autre', fixture))
        .missing,
    ).toContain('pas sur « web »');
    const failing: Check = { kind: 'command', verbs: ['inspect'], contains: ['.State.Status'] };
    expect(
      (await run(failing, "docker inspect -f '{{.State.Status}}' absent", fixture)).missing,
    ).toContain('a échoué');
    expect((await run(failing, "docker inspect -f '{{ .State.Status }}' web", fixture)).met).toBe(
      true,
    );
  });
  it('can expect a failure (the name conflict)', async () => {
    const conflict: Check = {
      kind: 'command',
      verbs: ['run'],
      contains: ['web'],
      outcome: 'failure',
    };
    expect(
      (await run(conflict, 'docker run -d --name web nginx', ['docker run -d --name web nginx']))
        .met,
    ).toBe(true);
    expect((await run(conflict, 'docker run -d --name web nginx')).met).toBe(false);
  });
});

describe('request-served', () => {
  const fixture = ['docker run -d --name web -p 8080:80 nginx'];
  it('holds once the published port answered the host', async () => {
    const host: Check = { kind: 'request-served', match: { name: 'web' }, from: 'host' };
    expect((await run(host, '', fixture)).missing).toContain('aucune requête');
    expect((await run(host, 'curl -s localhost:8080 > /dev/null', fixture)).met).toBe(true);
    expect((await run({ ...host, from: 'container' }, 'curl -s localhost:8080', fixture)).met).toBe(
      false,
    );
  });
  it('counts only requests after a stop when asked', async () => {
    const after: Check = {
      kind: 'request-served',
      match: { image: 'nginx', status: ['running'] },
      afterStopOf: { name: 'web' },
    };
    const two = [
      ...fixture,
      'docker run -d --name web-2 -p 8081:80 nginx',
      'curl -s localhost:8081',
    ];
    expect((await run(after, '', two)).missing).toContain('Aucun conteneur n’a encore été arrêté');
    expect((await run(after, 'docker kill web', two)).met).toBe(false);
    expect((await run(after, 'docker kill web\ncurl -s localhost:8081', two)).met).toBe(true);
  });
});

describe('ephemeral-file', () => {
  const story: Check = { kind: 'ephemeral-file', image: 'ubuntu', path: '/test.txt' };
  it('follows the story step by step in its hints', async () => {
    expect((await run(story, '')).missing).toContain('Aucun fichier /test.txt');
    const written = 'docker run -it --name un ubuntu bash\ntouch test.txt\nexit';
    expect((await run(story, written)).missing).toContain('« un », qui existe encore');
    expect((await run(story, `${written}\ndocker rm un`)).missing).toContain('lancez maintenant');
    const again = `${written}\ndocker rm un\ndocker run -it --name deux ubuntu bash`;
    expect((await run(story, `${again}\nexit`)).missing).toContain('« deux »');
    expect((await run(story, `${again}\nls test.txt\nexit`)).met).toBe(true);
  });
  it('does not hold when the new container wrote the file itself first', async () => {
    const script =
      'docker run --name un ubuntu touch /test.txt\ndocker rm un\ndocker run -it --name deux ubuntu bash\ntouch test.txt\nls test.txt\nexit';
    expect((await run(story, script)).met).toBe(false);
  });
  it('does not hold for a stop instead of a removal, or another image', async () => {
    expect(
      (
        await run(
          story,
          'docker run --name un ubuntu touch /test.txt\ndocker run --rm ubuntu ls /test.txt',
        )
      ).met,
    ).toBe(false);
    expect(
      (
        await run(
          story,
          'docker run --rm alpine touch /test.txt\ndocker run --rm alpine ls /test.txt',
        )
      ).met,
    ).toBe(false);
  });
});

describe('states-seen', () => {
  const states: Check = {
    kind: 'states-seen',
    match: { name: 'c' + 'y' },
    states: ['created', 'exited'],
  };
  it('needs docker ps -a while the container is in each state', async () => {
    const check = { ...states, match: { name: 'cycle' } };
    expect((await run(check, 'docker create --name cycle nginx\ndocker ps')).missing).toBe(
      'États pas encore vus dans docker ps -a : created, exited.',
    );
    expect(
      (
        await run(
          check,
          'docker create --name cycle nginx\ndocker ps -a\ndocker start cycle\ndocker stop cycle',
        )
      ).missing,
    ).toContain(': exited.');
    expect(
      (
        await run(
          check,
          'docker create --name cycle nginx\ndocker ps -a\ndocker start cycle\ndocker stop cycle\ndocker ps --all',
        )
      ).met,
    ).toBe(true);
  });
});

describe('exited-by-itself', () => {
  const ended: Check = { kind: 'exited-by-itself', match: { image: 'ubuntu' }, exitCode: 0 };
  it('holds when the main process ended, not after a stop or kill', async () => {
    expect((await run(ended, 'docker run ubuntu echo bonjour')).met).toBe(true);
    expect((await run(ended, 'docker run -d --name s ubuntu sleep 100\ndocker stop s')).met).toBe(
      false,
    );
    expect((await run(ended, 'docker run ubuntu false')).met).toBe(false);
    expect((await run(ended, '')).missing).toContain('ne s’est encore arrêté de lui-même');
  });
});

describe('file-in-container, network, volume-file', () => {
  it('reads the read/write layer', async () => {
    const file: Check = { kind: 'file-in-container', match: { name: 'c1' }, path: '/notes.txt' };
    const fixture = ['docker run -d --name c1 ubuntu sleep 1000'];
    expect((await run(file, '', fixture)).missing).toContain('Le fichier /notes.txt n’existe');
    expect((await run(file, 'docker exec c1 touch /notes.txt', fixture)).met).toBe(true);
    expect(
      (await run(file, 'docker exec c1 touch /notes.txt\ndocker exec c1 rm /notes.txt', fixture))
        .met,
    ).toBe(false);
  });
  it('sees networks and volume contents', async () => {
    const net: Check = { kind: 'network', name: 'app-net' };
    expect((await run(net, '')).missing).toBe('Le réseau app-net n’existe pas encore.');
    expect((await run(net, 'docker network create app-net')).met).toBe(true);
    const vol: Check = { kind: 'volume-file', volume: 'notes', path: '/a.txt' };
    expect((await run(vol, '')).missing).toBe('Le volume notes n’existe pas encore.');
    expect((await run(vol, 'docker volume create notes')).missing).toContain(
      'ne contient pas encore /a.txt',
    );
    expect(
      (await run(vol, "docker run --rm -v notes:/d alpine sh -c 'echo x > /d/a.txt'")).met,
    ).toBe(true);
  });
});
