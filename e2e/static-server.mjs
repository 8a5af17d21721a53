// Tiny static file server for the browser tests: serves a built site under its base path only,
// like a trainer's intranet server would, so that a link missing the base path fails with 404.
// Usage: node e2e/static-server.mjs --dir dist --base /cours/ --port 4392 [--gzip]
// --gzip compresses text as a production server would (Lighthouse measures what a reader downloads).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4391' },
    gzip: { type: 'boolean', default: false },
  },
});
const root = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;
let acceptsGzip = false;

function send(res, status, file) {
  const type = types[extname(file)] ?? 'application/octet-stream';
  if (values.gzip && acceptsGzip && compressible.test(type)) {
    res.writeHead(status, {
      'content-type': type,
      'content-encoding': 'gzip',
      vary: 'Accept-Encoding',
    });
    createReadStream(file).pipe(createGzip()).pipe(res);
    return;
  }
  res.writeHead(status, { 'content-type': type });
  createReadStream(file).pipe(res);
}

function notFound(res) {
  const page = join(root, '404.html');
  if (existsSync(page)) send(res, 404, page);
  else res.writeHead(404).end('404');
}

createServer((req, res) => {
  acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return notFound(res);
  }
  if (`${pathname}/` === base) {
    res.writeHead(301, { location: base }).end();
    return;
  }
  if (!pathname.startsWith(base)) return notFound(res);
  const file = normalize(join(root, pathname.slice(base.length)));
  if (!file.startsWith(root)) return notFound(res);
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const index = join(file, 'index.html');
    return existsSync(index) ? send(res, 200, index) : notFound(res);
  }
  if (existsSync(file)) return send(res, 200, file);
  return notFound(res);
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
