// `npm run e2e [-- playwright args]`: build the production bundle, then run Playwright against it
// (e2e/playwright.config.ts serves dist/ with `vite preview`). Example: npm run e2e -- e2e/offline.spec.ts
import { ensureChromium } from './lib/chromium.mjs';
import { ensureDependencies } from './lib/deps.mjs';
import { run } from './lib/run.mjs';

if (!(await ensureDependencies()) || !(await ensureChromium())) process.exit(1);
const buildCode = await run('npm', ['run', 'build']);
if (buildCode !== 0) process.exit(buildCode);
process.exitCode = await run('npx', [
  'playwright',
  'test',
  '--config',
  'e2e/playwright.config.ts',
  ...process.argv.slice(2),
]);
