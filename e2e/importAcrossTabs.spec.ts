// Journey: two tabs on one ledger. An import in one tab replaces the ledger; the other tab, open all along,
// then shows the imported ledger (and says why) instead of the old one, and both go on following the log.
import { expect, test } from './fixtures';
import { fixture, importInput, replaceDialog } from './importExport';
import { balancesCell, dataRows, deposit, openAccount } from './ledger';
import { collectErrors } from './timeMachine';

const REPLACED_ELSEWHERE =
  'The ledger was replaced in another tab (an import). This tab now shows the new ledger.';

test('another open tab shows the ledger imported in this one', async ({ page, context }) => {
  await page.goto('/');
  await openAccount(page, { id: 'ACC-001', owner: 'Ada', initialDeposit: 0 });
  await expect(await balancesCell(page, 'ACC-001', 'Owner')).toHaveText('Ada');
  const other = await context.newPage(); // same context: the same IndexedDB, so the same ledger
  const otherErrors = collectErrors(other);
  await other.goto('/');
  await expect(await balancesCell(other, 'ACC-001', 'Owner')).toHaveText('Ada');

  await importInput(page).setInputFiles(fixture('textbook-v1.ndjson'));
  await replaceDialog(page).getByRole('button', { name: 'Replace ledger' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported 10 events from textbook-v1.ndjson' }),
  ).toBeVisible();

  await expect(other.getByRole('status').filter({ hasText: REPLACED_ELSEWHERE })).toBeVisible();
  await expect(await balancesCell(other, 'ACC-001', 'Owner')).toHaveText('Alice');
  await expect(await balancesCell(other, 'ACC-001', 'Balance')).toHaveText('750.00');
  await expect(await balancesCell(other, 'ACC-003', 'Status')).toHaveText('Closed');
  await expect(dataRows(other, 'Event log')).toHaveCount(10);
  // The tab that imported says what it imported, not that another tab did.
  await expect(page.getByRole('status').filter({ hasText: REPLACED_ELSEWHERE })).toHaveCount(0);

  // Both tabs follow the new log: a deposit in the other tab reaches this one.
  await deposit(other, 'ACC-001', 250);
  await expect(await balancesCell(other, 'ACC-001', 'Balance')).toHaveText('1,000.00');
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('1,000.00');
  await expect(dataRows(page, 'Event log')).toHaveCount(11);
  await other.close();
  expect(otherErrors, 'the other tab logged errors').toEqual([]);
});
