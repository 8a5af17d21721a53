// Property tests: any script as a container's main process ends or runs on without throwing or breaking the state.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkInvariants, createEngine } from '../../index.ts';

const TOKENS = [
  'x=$x$x',
  'x=a',
  'echo',
  '$x',
  '${#x}',
  '"$x"',
  ';',
  '&&',
  '||',
  '|',
  'while true; do',
  'done',
  'for i in 1 2 3; do',
  'if true; then',
  'fi',
  'case $x in a) echo a;; esac',
  'sleep 1',
  'date',
  'printf %s',
  '$((1/0))',
  '$((2**62*4))',
  '$(echo $x)',
  '>&2',
  '> /f',
  '>> /f',
  'cat /f',
  'exit 3',
  'trap "echo bye" TERM',
  'rm -rf /',
  'ls /',
  'touch /a',
  '{',
  '}',
  '(',
  ')',
  "'",
  '"',
  '\\',
  '`',
  'read y',
  'export Z=1',
  'unset x',
  'shift',
  'set -e',
  'false',
  'true',
  'kill -9 1',
];

describe('random scripts as main processes', () => {
  it('never throw, always leave a valid state, and only touch their own container', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 })), {
          maxLength: 25,
        }),
        fc.constantFrom('busybox', 'ubuntu'),
        (tokens, image) => {
          const e = createEngine({
            presentTags: ['busybox:latest', 'ubuntu:latest', 'nginx:latest'],
          });
          const other = e.create({ image: 'nginx', name: 'voisin' });
          if (!other.ok) throw new Error('create');
          e.start(other.value.id);
          const r = e.create({
            image,
            name: 'prog',
            cmd: ['sh', '-c', tokens.join(' ')],
            memory: 16 * 1024 * 1024,
          });
          if (!r.ok) throw new Error('create');
          e.start(r.value.id);
          e.advanceBy(3_000);
          expect(checkInvariants(e.state)).toEqual([]);
          expect(e.state.containers[other.value.id]?.state.status).toBe('running');
          expect(e.state.containers[other.value.id]?.rwLayer['/f']).toBeUndefined();
          const c = e.state.containers[r.value.id];
          expect(['running', 'exited']).toContain(c?.state.status);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
