import { defineConfig } from 'vite';

/** Builds the benchmark's bare MapLibre page into `dist-bench-bare/` (relative asset paths). */
export default defineConfig({
  root: 'bench/bare-map',
  base: './',
  build: { outDir: '../../dist-bench-bare', emptyOutDir: true, target: 'es2022' },
});
