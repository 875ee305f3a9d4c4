// Journey: the read side as CQRS teaches it: a statement per account and month, a projection registered
// later and built from old events, rebuilding a projection with progress, and visible read lag.
import { expect, test } from './fixtures';
import { balancesCell, dataRows, deposit, openAccount, table, timeTravelSlider, withdraw } from './ledger';
import { generateSampleEvents } from './eventLog';
import { jumpFromEventLog, textbookLedger } from './timeMachine';
import { transfer } from './audit';
import { projectionButton, projectionRow, projectionsRegion } from './readSide';

test('the statement lists an account’s movements with the running balance', async ({ page }) => {
  await page.goto('/');
  await expect(table(page, 'Statement')).toBeVisible();
  await expect(page.getByText('No account yet. Open one: its statement appears here')).toBeVisible();
  await textbookLedger(page);
  const rows = dataRows(page, 'Statement');
  await expect(rows).toHaveCount(4);
  await expect(rows.last()).toContainText('-50.00');
  await expect(rows.last()).toContainText('750.00');
  await expect(page.getByLabel('Statement account')).toHaveValue('ACC-001');
  const summary = page.getByRole('definition');
  await expect(summary).toHaveText(['0.00', '1,000.00', '250.00', '750.00']);

  // Before the account was opened: the picker keeps the present's accounts, and the statement says why it
  // is empty.
  await timeTravelSlider(page).focus();
  await timeTravelSlider(page).press('Home');
  await expect(
    page.getByText('No account ACC-001 yet at this point of the log: it was opened later.'),
  ).toBeVisible();
  await expect(rows).toHaveCount(0);
  await expect(page.getByLabel('Statement account')).toHaveValue('ACC-001');
});

test('a month of more than 20 movements is paged, 20 lines at a time, showing the latest', async ({
  page,
}) => {
  // Mid-month, so that every movement of the test falls in the same month.
  await page.clock.install({ time: new Date('2026-11-15T12:00:00Z') });
  await page.goto('/');
  await openAccount(page, { id: 'ACC-001', owner: 'Ada', initialDeposit: 1 });
  for (let count = 0; count < 21; count++) await deposit(page, 'ACC-001', 1);
  const balance = await balancesCell(page, 'ACC-001', 'Balance');
  await expect(balance).toHaveText('22.00');

  const rows = dataRows(page, 'Statement');
  const pages = page.getByRole('navigation', { name: 'Statement pages' });
  await expect(pages).toContainText('Page 2 of 2 (22 rows)');
  await expect(rows).toHaveCount(2);
  await expect(rows.last()).toContainText('22.00');
  await pages.getByRole('button', { name: 'Previous' }).click();
  await expect(rows).toHaveCount(20);
  await expect(rows.first().getByRole('button', { name: 'Jump to event 1', exact: true })).toBeVisible();
  await expect(pages.getByRole('button', { name: 'Previous' })).toBeDisabled();

  // Back in time to event #10: the statement then had 10 lines, on one page.
  await jumpFromEventLog(page, 10);
  await expect(pages).toBeHidden();
  await expect(rows).toHaveCount(10);
});

test('a projection registered later is built from history that predates it', async ({ page }) => {
  await textbookLedger(page);
  const largest = table(page, 'Largest movements');
  await expect(page.getByText('This projection is not registered.')).toBeVisible();
  await expect(projectionRow(page, 'Largest movements')).toContainText('not registered');

  await projectionButton(page, 'Register Largest movements').click();
  await expect(dataRows(page, 'Largest movements')).toHaveCount(3);
  await expect(dataRows(page, 'Largest movements').first()).toContainText('1,000.00');
  await expect(largest.getByRole('button', { name: 'Jump to event 2' })).toBeVisible();
  await expect(projectionRow(page, 'Largest movements')).toContainText('later');
  await expect(projectionRow(page, 'Largest movements')).toContainText('live');

  // Registered for good: a new visit shows it again, and it follows new events.
  await page.reload();
  await expect(dataRows(page, 'Largest movements')).toHaveCount(3);
  await deposit(page, 'ACC-001', 5000);
  await expect(dataRows(page, 'Largest movements').first()).toContainText('5,000.00');
});

test('rebuilding a projection shows progress, can be cancelled, and lands on the same model', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await generateSampleEvents(page, 100_000);
  const balanceRow = projectionRow(page, 'Balances');
  await expect(balanceRow).toContainText('#100,000');
  const firstBalance = await balancesCell(page, 'ACC-001', 'Balance');
  const before = await firstBalance.textContent();

  // With the page's clock stopped, a rebuild folds one slice (at most 65,536 events) and then waits for
  // the next frame: it can be watched, and cancelled, at leisure.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  const progress = projectionsRegion(page).getByRole('progressbar', { name: 'Rebuilding Balances' });
  await projectionButton(page, 'Rebuild Balances').click();
  await expect(progress).toHaveAttribute('value', '65536');
  await expect(balanceRow).toContainText('Rebuilding Balances: 65% (65,536 of 100,000 events)');
  await projectionButton(page, 'Cancel rebuilding Balances').click();
  await page.clock.runFor(1000);
  await expect(balanceRow).toContainText('Rebuilding Balances was cancelled; it is as it was before.');
  await expect(progress).toBeHidden();
  await expect(firstBalance).toHaveText(before ?? '');

  await projectionButton(page, 'Rebuild Balances').click();
  await expect(progress).toHaveAttribute('value', '65536');
  await page.clock.resume();
  await expect(balanceRow).toContainText(/live.* ms/, { timeout: 30_000 });
  await expect(firstBalance).toHaveText(before ?? '');
});

test('with simulated read lag a command shows as pending until the read model catches up', async ({
  page,
}) => {
  await page.goto('/');
  await openAccount(page, { id: 'ACC-001', owner: 'Ada', initialDeposit: 10 });
  const balance = await balancesCell(page, 'ACC-001', 'Balance');
  await expect(balance).toHaveText('10.00');

  await page.getByLabel('Lag (ms)').fill('2500');
  await page.getByRole('switch', { name: 'Simulate read lag' }).check();
  await deposit(page, 'ACC-001', 5);
  const badge = page.getByText('read model 1 event behind');
  await expect(badge).toBeVisible();
  await expect(page.getByRole('list', { name: 'Pending events' })).toContainText(
    'pending #2 ACC-001: MoneyDeposited 5.00',
  );
  await expect(balance).toHaveText('10.00');
  await expect(projectionRow(page, 'Balances')).toContainText(/#1\s*1/);
  const feedback = page.getByRole('status').filter({ hasText: /^Deposited 5\.00 to ACC-001/ });
  await expect(feedback).toContainText('Pending: the read model has not caught up yet.');

  await expect(badge).toBeHidden({ timeout: 10_000 });
  await expect(balance).toHaveText('15.00');
  await expect(feedback).not.toContainText('Pending');
  await withdraw(page, 'ACC-001', 1);
  await page.getByRole('switch', { name: 'Simulate read lag' }).uncheck();
  await expect(balance).toHaveText('14.00');
});

test('with simulated read lag a completed transfer shows as pending until the read model catches up', async ({
  page,
}) => {
  await page.goto('/');
  await openAccount(page, { id: 'ACC-001', owner: 'Ada', initialDeposit: 10 });
  await openAccount(page, { id: 'ACC-002', owner: 'Bob', initialDeposit: 0 });
  const target = await balancesCell(page, 'ACC-002', 'Balance');
  await expect(target).toHaveText('0.00');

  await page.getByLabel('Lag (ms)').fill('2500');
  await page.getByRole('switch', { name: 'Simulate read lag' }).check();
  await transfer(page, 'ACC-001', 'ACC-002', 4);
  const feedback = page.getByRole('status').filter({ hasText: /^Transferred 4\.00 from ACC-001 to ACC-002/ });
  await expect(feedback).toContainText('(events #3 and #4)');
  await expect(feedback).toContainText('Pending: the read model has not caught up yet.');
  await expect(target).toHaveText('0.00');

  await expect(target).toHaveText('4.00', { timeout: 10_000 });
  await expect(feedback).not.toContainText('Pending');
  await page.getByRole('switch', { name: 'Simulate read lag' }).uncheck();
});
