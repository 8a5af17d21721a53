// A healthcheck probe run by the shell interpreter (a late part of the engine: see late.ts).
import type { Container } from '../types.ts';
import type { Core } from '../core.ts';
import type { ProbeResult } from '../late.ts';
import { newShellState, runShell, type ShellIO } from '../programs/shell/vm.ts';
import { compileSource } from '../programs/shell/parse.ts';
import { ShellSyntaxError, syntaxErrorText, type Instr } from '../programs/shell/ast.ts';
import { containerFiles } from '../programs/container-files.ts';
import { processEnv, runUtility } from '../programs/utilities.ts';
import { commandKind } from '../programs/simulators/shell.ts';
import { resolveExecutable } from '../programs/registry.ts';

/** What a probe takes (an exec in the container), as measured on the reference engine. */
const PROBE_MS = 50;
const MAX_OUTPUT = 4096;

/** Runs the probe to its end on a private clock (its sleeps count against the timeout). */
export function runProbe(core: Core, c: Container, argv: string[], timeoutMs: number): ProbeResult {
  const start = core.state.now;
  const [cmd = ''] = argv;
  const found = resolveExecutable(core.state, c, cmd);
  if (!found.found) {
    const why =
      found.error.reason === 'not-found-in-path'
        ? 'executable file not found in $PATH'
        : found.error.reason === 'no-such-file'
          ? 'no such file or directory'
          : 'permission denied';
    return {
      exitCode: -1,
      output: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd}": ${why}: unknown`,
      durationMs: PROBE_MS,
    };
  }
  let code: Instr[];
  let argv0 = cmd;
  const base = cmd.split('/').pop() ?? '';
  let output = '';
  if (['sh', 'bash', 'dash', 'ash'].includes(base) && argv[1] === '-c') {
    try {
      code = compileSource(argv[2] ?? '');
    } catch (e) {
      if (e instanceof ShellSyntaxError)
        return {
          exitCode: 2,
          output: syntaxErrorText(base === 'bash' ? 'bash' : 'dash', cmd, e),
          durationMs: PROBE_MS,
        };
      return { exitCode: 0, output: '', durationMs: PROBE_MS };
    }
  } else {
    code = [
      {
        op: 'cmd',
        words: argv.map((a) => [{ t: 'lit', v: a, q: true }]),
        assigns: [],
        redirs: [],
        line: 1,
      },
    ];
    argv0 = 'sh';
  }
  let now = start;
  const io: ShellIO = {
    get now() {
      return now;
    },
    write: (_stream, text) => {
      output += text;
    },
    takeStdin: () => ({ data: '', closed: true }),
    files: containerFiles(core.state, c),
    lookupCommand: (name) => commandKind(core.state, c, name),
    utility: (name, args, cwd) => runUtility(core.state, c, name, args, cwd),
    notice: () => undefined,
    kernel: core.state.host.kernel ?? '6.8.0',
    hostname: c.config.hostname,
  };
  const img = core.state.images[c.imageId];
  const busybox = !!img?.layers.some((d) =>
    Object.prototype.hasOwnProperty.call(core.state.layers[d]?.files ?? {}, '/bin/busybox'),
  );
  const sh = newShellState({
    argv0,
    flavor: base === 'bash' ? 'bash' : busybox ? 'ash' : 'dash',
    mode: 'script',
    code,
    env: processEnv(c),
    cwd: c.config.workingDir || '/',
  });
  for (let i = 0; i < 10_000; i++) {
    const out = runShell(sh, io);
    if (out.k === 'exit')
      return {
        exitCode: out.code,
        output: output.slice(0, MAX_OUTPUT),
        durationMs: Math.max(PROBE_MS, now - start),
      };
    if (out.k === 'sleep') now = out.until;
    else if (out.k === 'yield') now += 10;
    else if (out.k === 'stdin') sh.inClosed = true;
    // `sleep infinity`: the probe runs out of time.
    else if (out.k === 'block') break;
    else return { exitCode: 0, output: output.slice(0, MAX_OUTPUT), durationMs: PROBE_MS };
    if (now - start >= timeoutMs) break;
  }
  return {
    exitCode: -1,
    output: `Health check exceeded timeout (${Math.round(timeoutMs / 1000)}s)`,
    durationMs: timeoutMs,
  };
}
