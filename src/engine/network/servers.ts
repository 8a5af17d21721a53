// What a container's main program does with a TCP connection: nginx serves files (access log, error log), redis hangs up.
import type { Container, EngineState, FsEntry } from '../types.ts';
import type { Core } from '../core.ts';
import { writeOutput } from '../containers/lifecycle.ts';
import { containerFs } from '../fs/layered.ts';
import { envLookup } from '../programs/utilities.ts';
import { nginxAccessTime, nginxErrorTime, redisTime } from '../time.ts';
import { utf8Length } from '../utf8.ts';
import { httpDate } from './http-date.ts';
import type { HttpResponse } from './http.ts';

export interface ServerRequest {
  method: string;
  target: string;
  hostHeader: string;
  headers: [string, string][];
  body: string;
  userAgent: string;
  clientIp: string;
}

export interface Server {
  /** TCP ports the program listens on inside the container. */
  ports: number[];
  /** The response, or undefined when the server closes without answering. */
  handle(core: Core, c: Container, req: ServerRequest): HttpResponse | undefined;
}

/** The listening program of a running container, from its main process. */
export function serverFor(state: EngineState, c: Container): Server | undefined {
  const main = c.processes[0];
  if (!main) return undefined;
  if (main.program.kind === 'nginx') return nginxServer(state, c);
  if (main.program.kind === 'redis-server') return redisServer(main.argv);
  return undefined;
}

// ---------------------------------------------------------------- nginx

const CONF_DIR = '/etc/nginx/conf.d';

function readFile(
  state: EngineState,
  c: Container,
  path: string,
): { path: string; entry: FsEntry } | undefined {
  const hit = containerFs(state, c).get(path);
  return hit ? { path: hit.path, entry: hit.entry } : undefined;
}

/** The server blocks' settings nginx would load: listen ports, root, index files (first server wins). */
function nginxSettings(
  state: EngineState,
  c: Container,
): { ports: number[]; root: string; index: string[] } {
  const fs = containerFs(state, c);
  let conf = '';
  const dir = fs.get(CONF_DIR);
  if (dir && (dir.entry.kind === 'dir' || dir.entry.kind === 'opaque')) {
    for (const name of fs.list(dir.path)) {
      if (!name.endsWith('.conf')) continue;
      const f = fs.get(`${dir.path}/${name}`);
      if (f && f.entry.kind === 'file') conf += `${f.entry.content}\n`;
    }
  }
  const live = conf.replace(/#[^\n]*/g, '');
  const ports = new Set<number>();
  for (const m of live.matchAll(/\blisten\s+([^;]+);/g)) {
    const spec = (m[1] ?? '').trim().split(/\s+/)[0] ?? '';
    if (spec.startsWith('[')) continue;
    const port = /(?:^|:)(\d+)$/.exec(spec)?.[1];
    if (port) ports.add(Number(port));
  }
  const root = /\broot\s+([^;\s]+)\s*;/.exec(live)?.[1] ?? '/usr/share/nginx/html';
  const indexMatch = /\bindex\s+([^;]+);/.exec(live)?.[1];
  return {
    ports: ports.size > 0 || conf !== '' ? [...ports] : [80],
    root: root.replace(/\/$/, ''),
    index: indexMatch ? indexMatch.trim().split(/\s+/) : ['index.html'],
  };
}

const MIME: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  shtml: 'text/html',
  css: 'text/css',
  xml: 'text/xml',
  gif: 'image/gif',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  js: 'application/javascript',
  json: 'application/json',
  txt: 'text/plain',
  png: 'image/png',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  webp: 'image/webp',
  pdf: 'application/pdf',
  md: 'application/octet-stream',
};

const REASONS: Record<number, string> = {
  200: 'OK',
  301: 'Moved Permanently',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Not Allowed',
};

/** nginx's built-in error page (CRLF line ends, as ngx_http_special_response.c writes them). */
function errorPage(status: number, version: string): string {
  const title = `${status} ${REASONS[status] ?? ''}`;
  return (
    `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n` +
    `<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`
  );
}

function decodePath(target: string): string | undefined {
  const path = target.split('?')[0] ?? '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const out: string[] = [];
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(seg);
  }
  return `/${out.join('/')}${decoded.endsWith('/') && out.length > 0 ? '/' : ''}`;
}

function nginxServer(state: EngineState, c: Container): Server {
  const settings = nginxSettings(state, c);
  return {
    ports: settings.ports,
    handle(core, target, req) {
      const now = core.state.now;
      const version = envLookup(target, 'NGINX_VERSION') ?? '1.29.3';
      const data = (target.processes[0]?.program.data ?? {}) as { workers?: number[] };
      const worker = data.workers?.[0] ?? 29;
      const connection = countRequests(target, now);
      const requestLine = `${req.method} ${req.target} HTTP/1.1`;
      const base = (): [string, string][] => [
        ['Server', `nginx/${version}`],
        ['Date', httpDate(now)],
      ];
      const error = (status: number, extra: [string, string][] = []): HttpResponse => {
        const body = errorPage(status, version);
        return {
          status,
          reason: REASONS[status] ?? '',
          headers: [
            ...base(),
            ['Content-Type', 'text/html'],
            ['Content-Length', String(utf8Length(body))],
            ...extra,
            ['Connection', 'keep-alive'],
          ],
          body,
        };
      };
      const errorLog = (text: string) =>
        writeOutput(
          core,
          target,
          'stderr',
          `${nginxErrorTime(now)} [error] ${worker}#${worker}: *${connection} ${text}, client: ${req.clientIp}, server: localhost, request: "${requestLine}", host: "${req.hostHeader}"\n`,
        );
      let response: HttpResponse;
      const path = decodePath(req.target);
      const isHead = req.method === 'HEAD';
      if (path === undefined) response = error(400);
      else if (req.method !== 'GET' && req.method !== 'HEAD') response = error(405);
      else {
        const fsPath = `${settings.root}${path === '/' ? '/' : path}`;
        const hit = readFile(core.state, target, fsPath.replace(/\/$/, '') || '/');
        let file: { path: string; entry: FsEntry } | undefined;
        if (hit && (hit.entry.kind === 'dir' || hit.entry.kind === 'opaque')) {
          if (!path.endsWith('/')) {
            const host = req.hostHeader.replace(/:\d+$/, '');
            response = error(301, [['Location', `http://${host}${path}/`]]);
            return finish(response);
          }
          for (const name of settings.index) {
            const f = readFile(core.state, target, `${hit.path === '/' ? '' : hit.path}/${name}`);
            if (f && f.entry.kind === 'file') {
              file = f;
              break;
            }
          }
          if (!file) {
            errorLog(`directory index of "${fsPath}" is forbidden`);
            return finish(error(403));
          }
        } else if (hit && hit.entry.kind === 'file' && !path.endsWith('/')) file = hit;
        if (!file) {
          errorLog(`open() "${fsPath}" failed (2: No such file or directory)`);
          return finish(error(404));
        }
        const entry = file.entry as Extract<FsEntry, { kind: 'file' }>;
        const ext = /\.([A-Za-z0-9]+)$/.exec(file.path)?.[1]?.toLowerCase() ?? '';
        const length = utf8Length(entry.content);
        const mtimeS = Math.floor(entry.mtime / 1000);
        response = {
          status: 200,
          reason: 'OK',
          headers: [
            ...base(),
            ['Content-Type', MIME[ext] ?? 'application/octet-stream'],
            ['Content-Length', String(length)],
            ['Last-Modified', httpDate(entry.mtime)],
            ['Connection', 'keep-alive'],
            ['ETag', `"${mtimeS.toString(16)}-${length.toString(16)}"`],
            ['Accept-Ranges', 'bytes'],
          ],
          body: entry.content,
        };
      }
      return finish(response);

      function finish(r: HttpResponse): HttpResponse {
        const sent = isHead ? 0 : utf8Length(r.body);
        const referer = req.headers.find(([k]) => k.toLowerCase() === 'referer')?.[1] ?? '-';
        const forwarded =
          req.headers.find(([k]) => k.toLowerCase() === 'x-forwarded-for')?.[1] ?? '-';
        writeOutput(
          core,
          target,
          'stdout',
          `${req.clientIp} - - [${nginxAccessTime(now)}] "${requestLine}" ${r.status} ${sent} "${referer}" "${req.userAgent || '-'}" "${forwarded}"\n`,
        );
        return isHead ? { ...r, body: '' } : r;
      }
    },
  };
}

/** Connection serial numbers nginx gives in error logs (*N): one connection per request here. */
function countRequests(c: Container, now: number): number {
  const u = (c.usage ??= { rxBytes: 0, txBytes: 0, extraMemory: 0, cpuDemand: 0, since: now });
  u.requests = (u.requests ?? 0) + 1;
  return u.requests;
}

// ---------------------------------------------------------------- redis

function redisServer(argv: string[]): Server {
  const i = argv.indexOf('--port');
  const port = i >= 0 ? Number(argv[i + 1]) : 6379;
  return {
    ports: [Number.isFinite(port) ? port : 6379],
    handle(core, target) {
      // Redis drops HTTP requests as a cross-protocol attack, with this warning in its log.
      writeOutput(
        core,
        target,
        'stdout',
        `1:M ${redisTime(core.state.now)} # Possible SECURITY ATTACK detected. It looks like somebody is sending POST or Host: commands to Redis. This is likely due to an attacker attempting to use Cross Protocol Scripting to compromise your Redis instance. Connection aborted.\n`,
      );
      return undefined;
    },
  };
}
