// The host's `curl` (Debian 12's 7.88.1) over the emulated engine: published ports, container IPs, curl's own errors.
import type { CliCommand, CliProcess, OutputChunk } from '../cli/contract.ts';
import { HOST_CURL, parseUrl, runCurl, type FsEntry } from '../engine/index.ts';

/** Host and port curl would connect to, with its defaults (http → 80, https → 443). */
export function curlTarget(url: string): { host: string; port: number } {
  const m = /^(?:([a-z]+):\/\/)?(\[[^\]]+\]|[^/:?#]+)(?::(\d+))?/i.exec(url);
  const scheme = (m?.[1] ?? 'http').toLowerCase();
  const host = m?.[2] ?? url;
  const port = m?.[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  return { host, port };
}

function absolute(cwd: string, path: string): string {
  const parts: string[] = [];
  for (const seg of (path.startsWith('/') ? path : `${cwd}/${path}`).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

export const curl: CliCommand = (argv, ctx): CliProcess => {
  const { engine } = ctx;
  const files = (engine.state?.host?.files ?? {}) as Record<string, FsEntry>;
  const result = runCurl(argv, {
    flavour: HOST_CURL,
    stdoutIsTTY: ctx.stdoutIsTTY,
    exchange: (req) => {
      if (engine.network) return engine.network.request({ kind: 'host' }, req);
      // An engine without networking (test doubles): nothing listens anywhere.
      const url = parseUrl(req.url);
      return url ? { ok: false, failure: 'refused', url } : undefined;
    },
    writeFile: (path, content) => {
      const abs = absolute(ctx.cwd, path);
      const parent = abs.slice(0, abs.lastIndexOf('/')) || '/';
      const dir = files[parent];
      if (parent !== '/' && (!dir || dir.kind !== 'dir')) return false;
      if (files[abs]?.kind === 'dir') return false;
      files[abs] = {
        kind: 'file',
        content,
        mode: 0o644,
        uid: 1000,
        gid: 1000,
        mtime: engine.now(),
      };
      engine.volumes?.hostChanged();
      return true;
    },
  });
  let code = result.exitCode;
  const output = (async function* (): AsyncGenerator<OutputChunk> {
    if (result.waitMs !== undefined) {
      // A request that never gets an answer: curl waits for --max-time, or until Ctrl-C.
      if (result.waitMs === null)
        await new Promise<void>((resolve) => {
          if (ctx.signal.aborted) resolve();
          else ctx.signal.addEventListener('abort', () => resolve(), { once: true });
        });
      else await engine.sleep(result.waitMs, ctx.signal);
      if (ctx.signal.aborted) {
        code = 130;
        return;
      }
    }
    if (result.stdout) yield { stream: 'stdout', data: result.stdout };
    if (result.stderr) yield { stream: 'stderr', data: result.stderr };
  })();
  let finish: (n: number) => void = () => undefined;
  const exitCode = new Promise<number>((resolve) => (finish = resolve));
  return {
    output: (async function* () {
      for await (const chunk of output) yield chunk;
      finish(code);
    })(),
    exitCode,
  };
};
