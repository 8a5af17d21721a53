// `wget` and `curl` inside containers (a late part of the engine: see late.ts), registered as utilities.
import type { Container, EngineState, FsEntry } from '../types.ts';
import { notify, type Core } from '../core.ts';
import { registerUtility, type UtilityResult } from '../programs/utilities.ts';
import { containerFs } from '../fs/layered.ts';
import { normalizePath } from '../fs.ts';
import { exchange, type HttpRequest, type Origin } from './http.ts';
import { IMAGE_CURL, runCurl } from './curl-client.ts';
import { runWget } from './wget-client.ts';
import { coreOfState, type ToolResult } from './ops.ts';

function toolFsIO(core: Core, c: Container, cwd: string) {
  const abs = (p: string) =>
    normalizePath(p.startsWith('/') ? p : `${cwd.replace(/\/$/, '')}/${p}`);
  return {
    exists: (path: string) => containerFs(core.state, c).get(abs(path)) !== undefined,
    writeFile: (path: string, content: string) => {
      try {
        const entry: FsEntry = {
          kind: 'file',
          content,
          mode: 0o644,
          uid: 0,
          gid: 0,
          mtime: core.state.now,
        };
        containerFs(core.state, c).put(abs(path), entry);
        return true;
      } catch {
        return false;
      }
    },
  };
}

export function runToolIn(core: Core, c: Container, argv: string[], cwd: string): ToolResult {
  const name = (argv[0] ?? '').split('/').pop() ?? '';
  const origin: Origin = { kind: 'container', id: c.id };
  const fsIO = toolFsIO(core, c, cwd);
  const ex = (req: HttpRequest) => exchange(core, origin, req);
  let r: ToolResult;
  if (name === 'wget') r = runWget(argv.slice(1), { exchange: ex, ...fsIO });
  else if (name === 'curl') {
    const res = runCurl(argv.slice(1), {
      flavour: IMAGE_CURL,
      stdoutIsTTY: c.config.tty,
      exchange: ex,
      writeFile: fsIO.writeFile,
    });
    r = { stdout: res.stdout, stderr: res.stderr, exitCode: res.exitCode };
  } else r = { stdout: '', stderr: `${name}: not found\n`, exitCode: 127 };
  notify(core);
  return r;
}

function utility(name: string) {
  return (state: EngineState, c: Container, args: string[], cwd: string): UtilityResult => {
    const core = coreOfState(state);
    if (!core) return { stdout: '', stderr: `${name}: network unavailable\n`, status: 1 };
    const r = runToolIn(core, c, [name, ...args], cwd);
    return { stdout: r.stdout, stderr: r.stderr, status: r.exitCode };
  };
}
registerUtility('wget', utility('wget'));
registerUtility('curl', utility('curl'));
