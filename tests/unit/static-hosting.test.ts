import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/precompress';

// Issue 15 §6: the build writes .br/.gz copies; `npm start`'s server serves them as a CDN would.
const directory = mkdtempSync(join(tmpdir(), 'instc-static-'));
const script = `console.log(${JSON.stringify('x'.repeat(5000))});\n`;
mkdirSync(join(directory, 'assets'));
writeFileSync(join(directory, 'assets', 'index-AbCdEf12.js'), script);
writeFileSync(join(directory, 'index.html'), `<!doctype html><title>t</title>${'<p>text</p>'.repeat(200)}`);
writeFileSync(join(directory, 'favicon.svg'), '<svg/>');
const port = 4300 + (process.pid % 500);
let server: ChildProcess | undefined;

beforeAll(async () => {
  precompress(directory);
  server = spawn(process.execPath, ['scripts/static-server.mjs', directory, String(port)], { stdio: 'pipe' });
  await new Promise<void>((resolve, reject) => {
    server?.stderr?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('serving')) resolve();
    });
    server?.on('error', reject);
  });
});

afterAll(() => {
  server?.kill();
  rmSync(directory, { recursive: true, force: true });
});

async function get(path: string, acceptEncoding: string) {
  // node's fetch would decompress on its own; ask without that to see the bytes the host sends.
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    headers: { 'accept-encoding': acceptEncoding },
  });
  return { headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

describe('precompressed assets and cache headers', () => {
  it('writes a smaller .br and .gz beside each text asset over 1 KB, and none for a tiny file', () => {
    const report = precompress(directory);
    expect(report.files).toBe(2);
    const raw = readFileSync(join(directory, 'assets', 'index-AbCdEf12.js'));
    expect(brotliDecompressSync(readFileSync(join(directory, 'assets', 'index-AbCdEf12.js.br')))).toEqual(raw);
    expect(gunzipSync(readFileSync(join(directory, 'assets', 'index-AbCdEf12.js.gz')))).toEqual(raw);
    expect(() => readFileSync(join(directory, 'favicon.svg.br'))).toThrow();
  });

  it('serves the Brotli copy of a hashed asset as immutable, to a client that accepts it', async () => {
    const { headers } = await get('/assets/index-AbCdEf12.js', 'gzip, deflate, br');
    expect(headers.get('content-encoding')).toBe('br');
    expect(headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(headers.get('vary')).toBe('accept-encoding');
    expect(headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('serves gzip to a client without Brotli, and the file itself to one that accepts neither', async () => {
    expect((await get('/assets/index-AbCdEf12.js', 'gzip, deflate')).headers.get('content-encoding')).toBe('gzip');
    const plain = await get('/assets/index-AbCdEf12.js', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.body.toString()).toBe(script);
  });

  it('makes index.html revalidate', async () => {
    expect((await get('/', 'br')).headers.get('cache-control')).toBe('no-cache');
  });
});
