// Property test: random argv vectors from docker's vocabulary plus junk never throw, always end with an exit
// code, and leave the engine state valid (unique names/IDs, coherent states, unique port bindings).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkInvariants,
  createEngine,
  type Engine,
  type EngineState,
} from '../../engine/index.ts';
import { docker } from '../index.ts';
import { collect } from '../process.ts';
import { contextFor, stdinOf } from './test-kit.ts';
import { DOCKER_COMMANDS } from './docker-commands.data.ts';

const COMMANDS = [
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
  'wait',
  'ps',
  'inspect',
  'port',
  'logs',
  'images',
  'exec',
  'version',
  'info',
  'help',
  'foo',
  'container',
  'image',
  'volume',
  '',
];
const SUBS = [
  'ls',
  'run',
  'stop',
  'rm',
  'start',
  'create',
  'inspect',
  'prune',
  'foo',
  'kill',
  'pause',
  'rename',
  'wait',
];
const IMAGES = [
  'nginx',
  'busybox',
  'alpine',
  'hello-world',
  'redis',
  'ubuntu',
  'debian:bookworm',
  'Nginx',
  'nginx:',
  'imageinexistante',
  'nginx:9.9.9',
];
const NAMES = ['web', 'db', 'a1', 'web-prod', 'x', 'mon conteneur', '/web', 'b2'];
const VALUES = [
  '8080:80',
  '80',
  'abc:80',
  '8080:80:90',
  '80/xyz',
  '256m',
  '10x',
  '1k',
  '0.5',
  '64',
  'abc',
  'always',
  'on-failure:3',
  'sometimes',
  'SIGINT',
  'KILL',
  '9',
  'FOO',
  '1',
  '0',
  '-1',
  'A=1',
  '=x',
  '/tmp',
  'tmp',
  '1000:1000',
  'json',
  '{{.Name}}',
  '{{.Nope}}',
  'status=exited',
  'name=web',
  'true',
  'false',
];
const ARGS = [
  'sleep',
  '5',
  'echo',
  'bonjour',
  'sh',
  '-c',
  'exit 3',
  'sleep 2; exit 7',
  'true',
  'false',
  'cat',
  'ls',
  '--',
  '-',
];
const FLAGS = [
  ...new Set(
    Object.values(DOCKER_COMMANDS).flatMap((c) =>
      c.flags.flatMap((f) => [`--${f.long}`, ...(f.short ? [`-${f.short}`] : [])]),
    ),
  ),
];
const GLOBAL = [
  '-D',
  '--debug',
  '-l',
  'debug',
  '--log-level=info',
  '-v',
  '-H',
  '--foo',
  '-h',
  '--help',
];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FLAGS) },
  { weight: 3, arbitrary: fc.constantFrom(...IMAGES, ...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...VALUES, ...ARGS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '-dit',
      '-p8080:80',
      '--rm=false',
      '-d=true',
      '--name=web',
      '-aq',
      '-zz',
      '---',
      '--=x',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

const argvArb = fc
  .tuple(
    fc.array(fc.constantFrom(...GLOBAL), { maxLength: 1 }),
    fc.constantFrom(...COMMANDS),
    fc.constantFrom(...SUBS),
    fc.array(token, { maxLength: 7 }),
  )
  .map(([g, cmd, sub, rest]) => {
    const head =
      cmd === '' ? [] : ['container', 'image', 'volume'].includes(cmd) ? [cmd, sub] : [cmd];
    return [...g, ...head, ...rest];
  });

/** Runs one command to completion the way a terminal would: time moves on while it waits; Ctrl-C if stuck. */
async function drive(engine: Engine, argv: string[]): Promise<{ code: number; stderr: string }> {
  const abort = new AbortController();
  const proc = docker(
    argv,
    contextFor(engine, { signal: abort.signal, stdin: stdinOf(['echo hi\n']) }),
  );
  let done = false;
  const result = collect(proc).then((r) => {
    done = true;
    return { code: r.exitCode, stderr: r.stderr };
  });
  for (let round = 0; round < 200 && !done; round++) {
    for (let i = 0; i < 5 && !done; i++) await Promise.resolve();
    if (done) break;
    const next = engine.nextWakeAt();
    if (next !== undefined && round < 100) engine.advanceTo(next);
    else if (!abort.signal.aborted) abort.abort();
    else for (const c of engine.listContainers()) engine.kill(c.id);
  }
  return result;
}

describe('docker never crashes on random input', () => {
  it('10,000 argv vectors end with an exit code and keep the state valid', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(argvArb, { minLength: 5, maxLength: 5 }),
        fc.integer(),
        async (lines, seed) => {
          const engine = createEngine({ seed });
          for (const argv of lines) {
            const { code, stderr } = await drive(engine, argv);
            runs++;
            // A crash inside a command is caught and reported as an internal error: that must never happen.
            expect(stderr, `docker ${argv.join(' ')}`).not.toContain('erreur interne');
            expect(Number.isInteger(code)).toBe(true);
            expect(code).toBeGreaterThanOrEqual(0);
            const problems = checkInvariants(engine.state as EngineState);
            expect(problems, `after docker ${argv.join(' ')}`).toEqual([]);
          }
        },
      ),
      { numRuns: 2000 },
    );
    expect(runs).toBe(10_000);
  });
});
