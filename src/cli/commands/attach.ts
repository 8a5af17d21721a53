// `docker attach` / `docker container attach`: the container's streams live, the keyboard to its stdin,
// Ctrl-P Ctrl-Q (or --detach-keys) to leave it running ("read escape sequence", exit 1).
import type { CommandSpec, Invocation } from '../command.ts';
import { renderError } from '../render-error.ts';
import { flagsOf, useOf } from './spec-helpers.ts';
import { attachUntilExit } from './run.ts';

/** Docker's --detach-keys syntax: "ctrl-p,ctrl-q", "ctrl-a,x"… as the bytes they send. */
export function parseDetachKeys(spec: string): string | undefined {
  let out = '';
  for (const key of spec.split(',')) {
    const k = key.trim().toLowerCase();
    if (/^ctrl-[a-z@[\\\]^_]$/.test(k)) out += String.fromCharCode((k.charCodeAt(5) & 0x1f) >>> 0);
    else if (k.length === 1) out += k;
    else return undefined;
  }
  return out || undefined;
}

async function run(inv: Invocation): Promise<number> {
  const { engine, out, ctx } = inv;
  const ref = inv.args[0] ?? '';
  const found = engine.findContainer(ref);
  if (!found.ok) {
    out.stderr(`${renderError(found.error)}\n`);
    return 1;
  }
  const c = found.value;
  const status = c.state.status;
  const refusal =
    status === 'paused'
      ? 'You cannot attach to a paused container, unpause it first'
      : status === 'restarting'
        ? 'You cannot attach to a restarting container, wait until it is running'
        : status !== 'running'
          ? 'You cannot attach to a stopped container, start it first'
          : undefined;
  if (refusal) {
    out.stderr(`${refusal}\n`);
    return 1;
  }
  const useStdin = inv.flags.values['no-stdin'] !== true && c.config.openStdin;
  if (useStdin && c.config.tty && !ctx.stdinIsTTY) {
    out.stderr('the input device is not a TTY\n');
    return 1;
  }
  const keysSpec =
    typeof inv.flags.values['detach-keys'] === 'string'
      ? inv.flags.values['detach-keys']
      : 'ctrl-p,ctrl-q';
  const detachKeys = parseDetachKeys(keysSpec);
  if (detachKeys === undefined) {
    out.stderr(`Invalid detach keys (${keysSpec}) provided\n`);
    return 1;
  }
  const sigProxy = inv.flags.values['sig-proxy'] !== false && !c.config.tty;
  const session = attachUntilExit(inv, c.id, sigProxy);
  const raw = useStdin && c.config.tty && ctx.setRawMode !== undefined;
  if (raw) ctx.setRawMode?.(true);
  let detached = false;
  const detach = new Promise<number>((resolve) => {
    if (!useStdin) return;
    void (async () => {
      let pending = '';
      for (;;) {
        const chunk = await ctx.stdin.read();
        if (detached || engine.state.containers[c.id]?.state.status !== 'running') return;
        if (chunk === null) {
          // End of input: a non-TTY client closes the container's stdin, as docker attach does.
          if (!c.config.tty) engine.closeStdin(c.id);
          return;
        }
        let data = pending + chunk;
        pending = '';
        if (c.config.tty) {
          const at = data.indexOf(detachKeys);
          if (at >= 0) {
            if (at > 0) engine.writeStdin(c.id, data.slice(0, at));
            detached = true;
            resolve(1);
            return;
          }
          // Keep a trailing prefix of the detach sequence until the next key decides.
          for (let k = Math.min(detachKeys.length - 1, data.length); k > 0; k--) {
            if (detachKeys.startsWith(data.slice(-k))) {
              pending = data.slice(-k);
              data = data.slice(0, -k);
              break;
            }
          }
        }
        if (data) engine.writeStdin(c.id, data);
      }
    })();
  });
  const code = await Promise.race([session.exit, detach]);
  if (raw) ctx.setRawMode?.(false);
  if (detached) {
    session.detach();
    out.stderr('read escape sequence\n');
    return 1;
  }
  detached = true;
  return code;
}

export const command: CommandSpec = {
  path: ['container', 'attach'],
  aliases: [['attach']],
  use: useOf('attach'),
  flags: flagsOf('attach', 'all'),
  args: { min: 1, max: 1 },
  run,
};
