// Journey: the "Snapshots and checkpoints" panel tells where the state on screen came from; turning
// checkpoints off rebuilds it from the first event with the same result; the aggregate-snapshot cadence
// can be changed while commands keep working.
import { expect, test } from './fixtures';
import { balancesCell, dataRows, deposit, withdraw } from './ledger';
import { expectPosition, jumpFromEventLog, returnToPresentButton, textbookLedger } from './timeMachine';

test.beforeEach(async ({ page }) => {
  await textbookLedger(page);
});

test('the panel says where a seek started and how many events it replayed', async ({ page }) => {
  const panel = page.getByRole('region', { name: 'Snapshots and checkpoints', exact: true });
  const balance = await balancesCell(page, 'ACC-001', 'Balance');
  await expect(panel).toContainText('Move the time-travel slider');

  await jumpFromEventLog(page, 2);
  await expectPosition(page, 2);
  await expect(panel).toContainText(
    /The view at #2 was rebuilt from the start of the log by replaying 2 events in \d+\.\d\d ms\./,
  );
  await expect(balance).toHaveText('1,000.00');

  const checkpoints = panel.getByRole('checkbox', { name: 'Use checkpoints', exact: true });
  await expect(checkpoints).toBeChecked();
  await checkpoints.uncheck();
  await expect(checkpoints).not.toBeChecked();
  await expectPosition(page, 2); // same place, same balances, rebuilt from the first event
  await expect(balance).toHaveText('1,000.00');
  await expect(panel).toContainText(
    /The view at #2 was rebuilt from the start of the log by replaying 2 events/,
  );

  await jumpFromEventLog(page, 3);
  await expect(balance).toHaveText('800.00');
  await expect(panel).toContainText(
    /The view at #3 was rebuilt from the start of the log by replaying 3 events/,
  );

  // Even the present is replayed from the first event without checkpoints, to the same balances.
  await returnToPresentButton(page).click();
  await expectPosition(page, 4);
  await expect(balance).toHaveText('750.00');
  await expect(panel).toContainText(
    /The view at #4 was rebuilt from the start of the log by replaying 4 events/,
  );

  await checkpoints.check();
  await expect(balance).toHaveText('750.00');
  await expect(panel).toContainText('The present (#4) is served by the live read models');
});

test('"Snapshot every" takes a number and commands still decide on the right balance', async ({ page }) => {
  const panel = page.getByRole('region', { name: 'Snapshots and checkpoints', exact: true });
  const every = panel.getByLabel('Snapshot every', { exact: true });
  await expect(every).toHaveValue(/^\d+$/);

  await every.fill('1');
  await expect(every).toHaveValue('1');
  const balance = await balancesCell(page, 'ACC-001', 'Balance');
  await deposit(page, 'ACC-001', 10);
  await expect(balance).toHaveText('760.00');

  await every.fill('0'); // none
  await expect(every).toHaveValue('0');
  await withdraw(page, 'ACC-001', 60);
  await expect(balance).toHaveText('700.00');
  await expect(dataRows(page, 'Event log')).toHaveCount(6);
});
