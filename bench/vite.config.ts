import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The bench page, built in production mode (minified, as users get it) by scripts/bench.mjs into bench/dist,
// which the script deletes after the run. No PWA plugin: a service worker would only add noise.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
  // As in the app: the history worker the cold-started session loads its history with is an ES module.
  worker: { format: 'es' },
});
