import { defineConfig } from 'vitest/config';

import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The service worker precaches the whole app so that a reload works offline. It never takes over an open
// page by itself (no skipWaiting/clientsClaim): the page is told an update is waiting and prompts for a reload.
export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        clientsClaim: false,
        skipWaiting: false,
        navigateFallback: 'index.html',
      },
    }),
  ],
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  // Unit tests: pure code in Node, IndexedDB from fake-indexeddb (real IndexedDB is for e2e only).
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto', 'src/testing/modelEquality.ts'],
    testTimeout: 30_000,
  },
});
