import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * `BASE_PATH` is the one setting for serving `dist/` from a subpath (e.g. `BASE_PATH=/instc/`).
 * Every asset URL is relative to it; the app needs no server rewrites because all state lives in
 * the hash.
 */
const basePath = process.env.BASE_PATH ?? '/';
const packageVersion: string = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;

export default defineConfig({
  base: basePath,
  plugins: [react()],
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
  },
});
