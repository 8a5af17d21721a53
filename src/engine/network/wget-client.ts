// BusyBox wget over the emulated network (busybox and alpine images): -q, -O, -S, -T, --spider, with its messages.
import type { HttpOutcome, HttpRequest } from './http.ts';

export interface WgetIO {
  exchange(req: HttpRequest): HttpOutcome | undefined;
  /** Whether a file exists (wget refuses to overwrite without -O). */
  exists(path: string): boolean;
  writeFile(path: string, content: string): boolean;
}

export interface WgetResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const USAGE = `BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.

Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]
	[--post-data STR | --post-file FILE] [-Y on/off]
	[-P DIR] [-U AGENT] [-T SEC] URL...

Retrieve files via HTTP or FTP

	--spider	Only check URL existence: $? is 0 if exists
	--header STR	Add STR (of form 'header: value') to headers
	--post-data STR	Send STR using POST method
	--post-file FILE	Send FILE using POST method
	-c		Continue retrieval of aborted transfer
	-q		Quiet
	-P DIR		Save to DIR (default .)
	-S    		Show server response
	-T SEC		Network read timeout is SEC seconds
	-O FILE		Save to FILE ('-' for stdout)
	-o LOGFILE	Log messages to FILE
	-U STR		Use STR for User-Agent header
	-Y on/off	Use proxy
`;

function progress(name: string, bytes: number): string {
  return `${name.padEnd(20).slice(0, 20)} 100% |${'*'.repeat(32)}| ${String(bytes).padStart(5)}  0:00:00 ETA\n`;
}

export function runWget(argv: readonly string[], io: WgetIO): WgetResult {
  let quiet = false;
  let showHeaders = false;
  let spider = false;
  let output: string | undefined;
  let dir = '';
  let userAgent = 'Wget';
  let postData: string | undefined;
  const headers: [string, string][] = [];
  const urls: string[] = [];
  const usage = (): WgetResult => ({ stdout: '', stderr: USAGE, exitCode: 1 });
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string | undefined => argv[++i];
    if (a === '--spider') spider = true;
    else if (a === '--header') {
      const v = value();
      if (v === undefined) return usage();
      const k = v.indexOf(':');
      if (k > 0) headers.push([v.slice(0, k).trim(), v.slice(k + 1).trim()]);
    } else if (a === '--post-data') {
      const v = value();
      if (v === undefined) return usage();
      postData = v;
    } else if (a.startsWith('--')) {
      return {
        stdout: '',
        stderr: `wget: unrecognized option '${a}'\n${USAGE}`,
        exitCode: 1,
      };
    } else if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const ch = a[j] as string;
        if (ch === 'q') quiet = true;
        else if (ch === 'S') showHeaders = true;
        else if (ch === 'c') continue;
        else if ('OPUTYo'.includes(ch)) {
          let v = a.slice(j + 1);
          if (v === '') {
            const next = value();
            if (next === undefined) return usage();
            v = next;
          }
          if (ch === 'O') output = v;
          else if (ch === 'P') dir = v;
          else if (ch === 'U') userAgent = v;
          break;
        } else {
          return { stdout: '', stderr: `wget: invalid option -- '${ch}'\n${USAGE}`, exitCode: 1 };
        }
      }
    } else urls.push(a);
  }
  if (urls.length === 0) return usage();
  let stdout = '';
  let stderr = '';
  for (const url of urls) {
    const outcome = io.exchange({
      method: postData !== undefined ? 'POST' : spider ? 'HEAD' : 'GET',
      url,
      headers:
        postData !== undefined
          ? [...headers, ['Content-Type', 'application/x-www-form-urlencoded']]
          : headers,
      body: postData ?? '',
      userAgent,
    });
    if (!outcome) return { stdout, stderr: stderr + `wget: bad address '${url}'\n`, exitCode: 1 };
    const u = outcome.url;
    if (!outcome.ok && outcome.failure === 'resolve')
      return { stdout, stderr: stderr + `wget: bad address '${u.host}'\n`, exitCode: 1 };
    if (!quiet)
      stderr += `Connecting to ${u.hostHeader.replace(/:\d+$/, '')} (${outcome.ip ?? u.host}:${u.port})\n`;
    if (!outcome.ok) {
      const why =
        outcome.failure === 'refused'
          ? `can't connect to remote host (${outcome.ip ?? u.host}): Connection refused`
          : outcome.failure === 'reset'
            ? 'error getting response: Connection reset by peer'
            : outcome.failure === 'empty'
              ? 'error getting response'
              : outcome.failure === 'tls'
                ? 'error getting response'
                : 'download timed out';
      return { stdout, stderr: stderr + `wget: ${why}\n`, exitCode: 1 };
    }
    const r = outcome.response;
    if (showHeaders) {
      stderr += `  HTTP/1.1 ${r.status} ${r.reason}\n`;
      for (const [k, v] of r.headers) stderr += `  ${k}: ${v}\n`;
    }
    if (r.status >= 400) {
      return {
        stdout,
        stderr: stderr + `wget: server returned error: HTTP/1.1 ${r.status} ${r.reason}\n`,
        exitCode: 1,
      };
    }
    if (spider) {
      if (!quiet) stderr += 'remote file exists\n';
      continue;
    }
    if (output === '-') {
      if (!quiet)
        stderr += 'writing to stdout\n' + progress('-', r.body.length) + 'written to stdout\n';
      stdout += r.body;
      continue;
    }
    const path = u.target.split('?')[0] ?? '/';
    const base = path.slice(path.lastIndexOf('/') + 1) || 'index.html';
    const name = output ?? (dir ? `${dir.replace(/\/$/, '')}/${base}` : base);
    if (output === undefined && io.exists(name)) {
      return { stdout, stderr: stderr + `wget: can't open '${name}': File exists\n`, exitCode: 1 };
    }
    if (!io.writeFile(name, r.body)) {
      return {
        stdout,
        stderr: stderr + `wget: can't open '${name}': No such file or directory\n`,
        exitCode: 1,
      };
    }
    if (!quiet)
      stderr += `saving to '${name}'\n` + progress(name, r.body.length) + `'${name}' saved\n`;
  }
  return { stdout, stderr, exitCode: 0 };
}
