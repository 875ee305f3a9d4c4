// Journey: open an account (default id), deposit, withdraw, close it once it is empty.
import { expect, test } from './fixtures';
import { balancesCell, closeAccount, dataRows, deposit, openAccount, withdraw } from './ledger';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('opens ACC-001 by default, moves money and closes the emptied account', async ({ page }) => {
  await openAccount(page, { owner: 'Ada Lovelace', initialDeposit: 100 });

  const balance = await balancesCell(page, 'ACC-001', 'Balance');
  await expect(balance).toHaveText('100.00');
  await expect(await balancesCell(page, 'ACC-001', 'Owner')).toHaveText('Ada Lovelace');
  await expect(
    dataRows(page, 'Event log').getByRole('gridcell', { name: 'account-ACC-001', exact: true }).first(),
  ).toBeVisible();

  await deposit(page, 'ACC-001', 1200);
  await expect(balance).toHaveText('1,300.00');

  await withdraw(page, 'ACC-001', 1300);
  await expect(balance).toHaveText('0.00');

  const status = await balancesCell(page, 'ACC-001', 'Status');
  await expect(status).not.toHaveText('Closed');
  await closeAccount(page, 'ACC-001');
  await expect(status).toHaveText('Closed');
});

test('numbers accounts ACC-001, ACC-002, ... unless an id is typed', async ({ page }) => {
  await openAccount(page, { owner: 'Ada', initialDeposit: 0 });
  await expect(await balancesCell(page, 'ACC-001', 'Owner')).toHaveText('Ada');

  await openAccount(page, { owner: 'Alan', initialDeposit: 0 });
  await expect(await balancesCell(page, 'ACC-002', 'Owner')).toHaveText('Alan');

  await openAccount(page, { id: 'SAVINGS-1', owner: 'Grace', initialDeposit: 5 });
  await expect(await balancesCell(page, 'SAVINGS-1', 'Balance')).toHaveText('5.00');
  await expect(
    dataRows(page, 'Event log').getByRole('gridcell', { name: 'account-SAVINGS-1', exact: true }),
  ).not.toHaveCount(0);
});
