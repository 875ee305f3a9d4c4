// Journeys: a transfer and an import never interleave, whichever tab runs them. They share the log's Web Lock
// ("chronoledger.log": a transfer holds it as a writer, an import's replacement alone). Here the page itself
// stands in for the other tab: it takes that lock through navigator.locks, as another tab's import or
// transfer would, and the journeys go through the UI.
import type { Page } from '@playwright/test';
import { transfer } from './audit';
import { expect, test } from './fixtures';
import { fixture, importInput, importProgress, replaceDialog } from './importExport';
import { balancesCell, dataRows, openAccount } from './ledger';

const LOG_LOCK = 'chronoledger.log';
type Mode = 'shared' | 'exclusive';

/** Takes the log's lock in `mode`, as another tab would, and returns what releases it. */
async function holdLogLock(page: Page, mode: Mode): Promise<() => Promise<void>> {
  await page.evaluate(
    ([name, mode]) =>
      new Promise<void>((taken) => {
        void navigator.locks.request(name, { mode }, () => {
          taken();
          return new Promise<void>((release) => {
            Object.assign(window, { releaseLogLock: release });
          });
        });
      }),
    [LOG_LOCK, mode] as const,
  );
  return () => page.evaluate(() => (window as unknown as { releaseLogLock: () => void }).releaseLogLock());
}

/** Whether someone (this page, or one of its workers) waits for the log's lock in `mode`. */
const waitsForLogLock = (page: Page, mode: Mode): Promise<boolean> =>
  page.evaluate(
    async ([name, mode]) =>
      ((await navigator.locks.query()).pending ?? []).some(
        (lock) => lock.name === name && lock.mode === mode,
      ),
    [LOG_LOCK, mode] as const,
  );

/** Starts an import of the textbook file while another tab's transfer holds the lock; returns its release. */
async function importWhileATransferRuns(page: Page): Promise<() => Promise<void>> {
  const release = await holdLogLock(page, 'shared');
  await importInput(page).setInputFiles(fixture('textbook-v1.ndjson'));
  await replaceDialog(page).getByRole('button', { name: 'Replace ledger' }).click();
  await expect.poll(() => waitsForLogLock(page, 'exclusive')).toBe(true);
  return release;
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await openAccount(page, { id: 'ACC-001', owner: 'Ada', initialDeposit: 500 });
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('500.00');
});

test('a transfer waits while another tab replaces the log, then runs whole', async ({ page }) => {
  await openAccount(page, { id: 'ACC-002', owner: 'Bo', initialDeposit: 0 });
  await expect(dataRows(page, 'Event log')).toHaveCount(2);
  const release = await holdLogLock(page, 'exclusive');

  await transfer(page, 'ACC-001', 'ACC-002', 120);
  await expect.poll(() => waitsForLogLock(page, 'shared')).toBe(true);
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('500.00');
  await expect(dataRows(page, 'Event log')).toHaveCount(2);

  await release();
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('380.00');
  await expect(await balancesCell(page, 'ACC-002', 'Balance')).toHaveText('120.00');
  await expect(dataRows(page, 'Event log')).toHaveCount(4);
});

test('an import waits for a transfer under way in another tab, then replaces the log', async ({ page }) => {
  const release = await importWhileATransferRuns(page);
  await expect(importProgress(page)).toBeVisible();
  await expect(await balancesCell(page, 'ACC-001', 'Owner')).toHaveText('Ada');

  await release();
  await expect(await balancesCell(page, 'ACC-001', 'Owner')).toHaveText('Alice');
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('750.00');
  await expect(dataRows(page, 'Event log')).toHaveCount(10);
});

test('an import cancelled while it waits for a transfer changes nothing', async ({ page }) => {
  const release = await importWhileATransferRuns(page);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Import cancelled. The ledger is unchanged.' }),
  ).toBeVisible();
  await expect.poll(() => waitsForLogLock(page, 'exclusive')).toBe(false);
  await release();
  await page.reload();
  await expect(await balancesCell(page, 'ACC-001', 'Owner')).toHaveText('Ada');
  await expect(dataRows(page, 'Event log')).toHaveCount(1);
});

test('a transfer asked for while an import waits runs whole on the imported ledger, before the tab restarts on it', async ({
  page,
}) => {
  await openAccount(page, { id: 'ACC-002', owner: 'Bo', initialDeposit: 0 });
  await expect(dataRows(page, 'Event log')).toHaveCount(2);
  const release = await importWhileATransferRuns(page);
  await transfer(page, 'ACC-001', 'ACC-002', 120);
  await expect.poll(() => waitsForLogLock(page, 'shared')).toBe(true);

  // The import replaces the log first, then the transfer runs on it: Alice's 750.00 and Bob's 1,480.26.
  await release();
  await expect(await balancesCell(page, 'ACC-001', 'Owner')).toHaveText('Alice');
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('630.00');
  await expect(await balancesCell(page, 'ACC-002', 'Balance')).toHaveText('1,600.26');
  await expect(dataRows(page, 'Event log')).toHaveCount(12);
  await page.reload();
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('630.00');
  await expect(await balancesCell(page, 'ACC-002', 'Balance')).toHaveText('1,600.26');
});
