#!/usr/bin/env node
// A deliberately plain static file server for `npm start`, the tests and the benchmark: no range
// requests, no rewrites, no fallback to index.html except for directory paths. If the built app works
// here, it works on any static host. Like a CDN configured as README.md says, it serves the build's
// precompressed copies (`FILE.br`, `FILE.gz`) to clients that accept them, marks hashed assets
// (`assets/NAME-HASH.EXT`) immutable for a year and makes everything else revalidate.
// Usage: node scripts/static-server.mjs DIRECTORY PORT
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const [directoryArgument = 'dist', portArgument = '4173'] = process.argv.slice(2);
const root = resolve(directoryArgument);
const port = Number(portArgument);

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const server = createServer(async (request, response) => {
  try {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    let info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const accepted = String(request.headers['accept-encoding'] ?? '');
    let body = file;
    let size = info.size;
    let encoding;
    for (const [name, suffix] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ]) {
      if (!new RegExp(`\\b${name}\\b`).test(accepted)) continue;
      const compressed = await stat(file + suffix).catch(() => undefined);
      if (compressed?.isFile()) {
        body = file + suffix;
        size = compressed.size;
        encoding = name;
        break;
      }
    }
    const hashed = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(file);
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(body).pipe(response);
  } catch {
    response.writeHead(400).end();
  }
});
server.listen(port, '127.0.0.1', () => {
  process.stderr.write(`serving ${root} at http://127.0.0.1:${port}/\n`);
});
