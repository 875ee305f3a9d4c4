// Journey: comparing two points of the log ("Diff"), and hypothetical timelines beside the real one:
// a branch with commands in it, and an event skipped. The real log must never change.
import { expect, test } from './fixtures';
import { balancesCell, dataRows, table } from './ledger';
import {
  cellOf,
  expectPosition,
  jumpFromEventLog,
  returnToPresentButton,
  textbookLedger,
  whatIfDoor,
} from './timeMachine';

test.beforeEach(async ({ page }) => {
  await textbookLedger(page);
});

test('Diff lists the accounts changed and the events between two positions', async ({ page }) => {
  const diff = page.getByRole('region', { name: 'Diff', exact: true });
  const from = diff.getByLabel('From position', { exact: true });
  const to = diff.getByLabel('To position', { exact: true });
  await from.fill('1');
  await to.fill('4');
  await diff.getByRole('button', { name: 'Compare', exact: true }).click();

  await expect(diff.getByText('From #1 to #4: 3 events, 1 accounts changed.')).toBeVisible();
  await expect(diff.getByRole('listitem').filter({ hasText: /^ACC-/ })).toHaveText([
    'ACC-001: 0.00 Open → 750.00 Open',
  ]);
  await expect(diff.getByRole('listitem').filter({ hasText: /^#\d/ })).toHaveText([
    '#2 MoneyDeposited ACC-001 1,000.00',
    '#3 MoneyWithdrawn ACC-001 200.00',
    '#4 MoneyWithdrawn ACC-001 50.00',
  ]);

  // From a point in the past: the present against here.
  await jumpFromEventLog(page, 2);
  await expectPosition(page, 2);
  await diff.getByRole('button', { name: 'Diff the present against here', exact: true }).click();
  await expect(diff.getByText('From #2 to #4: 2 events, 1 accounts changed.')).toBeVisible();
  await expect(from).toHaveValue('2');
  await expect(to).toHaveValue('4');
  await expect(diff.getByRole('listitem').filter({ hasText: /^ACC-/ })).toHaveText([
    'ACC-001: 1,000.00 Open → 750.00 Open',
  ]);
  await expect(diff.getByRole('listitem').filter({ hasText: /^#\d/ })).toHaveText([
    '#3 MoneyWithdrawn ACC-001 200.00',
    '#4 MoneyWithdrawn ACC-001 50.00',
  ]);
  await expectPosition(page, 2); // comparing does not move the time machine
});

test('a branch takes commands of its own and leaves the real log untouched', async ({ page }) => {
  await jumpFromEventLog(page, 2);
  await expectPosition(page, 2);
  await whatIfDoor(page, 'Branch from here').click();

  const whatIf = page.getByRole('region', { name: 'What if', exact: true });
  await expect(whatIf.getByRole('button', { name: 'Branch 1 from #2', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const commands = whatIf.getByRole('form', { name: 'Commands in branch 1', exact: true });
  await expect(commands.getByLabel('Branch account', { exact: true })).toHaveValue('ACC-001');
  await commands.getByLabel('Branch amount', { exact: true }).fill('5');
  await commands.getByRole('button', { name: 'Deposit in branch', exact: true }).click();
  await expect(commands.getByRole('status')).toHaveText('Done in branch 1 only (event #3).');

  const inBranch = await cellOf(page, 'Branch 1', 'ACC-001', 'Balance');
  const inRealLedger = await cellOf(page, 'Real ledger at #2', 'ACC-001', 'Balance');
  await expect(inBranch).toHaveText('1,005.00');
  await expect(inRealLedger).toHaveText('1,000.00');

  // The real ledger did not change: still four events, 750.00 at the present.
  await returnToPresentButton(page).click();
  await expectPosition(page, 4);
  await expect(dataRows(page, 'Event log')).toHaveCount(4);
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('750.00');

  // A command the rules refuse in the branch: an alert, and nothing changes anywhere.
  await commands.getByLabel('Branch amount', { exact: true }).fill('99999');
  await commands.getByRole('button', { name: 'Withdraw in branch', exact: true }).click();
  await expect(commands.getByRole('alert')).toContainText('Insufficient funds');
  await expect(inBranch).toHaveText('1,005.00');
  await expect(inRealLedger).toHaveText('1,000.00');
  await expect(dataRows(page, 'Event log')).toHaveCount(4);
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('750.00');

  await whatIf.getByRole('button', { name: 'Discard branch 1', exact: true }).click();
  await expect(table(page, 'Branch 1')).toHaveCount(0);
  await expect(whatIf.getByRole('button', { name: 'Branch 1 from #2', exact: true })).toHaveCount(0);
  await expect(dataRows(page, 'Event log')).toHaveCount(4);
});

test('skipping event #2 flags the later withdrawals the rules would refuse', async ({ page }) => {
  await jumpFromEventLog(page, 2);
  await expectPosition(page, 2);
  await whatIfDoor(page, 'Skip event').click();

  const whatIf = page.getByRole('region', { name: 'What if', exact: true });
  await expect(whatIf.getByRole('heading', { name: 'As if event #2 had never happened' })).toBeVisible();
  const refused = whatIf.getByRole('list', { name: 'Events the rules would refuse', exact: true });
  await expect(refused.getByRole('listitem')).toHaveCount(2);
  await expect(refused.getByRole('listitem').nth(0)).toContainText('#3');
  await expect(refused.getByRole('listitem').nth(0)).toContainText('Insufficient funds');
  await expect(refused.getByRole('listitem').nth(1)).toContainText('#4');
  await expect(refused.getByRole('listitem').nth(1)).toContainText('Insufficient funds');
  await expect(await cellOf(page, 'Without event #2', 'ACC-001', 'Balance')).toHaveText('0.00');

  // Hypothetical only: the real ledger keeps its four events and its balances.
  await expect(dataRows(page, 'Event log')).toHaveCount(4);
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('1,000.00');
  await returnToPresentButton(page).click();
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('750.00');

  await whatIf.getByRole('button', { name: 'Close the skip', exact: true }).click();
  await expect(table(page, 'Without event #2')).toHaveCount(0);
});

test('a branch exports as the real prefix plus its own events', async ({ page }) => {
  await jumpFromEventLog(page, 2);
  await whatIfDoor(page, 'Branch from here').click();
  const whatIf = page.getByRole('region', { name: 'What if', exact: true });
  const commands = whatIf.getByRole('form', { name: 'Commands in branch 1', exact: true });
  await commands.getByLabel('Branch amount', { exact: true }).fill('5');
  await commands.getByRole('button', { name: 'Deposit in branch', exact: true }).click();
  await expect(commands.getByRole('status')).toHaveText('Done in branch 1 only (event #3).');

  const download = page.waitForEvent('download');
  await whatIf.getByRole('button', { name: 'Export branch 1', exact: true }).click();
  const file = await download;
  const path = await file.path();
  const { readFile } = await import('node:fs/promises');
  const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
  expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ format: 'chronoledger-events', eventCount: 3 });
  const last = JSON.parse(lines.at(-1) ?? '{}') as { position: number; type: string; data: unknown };
  expect(last).toMatchObject({ position: 3, type: 'MoneyDeposited', data: { amount: 500 } });
  await expect(whatIf.getByRole('status').last()).toContainText('Exported 3 events');
});
