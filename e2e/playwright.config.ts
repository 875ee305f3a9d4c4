// End-to-end tests run against the PRODUCTION build (`npm run build` first; scripts/test.mjs and
// scripts/e2e.mjs do that), because the service worker and offline support only exist there.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import chromiumFlags from '../scripts/lib/chromiumFlags.json' with { type: 'json' };

/** The repository root: reports and the preview server live there, not beside this file. */
const root = fileURLToPath(new URL('..', import.meta.url));

// Prefer the system (Debian) Chromium; fall back to Playwright's own browser when it is absent.
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined;

// E2E_PORT lets two checkouts run their suites side by side; the app itself is always served on 4173.
const port = Number(process.env.E2E_PORT || 4173);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: '.',
  // Not the default 'test-results': Playwright empties its outputDir, which would delete unit.json.
  outputDir: `${root}test-results/e2e-artifacts`,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: `${root}test-results/e2e.json` }]],
  use: {
    baseURL,
    browserName: 'chromium',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // Headless Chromium with no calls home (this machine has no network but the registries).
      args: chromiumFlags,
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    cwd: root,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
