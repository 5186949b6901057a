import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy, onlineBasemapOrigins } from './scripts/content-security-policy';
import { icuCatalogues } from './scripts/icu-catalogues';
import { precompress } from './scripts/precompress';

/**
 * `BASE_PATH` is the one setting for serving `dist/` from a subpath (e.g. `BASE_PATH=/instc/`).
 * Every asset URL is relative to it; the app needs no server rewrites because all state lives in
 * the hash.
 */
const basePath = process.env.BASE_PATH ?? '/';
// One fast-check seed per test run, printed so that a failing property can be replayed
// (FC_SEED=<seed> npm run test:unit); the workers inherit it through the environment.
if (process.env.VITEST && !process.env.FC_SEED) {
  process.env.FC_SEED = String(Math.floor(Math.random() * 2 ** 31));
}
if (process.env.VITEST)
  console.info(`fast-check seed: ${process.env.FC_SEED} (replay: FC_SEED=${process.env.FC_SEED})`);
const packageVersion: string = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;

const projectDirectory = fileURLToPath(new URL('.', import.meta.url));

/**
 * Validates geodata/ with every check of `npm run check:geodata` and writes the browser's compiled
 * load units (issue 15 §2), in a separate Node process (`scripts/compile-geodata.ts`). Errors stop
 * the build, the dev server and the unit tests alike, with the check's lines.
 */
function compileGeodataNow(): void {
  try {
    const output = execFileSync(
      process.execPath,
      [createRequire(import.meta.url).resolve('tsx/cli'), 'scripts/compile-geodata.ts'],
      { cwd: projectDirectory, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (!process.env.VITEST) process.stdout.write(output);
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`The geodata did not pass its checks; nothing was built.\n${stdout}${stderr}`);
  }
}

/**
 * The compiled geodata: written before anything is built, served or tested; in the dev server,
 * written again when a file under geodata/ changes, with a full reload (or the error overlay).
 */
function compiledGeodata(): Plugin {
  return {
    name: 'instc-compiled-geodata',
    config() {
      compileGeodataNow();
    },
    configureServer(server) {
      const geodata = `${projectDirectory}geodata/`;
      server.watcher.add(geodata);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(geodata)) return;
        try {
          compileGeodataNow();
          server.ws.send({ type: 'full-reload' });
        } catch (error) {
          server.ws.send({ type: 'error', err: { message: String(error), stack: '' } });
        }
      });
    },
  };
}

/** Writes the Content-Security-Policy into the built index.html (not in dev, whose client is inline). */
function contentSecurityPolicyTag(): Plugin {
  return {
    name: 'instc-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy(onlineBasemapOrigins(process.env)),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Writes `.br` and `.gz` copies next to each built text asset, for static hosts and CDNs (README). */
function precompressedAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'instc-precompressed-assets',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const report = precompress(outDir);
      const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
      this.info(
        `precompressed ${report.files} files: ${kilobytes(report.rawBytes)} raw, ${kilobytes(report.gzipBytes)} gzip, ${kilobytes(report.brotliBytes)} brotli`,
      );
    },
  };
}

export default defineConfig({
  base: basePath,
  plugins: [compiledGeodata(), icuCatalogues(), react(), contentSecurityPolicyTag(), precompressedAssets()],
  // The interface's messages are parsed at build time (scripts/icu-catalogues.ts), so the browser
  // gets FormatJS without its message parser (issue 16 §1). Unit tests keep the parser: they check
  // the catalogues' messages.
  resolve: process.env.VITEST
    ? {}
    : { alias: { '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js' } },
  // The app version, shown in citations and image exports.
  define: { __APP_VERSION__: JSON.stringify(packageVersion) },
  assetsInclude: ['**/*.geojson'],
  build: {
    target: 'es2022',
    sourcemap: true,
    // MapLibre alone is about 1 MB minified; it is split into its own lazily loaded chunk.
    chunkSizeWarningLimit: 1200,
  },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  server: { port: 5173, host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/fast-check-seed.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/domain/**/*.ts', 'src/data/**/*.ts', 'src/state/**/*.ts'],
      // explorer-context.ts is the React binding of the store, exercised by the e2e tests.
      exclude: ['**/*.test.ts', 'src/state/explorer-context.ts'],
      reporter: ['text-summary', 'json-summary'],
      // The pure core, the data door and the state are tested in Node; below 80 % of lines, npm test fails.
      thresholds: {
        'src/domain/**': { lines: 80 },
        'src/data/**': { lines: 80 },
        'src/state/**': { lines: 80 },
      },
    },
  },
});
