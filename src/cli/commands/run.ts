// `docker run` / `docker container run`: create, then start detached (print the ID) or attached (stream, exit code).
import type { CommandSpec, Invocation } from '../command.ts';
import { parseImageReference, tagKey, type EngineError } from '../../engine/index.ts';
import { errorText, renderError, runExitCode } from '../render-error.ts';
import { runFlags, toCreateSpec } from './container-options.ts';
import { useOf } from './spec-helpers.ts';
import { noticeText } from './common.ts';
import { ensureImage } from './pull.ts';
import { processEnv } from './exec.ts';

const PULL_ERRORS = new Set(['PULL_ACCESS_DENIED', 'MANIFEST_UNKNOWN', 'IMAGE_NOT_LOCAL']);

/** "Unable to find image 'x:latest' locally", as the CLI prints before pulling. */
export function unableToFind(image: string): string {
  const ref = parseImageReference(image);
  return ref.ok
    ? `Unable to find image '${ref.ref.digest ? `${ref.ref.familiar}@${ref.ref.digest}` : tagKey(ref.ref)}' locally\n`
    : '';
}

/** Copies the caller's stdin into the container until it ends (then closes the container's stdin). */
export async function pumpStdin(
  inv: Invocation,
  id: string,
  stop: { done: boolean },
): Promise<void> {
  for (;;) {
    const chunk = await inv.ctx.stdin.read();
    if (stop.done) return;
    if (chunk === null) {
      inv.engine.closeStdin(id);
      return;
    }
    inv.engine.writeStdin(id, chunk);
  }
}

/** Streams a container's output until its main process exits; resolves with its exit code. */
export function attachUntilExit(
  inv: Invocation,
  id: string,
  sigProxy: boolean,
): { exit: Promise<number>; detach: () => void } {
  let resolveExit!: (code: number) => void;
  const exit = new Promise<number>((r) => (resolveExit = r));
  const detach = inv.engine.attach(id, {
    output: (stream, data) => inv.out[stream](data),
    notice: (key, detail) => inv.out.stderr(noticeText(key, detail)),
    exit: (code) => resolveExit(code),
  });
  const onAbort = () => {
    const c = inv.engine.state.containers[id];
    if (sigProxy && c && (c.state.status === 'running' || c.state.status === 'paused'))
      inv.engine.kill(id, 'SIGINT');
  };
  inv.ctx.signal.addEventListener('abort', onAbort);
  return {
    exit: exit.finally(() => {
      inv.ctx.signal.removeEventListener('abort', onAbort);
      detach();
    }),
    detach: () => {
      inv.ctx.signal.removeEventListener('abort', onAbort);
      detach();
    },
  };
}

/** Whether the main process is a script handed to the engine's runner (beyond the interpreter's subset). */
function ranByScriptRunner(inv: Invocation, id: string): boolean {
  const data = inv.engine.state.containers[id]?.processes[0]?.program.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  const fallback = data.fallback;
  // A fallback that neither waits nor loops ends at once in real Docker too: nothing to say.
  return (
    fallback !== null &&
    typeof fallback === 'object' &&
    !Array.isArray(fallback) &&
    fallback.timed !== false
  );
}

function daemonFailure(inv: Invocation, e: EngineError, image: string): number {
  if (PULL_ERRORS.has(e.code)) inv.out.stderr(unableToFind(image));
  if (e.code === 'IMAGE_NOT_LOCAL' || e.code === 'CONTAINER_LIMIT') {
    inv.out.stderr(`${errorText(e)}\n`);
    return 125;
  }
  inv.out.stderr(`docker: ${renderError(e)}\n\nRun 'docker run --help' for more information\n`);
  return runExitCode(e);
}

async function run(inv: Invocation): Promise<number> {
  const { out, engine } = inv;
  const [image = '', ...cmd] = inv.args;
  const usageError = (msg: string) => {
    out.stderr(`docker: ${msg}\n\nRun 'docker run --help' for more information\n`);
    return 125;
  };
  const ref = parseImageReference(image);
  if (!ref.ok) return usageError(errorText(ref.error));
  const detach = inv.flags.values.detach === true;
  const attachList = Array.isArray(inv.flags.values.attach) ? inv.flags.values.attach : [];
  if (detach && attachList.length) return usageError('Conflicting options: -a and -d');
  for (const a of attachList) {
    if (!['stdin', 'stdout', 'stderr'].includes(a.toLowerCase()))
      return usageError(`invalid argument ${a} for -a, valid arguments are STDIN, STDOUT, STDERR`);
  }
  const built = toCreateSpec(inv, image, cmd);
  if (!built.ok) return usageError(built.message);
  const spec = built.spec;
  const interactive = spec.openStdin === true;
  if (!detach) {
    const streams = attachList.map((a) => a.toLowerCase());
    spec.attachStdout = streams.length === 0 || streams.includes('stdout');
    spec.attachStderr = streams.length === 0 || streams.includes('stderr');
    spec.attachStdin = interactive || streams.includes('stdin');
    spec.stdinOnce = spec.attachStdin;
    if (spec.tty && spec.attachStdin && !inv.ctx.stdinIsTTY) {
      out.stderr('the input device is not a TTY\n');
      return 1;
    }
  }
  const pulled = await ensureImage(inv, image);
  if (!pulled.ok) {
    if (pulled.error.code === 'IMAGE_NOT_LOCAL') return inv.ctx.signal.aborted ? 130 : 125;
    out.stderr(
      `docker: ${renderError(pulled.error)}\n\nRun 'docker run --help' for more information\n`,
    );
    return 125;
  }
  const created = engine.create(spec);
  if (!created.ok) return daemonFailure(inv, created.error, image);
  const { id } = created.value;
  if (!detach && spec.tty && spec.attachStdin && inv.ctx.containerShell && isShellSession(inv, id))
    return interactiveShell(inv, id, image);
  if (detach) {
    out.stdout(`${id}\n`);
    const started = engine.start(id);
    if (started.ok && ranByScriptRunner(inv, id))
      out.stderr(noticeText('engine.notice.scriptRanAtOnce', ''));
    return started.ok ? 0 : daemonFailure(inv, started.error, image);
  }
  const sigProxy = inv.flags.values['sig-proxy'] !== false && !spec.tty;
  const session = attachUntilExit(inv, id, sigProxy);
  const started = engine.start(id);
  if (!started.ok) {
    session.detach();
    return daemonFailure(inv, started.error, image);
  }
  const stop = { done: false };
  if (spec.attachStdin) void pumpStdin(inv, id, stop);
  const code = await session.exit;
  stop.done = true;
  return code;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash']);

/** `run -it IMAGE sh|bash` (or an image whose command is a shell): PID 1 is an interactive shell. */
/**
 * The argv of the interactive shell PID 1 becomes, if it is one: the shell itself, or the shell an official
 * image's `docker-entrypoint.sh` execs (nginx's and redis's run `exec "$@"` for a command that is not theirs).
 */
function shellSessionArgv(inv: Invocation, id: string): string[] | undefined {
  const c = inv.engine.state.containers[id];
  if (!c) return undefined;
  const base = (p: string) => p.split('/').pop() ?? '';
  const viaEntrypoint =
    base(c.path) === 'docker-entrypoint.sh' && SHELLS.has(base(c.args[0] ?? ''));
  const argv = viaEntrypoint ? c.args : [c.path, ...c.args];
  const [prog = '', ...rest] = argv;
  const isShell =
    SHELLS.has(base(prog)) && rest.every((a) => /^-[il]+$/.test(a) || a === '--login');
  return isShell ? argv : undefined;
}

function isShellSession(inv: Invocation, id: string): boolean {
  return shellSessionArgv(inv, id) !== undefined;
}

/** Starts the container and drives its PID 1 from the machine's container shell until `exit`. */
async function interactiveShell(inv: Invocation, id: string, image: string): Promise<number> {
  const { engine, ctx, out } = inv;
  const started = engine.start(id);
  if (!started.ok) return daemonFailure(inv, started.error, image);
  const c = engine.state.containers[id];
  if (!c || !ctx.containerShell) return 1;
  engine.fs.adoptMain(id);
  const proc = ctx.containerShell(
    {
      containerId: id,
      argv: shellSessionArgv(inv, id) ?? [c.path, ...c.args],
      env: processEnv(c.config.env, c.config.hostname, [], true, c.config.user),
      workdir: '',
      user: c.config.user,
      tty: true,
      interactive: true,
      role: 'main',
    },
    ctx,
  );
  for await (const chunk of proc.output) out[chunk.stream](chunk.data);
  const code = await proc.exitCode;
  if (code === -1) {
    // Ctrl-P Ctrl-Q: the client detaches, the shell keeps running.
    out.stderr('\r\nread escape sequence\n');
    return 1;
  }
  engine.fs.exitMain(id, code);
  return engine.state.containers[id]?.state.exitCode ?? code;
}

export const command: CommandSpec = {
  path: ['container', 'run'],
  aliases: [['run']],
  use: useOf('run'),
  flags: runFlags('run'),
  args: { min: 1 },
  stopAtFirstArg: true,
  run,
};
