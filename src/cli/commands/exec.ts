// `docker exec` / `docker container exec`: runs a command in a running container (-i -t -d -e -w -u).
import { execFailureReason } from '../../engine/containers/start-errors.ts';
import type { CommandSpec, Invocation } from '../command.ts';
import type { CliContext } from '../contract.ts';
import { renderError } from '../render-error.ts';
import { flagString, flagStrings } from '../views/flags.ts';
import { t } from '../../i18n/fr.ts';
import { flagsOf, useOf } from './spec-helpers.ts';

/** The process environment: PATH, HOSTNAME, (TERM), the container's, `-e`/`--env-file`, then HOME. */
export function processEnv(
  containerEnv: readonly string[],
  hostname: string,
  extra: readonly string[],
  tty: boolean,
  user: string,
): string[] {
  const order: string[] = [];
  const values = new Map<string, string>();
  const set = (kv: string) => {
    const eq = kv.indexOf('=');
    const k = eq < 0 ? kv : kv.slice(0, eq);
    if (!values.has(k)) order.push(k);
    values.set(k, kv);
  };
  const path = containerEnv.find((e) => e.startsWith('PATH='));
  set(path ?? 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
  set(`HOSTNAME=${hostname}`);
  if (tty) set('TERM=xterm');
  for (const e of containerEnv) set(e);
  for (const e of extra) set(e);
  if (!values.has('HOME'))
    set(`HOME=${user === '' || user === 'root' || user === '0' ? '/root' : '/'}`);
  return order.map((k) => values.get(k) as string);
}

function envFromFlags(inv: Invocation): string[] {
  const out: string[] = [];
  for (const file of flagStrings(inv.flags, 'env-file')) {
    const e = inv.engine.state.host.files[file.startsWith('/') ? file : `${inv.ctx.cwd}/${file}`];
    if (e?.kind === 'file')
      for (const line of e.content.split('\n'))
        if (line.trim() !== '' && !line.trimStart().startsWith('#')) out.push(line.trimStart());
  }
  for (const e of flagStrings(inv.flags, 'env')) {
    if (e.includes('=')) out.push(e);
    else if (e in inv.ctx.env) out.push(`${e}=${inv.ctx.env[e]}`);
  }
  return out;
}

async function run(inv: Invocation): Promise<number> {
  const { engine, out, ctx } = inv;
  const [ref = '', ...argv] = inv.args;
  const found = engine.findContainer(ref);
  if (!found.ok) {
    out.stderr(`${renderError(found.error)}\n`);
    return 1;
  }
  const c = found.value;
  const detach = inv.flags.values.detach === true;
  const tty = inv.flags.values.tty === true;
  const interactive = inv.flags.values.interactive === true;
  if (!detach && tty && interactive && !ctx.stdinIsTTY) {
    out.stderr('the input device is not a TTY\n');
    return 1;
  }
  const cmd = argv[0] ?? '';
  const resolved = engine.fs.resolveCommand(c.id, cmd);
  const status = c.state.status;
  if (status === 'running' && resolved.ok && !resolved.value.found) {
    const e = resolved.value.error;
    out.stdout(
      `OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd}": ${execFailureReason(e)}\r\n`,
    );
    return e.exitCode;
  }
  const user = flagString(inv.flags, 'user') ?? '';
  // By the reference typed: the daemon's refusals quote it (`Container cycle is paused…`).
  const started = engine.fs.beginExec(ref, argv, {
    uid: user === '' || user === 'root' ? 0 : 1000,
    tty,
  });
  if (!started.ok) {
    out.stderr(`${renderError(started.error)}\n`);
    return 1;
  }
  const { execId } = started.value;
  const shell = ctx.containerShell;
  if (!shell) {
    engine.fs.endExec(c.id, execId, 1);
    out.stderr(`${t('cli.exec.unavailable')}\n`);
    return 1;
  }
  const req = {
    containerId: c.id,
    argv,
    env: processEnv(c.config.env, c.config.hostname, envFromFlags(inv), tty, user || c.config.user),
    workdir: flagString(inv.flags, 'workdir') ?? '',
    user,
    tty,
    interactive: interactive && !detach,
    role: 'exec' as const,
  };
  const childCtx: CliContext = detach
    ? {
        ...ctx,
        stdinIsTTY: false,
        stdoutIsTTY: false,
        setRawMode: undefined,
        stdin: { read: async () => null },
      }
    : ctx;
  const proc = shell(req, childCtx);
  const finish = (async () => {
    const chunks: string[] = [];
    for await (const chunk of proc.output) {
      if (!detach) out[chunk.stream](chunk.data);
      else chunks.push(chunk.data);
    }
    const code = await proc.exitCode;
    engine.fs.endExec(c.id, execId, code);
    if (code === -1) {
      out.stderr('\r\nread escape sequence\n');
      return 1;
    }
    return code;
  })();
  if (detach) {
    void finish;
    return 0;
  }
  return await finish;
}

export const command: CommandSpec = {
  path: ['container', 'exec'],
  aliases: [['exec']],
  use: useOf('exec'),
  flags: flagsOf('exec', [
    'detach',
    'env',
    'env-file',
    'interactive',
    'tty',
    'user',
    'workdir',
    'privileged',
  ]),
  args: { min: 2 },
  stopAtFirstArg: true,
  run,
};
