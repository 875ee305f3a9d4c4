// `npm test`: every check of the repository, in order, with one summary line.
//   install (if needed) → Chromium (if needed) → typecheck → lint → unit tests → build → e2e
// Every stage runs even when an earlier one failed, so the counts are complete; only e2e is
// skipped after a failed build (there is nothing to serve) and then counts as one failure.
// Counting: typecheck, lint and build are one check each; unit and e2e tests count one per test.
// A stage that exits non-zero without reporting a failure counts as one failure.
// Contract: the LAST line printed is exactly `N passed, N failed`; the exit code is 1 if N failed > 0.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './lib/chromium.mjs';
import { ensureDependencies } from './lib/deps.mjs';
import { E2E_REPORT, UNIT_REPORT, e2eCounts, removeReport, unitCounts } from './lib/results.mjs';
import { root, run } from './lib/run.mjs';

/** @type {{ stage: string, passed: number, failed: number, note?: string }[]} */
const results = [];

function record(stage, code, counts) {
  const entry = counts ?? { passed: 0, failed: 1, note: 'no report was produced' };
  if (code !== 0 && entry.failed === 0) {
    entry.failed = 1;
    entry.note = `exited with code ${code} without reporting a failure`;
  }
  results.push({ stage, ...entry });
}

const check = async (stage, command, args) => {
  const code = await run(command, args);
  record(stage, code, code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
  return code === 0;
};

if (!(await ensureDependencies())) {
  record('install', 1, { passed: 0, failed: 1, note: 'dependencies could not be installed' });
}
const haveBrowser = await ensureChromium();
mkdirSync(join(root, 'test-results'), { recursive: true });

await check('typecheck', 'npm', ['run', 'typecheck']);
await check('lint', 'npm', ['run', 'lint']);

removeReport(UNIT_REPORT);
const unitCode = await run(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${UNIT_REPORT}`],
  { env: { NO_COLOR: '1' } },
);
record('unit', unitCode, unitCounts());

const built = await check('build', 'npm', ['run', 'build']);

removeReport(E2E_REPORT);
if (!built) {
  record('e2e', 1, { passed: 0, failed: 1, note: 'not run: the build failed' });
} else if (!haveBrowser) {
  record('e2e', 1, { passed: 0, failed: 1, note: 'not run: no Chromium available' });
} else {
  record(
    'e2e',
    await run('npx', ['playwright', 'test', '--config', 'e2e/playwright.config.ts']),
    e2eCounts(),
  );
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log('\nSummary');
for (const r of results) {
  console.log(
    `  ${r.stage.padEnd(10)} ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`,
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
