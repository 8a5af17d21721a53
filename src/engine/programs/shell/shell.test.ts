// The main-process shell interpreter through the engine: syntax subset, virtual time, snapshots, signals, files.
import { describe, expect, it } from 'vitest';
import { createEngine, engineFromSnapshot, type Engine, type ScriptRunner } from '../../index.ts';

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`unexpected error ${JSON.stringify(r.error)}`);
  return r.value;
}

/** Runs `sh -c script` in a fresh container; returns the engine and the container's id. */
function start(script: string, image = 'busybox', shell = 'sh', e = createEngine()) {
  const { id } = must(e.create({ image, name: 'prog', cmd: [shell, '-c', script] }));
  must(e.start(id));
  return { e, id };
}

const out = (e: Engine, id: string) =>
  (e.state.containers[id]?.logs ?? [])
    .map((l) => (l.stream === 'stderr' ? `!${l.text}` : l.text))
    .join('');
const state = (e: Engine, id: string) => {
  const c = e.state.containers[id];
  return c ? `${c.state.status} ${c.state.exitCode}` : 'removed';
};

function run(script: string, ms = 60_000, image = 'busybox', shell = 'sh'): string {
  const { e, id } = start(script, image, shell);
  e.advanceBy(ms);
  return `${out(e, id)}[${state(e, id)}]`;
}

describe('shell interpreter: the subset', () => {
  it('sequences, && || ! and exit codes', () => {
    expect(run('echo a && false || echo b; ! true; echo $?; exit 300')).toBe(
      'a\nb\n1\n[exited 44]',
    );
  });

  it('variables, parameter expansion, arithmetic and field splitting', () => {
    expect(run('x=5; x=$((x*2+1)); echo $x ${y:-def} ${#x}; : $((x+=1)); echo "$x"')).toBe(
      '11 def 2\n12\n[exited 0]',
    );
    expect(
      run(
        'l="a  b c"; for w in $l; do printf "<%s>" "$w"; done; echo; for w in "$l"; do echo "[$w]"; done',
      ),
    ).toBe('<a><b><c>\n[a  b c]\n[exited 0]');
  });

  it('while, until, if/elif/else, case, break and continue', () => {
    expect(run('i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo n=$i; done; exit $i')).toBe(
      'n=1\nn=2\nn=3\n[exited 3]',
    );
    expect(run('until [ "$n" = xx ]; do n="${n}x"; done; echo $n')).toBe('xx\n[exited 0]');
    expect(
      run(
        'for i in a b c d; do [ $i = c ] && break; [ $i = a ] && continue; echo $i; done; echo end',
      ),
    ).toBe('b\nend\n[exited 0]');
    expect(run('if false; then echo 1; elif [ -d /tmp ]; then echo 2; else echo 3; fi')).toBe(
      '2\n[exited 0]',
    );
    expect(
      run('case "x.txt" in *.log) echo log;; *.txt|*.md) echo text;; *) echo other;; esac'),
    ).toBe('text\n[exited 0]');
  });

  it('functions with arguments, local and return', () => {
    expect(run('f() { local v=$1; echo "f:$v:$#"; return 3; }; v=out; f a b; echo $? $v')).toBe(
      'f:a:2\n3 out\n[exited 0]',
    );
  });

  it('command substitution of builtins, backquotes, printf and seq', () => {
    expect(
      run('x=$(echo hi there); echo "[$x]" `echo bq`; printf "%05d|%-4s|%x\\n" 42 ab 255'),
    ).toBe('[hi there] bq\n00042|ab  |ff\n[exited 0]');
    expect(run('for i in $(seq 1 3); do printf "%s," $i; done; echo')).toBe('1,2,3,\n[exited 0]');
  });

  it('>&2 and 2>&1 keep the streams as written', () => {
    expect(run('echo out; echo err >&2; echo both >&2 2>&1; echo back 2>&1 >&2')).toBe(
      'out\n!err\n!both\nback\n[exited 0]',
    );
  });

  it('> and >> write into the container filesystem, cat reads it back', () => {
    const { e, id } = start('echo hello > /tmp/f; echo more >> /tmp/f; cat /tmp/f');
    expect(out(e, id)).toBe('hello\nmore\n');
    expect(e.state.containers[id]?.rwLayer['/tmp/f']).toMatchObject({
      kind: 'file',
      content: 'hello\nmore\n',
    });
  });

  it('set -e stops at the first failure', () => {
    expect(run('set -e; echo a; false; echo b')).toBe('a\n[exited 1]');
  });

  it('words each shell reports as its own', () => {
    expect(run('foo', 10, 'busybox')).toBe('!sh: foo: not found\n[exited 127]');
    expect(run('foo', 10, 'ubuntu')).toBe('!sh: 1: foo: not found\n[exited 127]');
    expect(run('true\nfoo', 10, 'ubuntu', 'bash')).toBe(
      '!bash: line 2: foo: command not found\n[exited 127]',
    );
    expect(run('if then', 10, 'ubuntu')).toBe(
      '!sh: 1: Syntax error: "then" unexpected\n[exited 2]',
    );
  });

  it('dash echo interprets escapes, busybox echo needs -e', () => {
    expect(run('echo "a\\tb"', 10, 'ubuntu')).toBe('a\tb\n[exited 0]');
    expect(run('echo "a\\tb"; echo -e "c\\td"', 10, 'busybox')).toBe('a\\tb\nc\td\n[exited 0]');
  });

  it('date formats the virtual clock', () => {
    const e = createEngine({ now: Date.UTC(2026, 10, 27, 19, 33, 18) });
    const { id } = start('date; date +%Y-%m-%dT%H:%M:%S', 'busybox', 'sh', e);
    expect(out(e, id)).toBe('Fri Nov 27 19:33:18 UTC 2026\n2026-11-27T19:33:18\n');
  });
});

describe('shell interpreter: virtual time', () => {
  it('a loop printing the date every second fills the log a line per virtual second, forever', () => {
    const { e, id } = start('while true; do date +%S; sleep 1; done');
    e.advanceBy(4_000);
    expect(out(e, id).split('\n').filter(Boolean)).toHaveLength(5);
    e.advanceBy(3_600_000);
    const c = e.state.containers[id];
    expect(c?.state.status).toBe('running');
    expect(c?.logs.length).toBe(3_605);
    expect(e.nextWakeAt()).toBeLessThanOrEqual(e.now() + 1000);
  });

  it('a snapshot taken mid-loop restores the loop where it was', () => {
    const { e, id } = start('i=0; while true; do i=$((i+1)); echo $i; sleep 1; done');
    e.advanceBy(2_500);
    const copy = must(engineFromSnapshot(JSON.parse(JSON.stringify(e.toSnapshot()))));
    e.advanceBy(2_000);
    copy.advanceBy(2_000);
    expect(out(copy, id)).toBe(out(e, id));
    expect(out(e, id)).toBe('1\n2\n3\n4\n5\n');
  });

  it('a busy loop without sleep still lets time move on', () => {
    const { e, id } = start('while true; do :; done');
    e.advanceBy(1_000);
    expect(e.now()).toBeGreaterThan(0);
    expect(state(e, id)).toBe('running 0');
  });
});

describe('signals and traps for PID 1', () => {
  it('without a trap, sh ignores SIGTERM: docker stop kills it after the timeout (137)', () => {
    const { e, id } = start('while true; do sleep 1; done');
    expect(must(e.stop(id)).done).toBe(false);
    e.advanceBy(9_999);
    expect(state(e, id)).toBe('running 0');
    e.advanceBy(1);
    expect(state(e, id)).toBe('exited 137');
  });

  it('a trap runs once the foreground sleep ends, and its exit code is the container’s', () => {
    const { e, id } = start('trap "echo bye; exit 3" TERM; while true; do sleep 1; done');
    e.advanceBy(300);
    must(e.stop(id));
    expect(state(e, id)).toBe('running 0');
    e.advanceBy(700);
    expect(out(e, id)).toBe('bye\n');
    expect(state(e, id)).toBe('exited 3');
  });

  it("trap '' ignores, the EXIT trap runs at the end", () => {
    expect(run('trap "echo fin" EXIT; echo go')).toBe('go\nfin\n[exited 0]');
    const { e, id } = start("trap '' INT; sleep 100");
    must(e.kill(id, 'SIGINT'));
    e.advanceBy(1_000);
    expect(state(e, id)).toBe('running 0');
  });
});

describe('scripts beyond the subset', () => {
  it('go to the injected runner, whose result ends the container', async () => {
    const requests: string[] = [];
    const runner: ScriptRunner = async (r) => {
      requests.push(`${r.shell}:${r.script}:${r.args.join(',')}`);
      return { stdout: '3\n', stderr: '', exitCode: 4 };
    };
    const e = createEngine({ scriptRunner: runner });
    const { id } = start('echo "a b c" | wc -w', 'busybox', 'sh', e);
    expect(state(e, id)).toBe('running 0');
    await new Promise((r) => setTimeout(r, 0));
    expect(requests).toEqual(['sh:echo "a b c" | wc -w:sh']);
    expect(out(e, id)).toBe('3\n');
    expect(state(e, id)).toBe('exited 4');
  });

  it('without a runner, say so and stop', () => {
    expect(run('ls / | wc -l')).toBe('[exited 0]');
  });
});

describe('the pty of a -t container', () => {
  it('echoes typed keys and gives the shell whole lines; Ctrl-D ends it', () => {
    const e = createEngine();
    const { id } = must(
      e.create({ image: 'busybox', name: 'tty', cmd: ['sh'], tty: true, openStdin: true }),
    );
    must(e.start(id));
    e.writeStdin(id, 'echo hi\r');
    expect(out(e, id)).toBe('/ # echo hi\r\nhi\r\n/ # ');
    e.writeStdin(id, 'exit 4\r');
    expect(state(e, id)).toBe('exited 4');
  });
});

describe('memory of a shell main process', () => {
  const doubling = 'x=a; while true; do x=$x$x; done';

  it('a doubling string is OOM-killed at the container’s --memory (memory plus as much swap)', () => {
    const e = createEngine();
    const { id } = must(
      e.create({
        image: 'busybox',
        name: 'oom',
        cmd: ['sh', '-c', doubling],
        memory: 64 * 1024 * 1024,
      }),
    );
    must(e.start(id));
    e.advanceBy(5_000);
    const c = e.state.containers[id];
    expect(c?.state).toMatchObject({ status: 'exited', exitCode: 137, oomKilled: true });
  });

  it('without a limit, the simulator’s cap kills it cleanly instead of crashing', () => {
    const e = createEngine();
    const notices: string[] = [];
    const { id } = must(e.create({ image: 'busybox', name: 'big', cmd: ['sh', '-c', doubling] }));
    e.attach(id, { notice: (key) => notices.push(key) });
    expect(() => {
      must(e.start(id));
      e.advanceBy(5_000);
    }).not.toThrow();
    const c = e.state.containers[id];
    expect(c?.state).toMatchObject({ status: 'exited', exitCode: 137, oomKilled: false });
    expect(notices).toEqual(['engine.notice.shellMemoryCap']);
  });

  it('a value too big for JavaScript in one expansion ends the shell, never the engine', () => {
    const words = Array.from({ length: 40 }, () => '$x').join('');
    expect(() =>
      run(
        `x=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa; while true; do x=${words}; done`,
        5_000,
      ),
    ).not.toThrow();
    expect(run('x=a; while true; do x=$x$x; done', 5_000)).toBe('[exited 137]');
    expect(run('x=a; y=$(while true; do echo $x; x=$x$x; done); echo never', 5_000)).toBe(
      '[exited 137]',
    );
  });
});
