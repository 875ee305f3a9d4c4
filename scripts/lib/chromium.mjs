// Finds a Chromium for Playwright. Order: $CHROMIUM_PATH, the Debian package at /usr/bin/chromium
// (installed with apt-get when running as root), then Playwright's own download. On success
// process.env.CHROMIUM_PATH is set for a system browser (e2e/playwright.config.ts reads it) and left
// unset for Playwright's browser.
import { existsSync } from 'node:fs';
import { run } from './run.mjs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** @returns {Promise<boolean>} true when a browser is available. */
export async function ensureChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured && existsSync(configured)) return found(configured);
  if (configured) console.warn(`CHROMIUM_PATH=${configured} does not exist; looking elsewhere`);
  delete process.env.CHROMIUM_PATH;

  if (existsSync(DEBIAN_CHROMIUM)) return found(DEBIAN_CHROMIUM);
  if (process.getuid?.() === 0) {
    console.log('Chromium is missing: installing the Debian package');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if ((await run('apt-get', ['update'], { env })) === 0) {
      await run('apt-get', ['install', '-y', 'chromium'], { env });
    }
    if (existsSync(DEBIAN_CHROMIUM)) return found(DEBIAN_CHROMIUM);
    console.warn('apt-get did not provide Chromium; trying Playwright');
  }
  const code = await run('npx', ['playwright', 'install', 'chromium']);
  if (code !== 0) console.error(`npx playwright install chromium failed with exit code ${code}`);
  return code === 0;
}

function found(path) {
  process.env.CHROMIUM_PATH = path;
  console.log(`Using Chromium at ${path}`);
  return true;
}
