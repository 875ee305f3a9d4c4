// Journey: the domain refuses a command. The reason is shown in role="alert" and no event is stored.
import { expect, test } from './fixtures';
import { balancesCell, closeAccount, dataRows, deposit, openAccount, withdraw } from './ledger';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  // Opening with 0 then depositing gives exactly two events, whatever opening with money records.
  await openAccount(page, { id: 'ACC-001', owner: 'Ada', initialDeposit: 0 });
  await deposit(page, 'ACC-001', 100);
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('100.00');
  await expect(dataRows(page, 'Event log')).toHaveCount(2);
});

test('a withdrawal above the balance is refused with "Insufficient funds"', async ({ page }) => {
  await withdraw(page, 'ACC-001', 500);

  await expect(page.getByRole('alert').filter({ hasText: 'Insufficient funds' })).toBeVisible();
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('100.00');
  await expect(dataRows(page, 'Event log')).toHaveCount(2);
});

test('an account that still holds money cannot be closed', async ({ page }) => {
  await closeAccount(page, 'ACC-001');

  await expect(page.getByRole('alert')).not.toHaveCount(0);
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expect(await balancesCell(page, 'ACC-001', 'Status')).not.toHaveText('Closed');
  await expect(dataRows(page, 'Event log')).toHaveCount(2);
});
