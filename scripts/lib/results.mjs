// Turns the JSON reports of vitest and Playwright into pass/fail counts. Reports are read only if
// the stage wrote them in this run (the runner deletes old ones first); a stage that crashed
// without a report counts as one failure.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './run.mjs';

export const UNIT_REPORT = 'test-results/unit.json';
export const E2E_REPORT = 'test-results/e2e.json'; // written by e2e/playwright.config.ts's json reporter

export const removeReport = (file) => rmSync(join(root, file), { force: true });

function readReport(file) {
  const path = join(root, file);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`${file} is not valid JSON: ${error.message}`);
    return undefined;
  }
}

/**
 * Vitest's json reporter (jest format). A test file that failed to import has status 'failed' and
 * no assertion results; each such file counts as one failure.
 * @returns {{ passed: number, failed: number, note?: string } | undefined}
 */
export function unitCounts() {
  const report = readReport(UNIT_REPORT);
  if (!report) return undefined;
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
  ).length;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const notes = [
    brokenFiles ? `${brokenFiles} test file(s) failed to load` : '',
    skipped ? `${skipped} test(s) skipped or todo, not counted` : '',
  ].filter(Boolean);
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

/**
 * Playwright's json reporter. Retries are 0, so "flaky" should never occur; if it does it counts
 * as failed, like "unexpected". Nothing may be skipped: skipped tests count as failed.
 * @returns {{ passed: number, failed: number, note?: string } | undefined}
 */
export function e2eCounts() {
  const stats = readReport(E2E_REPORT)?.stats;
  if (!stats) return undefined;
  const skipped = stats.skipped ?? 0;
  return {
    passed: stats.expected ?? 0,
    failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) + skipped,
    ...(skipped ? { note: `${skipped} skipped test(s) counted as failed` } : {}),
  };
}
