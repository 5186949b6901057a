import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Extensions worth compressing (text); images, fonts and already compressed files are left alone,
 * and so are source maps: only developer tools fetch them, and Brotli at quality 11 on 9 MB of maps
 * took most of the build's time.
 */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.txt']);
/** Below this size the headers outweigh the saving. */
const MINIMUM_BYTES = 1024;

/** What `precompress` wrote: files compressed and their sizes. */
export interface PrecompressReport {
  files: number;
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

function walk(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Writes `FILE.br` and `FILE.gz` next to every compressible file of `directory` (the built app), so
 * that a static host or CDN can serve them as they are (`Content-Encoding: br` / `gzip`). A copy
 * is kept only when it is smaller than the file.
 */
export function precompress(directory: string): PrecompressReport {
  const report: PrecompressReport = { files: 0, rawBytes: 0, gzipBytes: 0, brotliBytes: 0 };
  for (const path of walk(directory)) {
    if (!COMPRESSIBLE.has(extname(path))) continue;
    const raw = readFileSync(path);
    if (raw.length < MINIMUM_BYTES) continue;
    const gzip = gzipSync(raw, { level: 9 });
    const brotli = brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    });
    if (gzip.length < raw.length) writeFileSync(`${path}.gz`, gzip);
    if (brotli.length < raw.length) writeFileSync(`${path}.br`, brotli);
    report.files += 1;
    report.rawBytes += raw.length;
    report.gzipBytes += Math.min(gzip.length, raw.length);
    report.brotliBytes += Math.min(brotli.length, raw.length);
  }
  return report;
}
