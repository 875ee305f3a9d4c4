// Journey: the ledger lives in IndexedDB, so a reload shows the same accounts and events.
import { expect, test } from './fixtures';
import { balancesCell, dataRows, deposit, openAccount } from './ledger';

test('accounts, balances and the event log survive a reload', async ({ page }) => {
  await page.goto('/');
  await openAccount(page, { id: 'ACC-001', owner: 'Ada', initialDeposit: 0 });
  await deposit(page, 'ACC-001', 2500.5);
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('2,500.50');
  await expect(dataRows(page, 'Event log')).toHaveCount(2);

  await page.reload();

  await expect(page.getByRole('heading', { name: 'Chronoledger', exact: true })).toBeVisible();
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('2,500.50');
  await expect(await balancesCell(page, 'ACC-001', 'Owner')).toHaveText('Ada');
  await expect(dataRows(page, 'Event log')).toHaveCount(2);

  // The next default id is computed from the stored accounts, not from memory.
  await openAccount(page, { owner: 'Grace', initialDeposit: 0 });
  await expect(await balancesCell(page, 'ACC-002', 'Owner')).toHaveText('Grace');
});
