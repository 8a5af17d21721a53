// curl's command line over the emulated network: options, output (-i -I -o -w -v), errors and exit codes.
import type { HttpFailure, HttpOutcome, HttpRequest, HttpResponse } from './http.ts';

/** Which curl: the host's (Debian 12) or the one inside the nginx image (Debian 13). */
export interface CurlFlavour {
  version: string;
  /** "Couldn't connect to server" (7.x) or "Could not connect to server" (8.x). */
  connectText: string;
  tlsText: string;
}

export const HOST_CURL: CurlFlavour = {
  version: '7.88.1',
  connectText: "Couldn't connect to server",
  tlsText: 'OpenSSL/3.0.17: error:0A00010B:SSL routines::wrong version number',
};

export const IMAGE_CURL: CurlFlavour = {
  version: '8.14.1',
  connectText: 'Could not connect to server',
  tlsText: 'TLS connect error: error:0A00010B:SSL routines::wrong version number',
};

export interface CurlIO {
  flavour: CurlFlavour;
  stdoutIsTTY: boolean;
  exchange(req: HttpRequest): HttpOutcome | undefined;
  /** Writes a file for -o/-O; returns false when it cannot be written. */
  writeFile(path: string, content: string): boolean;
}

export interface CurlResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Virtual ms spent before the result (a --max-time that ran out); null: it would wait forever. */
  waitMs?: number | null;
}

interface Options {
  urls: string[];
  silent: boolean;
  showError: boolean;
  include: boolean;
  head: boolean;
  output?: string;
  remoteName: boolean;
  writeOut?: string;
  method?: string;
  headers: [string, string][];
  location: boolean;
  fail: boolean;
  verbose: boolean;
  maxTime?: number;
  connectTimeout?: number;
  data?: string;
  userAgent?: string;
}

const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";

const HELP = `Usage: curl [options...] <url>
 -d, --data <data>          HTTP POST data
 -f, --fail                 Fail fast with no output on HTTP errors
 -h, --help <category>      Get help for commands
 -i, --include              Include protocol response headers in the output
 -o, --output <file>        Write to file instead of stdout
 -O, --remote-name          Write output to a file named as the remote file
 -s, --silent               Silent mode
 -T, --upload-file <file>   Transfer local FILE to destination
 -u, --user <user:password> Server user and password
 -A, --user-agent <name>    Send User-Agent <name> to server
 -v, --verbose              Make the operation more talkative
 -V, --version              Show version number and quit

This is not the full help, this menu is stripped into categories.
Use "--help category" to get an overview of all categories.
For all options use the manual or "--help all".
`;

const SHORT_WITH_VALUE: Record<string, string> = {
  o: 'output',
  w: 'write-out',
  X: 'request',
  H: 'header',
  m: 'max-time',
  d: 'data',
  A: 'user-agent',
  e: 'referer',
  u: 'user',
  b: 'cookie',
};
const SHORT_BOOL: Record<string, string> = {
  s: 'silent',
  S: 'show-error',
  i: 'include',
  I: 'head',
  O: 'remote-name',
  L: 'location',
  f: 'fail',
  v: 'verbose',
  k: 'insecure',
  4: 'ipv4',
  6: 'ipv6',
  h: 'help',
  V: 'version',
  N: 'no-buffer',
};
const LONG_WITH_VALUE = new Set([
  'output',
  'write-out',
  'request',
  'header',
  'max-time',
  'connect-timeout',
  'data',
  'data-raw',
  'data-ascii',
  'user-agent',
  'referer',
  'user',
  'cookie',
  'json',
]);
const LONG_BOOL = new Set([
  'silent',
  'show-error',
  'include',
  'head',
  'remote-name',
  'location',
  'fail',
  'verbose',
  'insecure',
  'ipv4',
  'ipv6',
  'help',
  'version',
  'no-buffer',
  'compressed',
  'http1.1',
  'no-progress-meter',
]);
/** Real curl options that need what the emulator does not have (uploads, proxies, cookie jars). */
const NOT_SIMULATED = new Set([
  'upload-file',
  'form',
  'proxy',
  'cookie-jar',
  'data-binary',
  'data-urlencode',
  'cacert',
  'cert',
  'resolve',
  'unix-socket',
]);

type Parsed = { ok: true; opts: Options } | { ok: false; result: CurlResult };

function basicAuth(userPass: string): string {
  const table = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const bytes = Array.from(userPass, (ch) => ch.charCodeAt(0) & 255);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += table[(n >> 18) & 63];
    out += table[(n >> 12) & 63];
    out += i + 1 < bytes.length ? table[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? table[n & 63] : '=';
  }
  return out;
}

function parseArgs(argv: readonly string[], flavour: CurlFlavour): Parsed {
  const o: Options = {
    urls: [],
    silent: false,
    showError: false,
    include: false,
    head: false,
    remoteName: false,
    headers: [],
    location: false,
    fail: false,
    verbose: false,
  };
  const usage = (text: string, code = 2): Parsed => ({
    ok: false,
    result: { stdout: '', stderr: text, exitCode: code },
  });
  const apply = (name: string, value: string | undefined): Parsed | undefined => {
    switch (name) {
      case 'silent':
        o.silent = true;
        break;
      case 'no-progress-meter':
        break;
      case 'show-error':
        o.showError = true;
        break;
      case 'include':
        o.include = true;
        break;
      case 'head':
        o.head = true;
        break;
      case 'remote-name':
        o.remoteName = true;
        break;
      case 'location':
        o.location = true;
        break;
      case 'fail':
        o.fail = true;
        break;
      case 'verbose':
        o.verbose = true;
        break;
      case 'help':
        return { ok: false, result: { stdout: HELP, stderr: '', exitCode: 0 } };
      case 'version':
        return {
          ok: false,
          result: {
            stdout: `curl ${flavour.version} (x86_64-pc-linux-gnu) libcurl/${flavour.version}\nProtocols: http https\nFeatures: IPv6 Largefile SSL\n`,
            stderr: '',
            exitCode: 0,
          },
        };
      case 'output':
        o.output = value;
        break;
      case 'write-out':
        o.writeOut = value;
        break;
      case 'request':
        o.method = value;
        break;
      case 'header': {
        const v = value ?? '';
        const i = v.indexOf(':');
        if (i > 0) o.headers.push([v.slice(0, i).trim(), v.slice(i + 1).trim()]);
        break;
      }
      case 'referer':
        o.headers.push(['Referer', value ?? '']);
        break;
      case 'cookie':
        o.headers.push(['Cookie', value ?? '']);
        break;
      case 'user':
        o.headers.push(['Authorization', `Basic ${basicAuth(value ?? '')}`]);
        break;
      case 'user-agent':
        o.userAgent = value;
        break;
      case 'data':
      case 'data-raw':
      case 'data-ascii':
        o.data = o.data === undefined ? (value ?? '') : `${o.data}&${value ?? ''}`;
        break;
      case 'json':
        o.data = value ?? '';
        o.headers.push(['Content-Type', 'application/json'], ['Accept', 'application/json']);
        break;
      case 'max-time':
      case 'connect-timeout': {
        const n = Number(value);
        if (!Number.isFinite(n) || value === '' || n < 0) {
          return usage(`curl: option --${name}: expected a proper numerical parameter\n${TRY}`);
        }
        if (name === 'max-time') o.maxTime = n;
        else o.connectTimeout = n;
        break;
      }
      default:
        break;
    }
    return undefined;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith('--') && a.length > 2) {
      const name = a.slice(2);
      if (NOT_SIMULATED.has(name)) {
        return usage(`curl : l’option --${name} n’est pas simulée dans ce cours.\n`);
      }
      if (LONG_WITH_VALUE.has(name)) {
        const v = argv[i + 1];
        if (v === undefined) return usage(`curl: option ${a}: requires parameter\n${TRY}`);
        i++;
        const r = apply(name, v);
        if (r) return r;
      } else if (LONG_BOOL.has(name)) {
        const r = apply(name, undefined);
        if (r) return r;
      } else return usage(`curl: option ${a}: is unknown\n${TRY}`);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const ch = a[j] as string;
        const withValue = SHORT_WITH_VALUE[ch];
        if (withValue) {
          let v = a.slice(j + 1);
          if (v === '') {
            const next = argv[i + 1];
            if (next === undefined) return usage(`curl: option -${ch}: requires parameter\n${TRY}`);
            v = next;
            i++;
          }
          const r = apply(withValue, v);
          if (r) return r;
          break;
        }
        const flag = SHORT_BOOL[ch];
        if (!flag) {
          if ('TFxc'.includes(ch))
            return usage(`curl : l’option -${ch} n’est pas simulée dans ce cours.\n`);
          return usage(`curl: option -${a.slice(j)}: is unknown\n${TRY}`);
        }
        const r = apply(flag, undefined);
        if (r) return r;
      }
      continue;
    }
    o.urls.push(a);
  }
  if (o.urls.length === 0) return usage(`curl: no URL specified!\n${TRY}`);
  return { ok: true, opts: o };
}

function failureText(
  f: HttpFailure,
  host: string,
  port: number,
  flavour: CurlFlavour,
  o: Options,
): { code: number; text: string } {
  switch (f) {
    case 'resolve':
      return { code: 6, text: `Could not resolve host: ${host}` };
    case 'refused':
      return {
        code: 7,
        text: `Failed to connect to ${host} port ${port} after 0 ms: ${flavour.connectText}`,
      };
    case 'reset':
      return { code: 56, text: 'Recv failure: Connection reset by peer' };
    case 'empty':
      return { code: 52, text: 'Empty reply from server' };
    case 'tls':
      return { code: 35, text: flavour.tlsText };
    case 'connect-timeout': {
      const limit = o.connectTimeout ?? o.maxTime;
      if (limit !== undefined)
        return {
          code: 28,
          text: `Connection timed out after ${Math.round(limit * 1000) + 1} milliseconds`,
        };
      return {
        code: 28,
        text: `Failed to connect to ${host} port ${port} after 129991 ms: ${flavour.connectText}`,
      };
    }
    case 'no-reply':
      return {
        code: 28,
        text: `Operation timed out after ${Math.round((o.maxTime ?? 0) * 1000) + 1} milliseconds with 0 bytes received`,
      };
  }
}

function headerBlock(r: HttpResponse): string {
  return `HTTP/1.1 ${r.status} ${r.reason}\r\n${r.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
}

function speed(bytes: number): string {
  if (bytes === 0) return '0';
  const perSecond = bytes * 1000;
  if (perSecond < 100_000) return String(perSecond);
  const k = perSecond / 1024;
  if (k < 10_000) return `${Math.floor(k)}k`;
  return `${Math.floor(k / 1024)}M`;
}

const PROGRESS_HEAD =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
  '                                 Dload  Upload   Total   Spent    Left  Speed\n';

function progressLine(total: number): string {
  const pct = total > 0 ? '100' : '  0';
  const size = String(total).padStart(5);
  const s = speed(total).padStart(6);
  return `${pct} ${size}  ${pct} ${size}    0     0 ${s}      0 --:--:-- --:--:-- --:--:-- ${s}`;
}
const ZERO_LINE = '  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0';

/** %{var} and \n, \t, \r of --write-out. */
function writeOut(fmt: string, vars: Record<string, string>): string {
  return fmt
    .replace(/%\{([a-z_]+)\}/g, (m, name: string) => vars[name] ?? '')
    .replace(/\\([ntr\\])/g, (_, c: string) =>
      c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : '\\',
    );
}

function remoteFileName(url: string): string {
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '';
  return path.slice(path.lastIndexOf('/') + 1);
}

export function runCurl(argv: readonly string[], io: CurlIO): CurlResult {
  const parsed = parseArgs(argv, io.flavour);
  if (!parsed.ok) return parsed.result;
  const o = parsed.opts;
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  let waitMs: number | null | undefined;
  const quietErrors = o.silent && !o.showError;
  const toFile = (o.output !== undefined && o.output !== '-') || o.remoteName;
  const meter = !o.silent && !o.verbose && (toFile || !io.stdoutIsTTY);
  const method = o.method ?? (o.head ? 'HEAD' : o.data !== undefined ? 'POST' : 'GET');
  for (const first of o.urls) {
    let url = first;
    let redirects = 0;
    let outcome: HttpOutcome | undefined;
    for (;;) {
      const headers: [string, string][] = [...o.headers];
      if (o.data !== undefined) {
        if (!headers.some(([k]) => k.toLowerCase() === 'content-type'))
          headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
        headers.push(['Content-Length', String(o.data.length)]);
      }
      const userAgent = o.userAgent ?? `curl/${io.flavour.version}`;
      outcome = io.exchange({ method, url, headers, body: o.data ?? '', userAgent });
      if (!outcome) {
        if (meter) stderr += PROGRESS_HEAD + `\r${ZERO_LINE}\n`;
        if (!quietErrors) stderr += `curl: (3) URL rejected: Malformed input to a URL function\n`;
        exitCode = 3;
        break;
      }
      const u = outcome.url;
      if (o.verbose) {
        const ip = outcome.ip ?? '';
        if (!(outcome.ok === false && outcome.failure === 'resolve')) {
          stderr += `*   Trying ${ip}:${u.port}...\n`;
        }
        if (
          outcome.ok ||
          outcome.failure === 'reset' ||
          outcome.failure === 'empty' ||
          outcome.failure === 'no-reply'
        ) {
          stderr += `* Connected to ${u.host} (${ip}) port ${u.port} (#0)\n`;
          stderr += `> ${method} ${u.target} HTTP/1.1\r\n> Host: ${u.hostHeader}\r\n> User-Agent: ${userAgent}\r\n> Accept: */*\r\n`;
          for (const [k, v] of headers) stderr += `> ${k}: ${v}\r\n`;
          stderr += '> \r\n';
        }
      }
      if (!outcome.ok) {
        const f = failureText(outcome.failure, u.host, u.port, io.flavour, o);
        if (outcome.failure === 'no-reply' || outcome.failure === 'connect-timeout') {
          const limit =
            outcome.failure === 'connect-timeout' ? (o.connectTimeout ?? o.maxTime) : o.maxTime;
          waitMs =
            limit !== undefined
              ? Math.round(limit * 1000)
              : outcome.failure === 'no-reply'
                ? null
                : 129_991;
        }
        if (meter) stderr += PROGRESS_HEAD + `\r${ZERO_LINE}\n`;
        if (o.verbose) stderr += `* Closing connection 0\n`;
        if (!quietErrors) stderr += `curl: (${f.code}) ${f.text}\n`;
        exitCode = f.code;
        // --write-out is written after a failed transfer too, with no response (curl's 000).
        if (o.writeOut !== undefined)
          stdout += writeOut(o.writeOut, {
            http_code: '000',
            response_code: '000',
            size_download: '0',
            size_header: '0',
            url_effective: url,
            remote_ip: outcome.failure === 'resolve' ? '' : (outcome.ip ?? ''),
            remote_port: outcome.failure === 'resolve' ? '' : String(u.port),
            num_redirects: String(redirects),
            method,
            exitcode: String(f.code),
          });
        break;
      }
      const r = outcome.response;
      if (o.verbose) {
        stderr += `< HTTP/1.1 ${r.status} ${r.reason}\r\n`;
        for (const [k, v] of r.headers) stderr += `< ${k}: ${v}\r\n`;
        stderr += '< \r\n';
      }
      const location = r.headers.find(([k]) => k.toLowerCase() === 'location')?.[1];
      if (o.location && location && r.status >= 300 && r.status < 400 && redirects < 50) {
        if (o.include || o.head) stdout += headerBlock(r);
        redirects++;
        url = location;
        continue;
      }
      if (o.fail && r.status >= 400) {
        if (meter) stderr += PROGRESS_HEAD + `\r${ZERO_LINE}\n`;
        if (!quietErrors) stderr += `curl: (22) The requested URL returned error: ${r.status}\n`;
        exitCode = 22;
        break;
      }
      const body = (o.include || o.head ? headerBlock(r) : '') + (o.head ? '' : r.body);
      if (meter) stderr += PROGRESS_HEAD + `\r${ZERO_LINE}\r${progressLine(r.body.length)}\n`;
      if (toFile) {
        const name =
          o.remoteName && o.output === undefined ? remoteFileName(url) : (o.output ?? '');
        if (name === '') {
          if (!quietErrors) stderr += 'curl: Remote file name has no length!\n';
          exitCode = 23;
          break;
        }
        if (name !== '/dev/null' && !io.writeFile(name, body)) {
          if (!quietErrors) stderr += `curl: (23) Failure writing output to destination\n`;
          exitCode = 23;
          break;
        }
      } else stdout += body;
      if (o.verbose) stderr += `* Connection #0 to host ${u.host} left intact\n`;
      if (o.writeOut !== undefined) {
        stdout += writeOut(o.writeOut, {
          http_code: String(r.status),
          response_code: String(r.status),
          size_download: String(o.head ? 0 : r.body.length),
          size_header: String(headerBlock(r).length),
          content_type: r.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '',
          url_effective: url,
          remote_ip: outcome.ip,
          remote_port: String(u.port),
          http_version: '1.1',
          method,
          num_redirects: String(redirects),
          time_total: '0.001000',
          time_connect: '0.000300',
          time_starttransfer: '0.000900',
          exitcode: '0',
        });
      }
      break;
    }
    if (exitCode !== 0) break;
  }
  return { stdout, stderr, exitCode, ...(waitMs !== undefined ? { waitMs } : {}) };
}
