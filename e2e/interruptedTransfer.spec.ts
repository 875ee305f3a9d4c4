// Journey: a transfer whose page closed between its withdrawal and its deposit is finished on the next
// visit. The interruption is staged: a withdrawal made through the form, and the journal entry the transfer
// would have written in the browser's storage before issuing it (a test cannot close a page between two
// IndexedDB transactions that follow each other within a millisecond).
import { expect, test } from './fixtures';
import { balancesCell, dataRows, openAccount, withdraw } from './ledger';
import { eventDetails, eventLog } from './eventLog';

test('a transfer interrupted after its withdrawal is finished on the next visit, once', async ({ page }) => {
  await page.goto('/');
  await openAccount(page, { id: 'ACC-001', owner: 'Ada', initialDeposit: 10 });
  await openAccount(page, { id: 'ACC-002', owner: 'Bob', initialDeposit: 0 });
  await withdraw(page, 'ACC-001', 4);
  await expect(dataRows(page, 'Event log')).toHaveCount(3);

  // The withdrawal's command id, from its stored form in the Event log's details.
  await eventLog(page).focus();
  await eventLog(page).press('ArrowDown');
  await eventLog(page).press('Enter');
  const stored = eventDetails(page).getByLabel('Event #3 as JSON');
  await expect(stored).toContainText('"MoneyWithdrawn"');
  const commandId = (JSON.parse(await stored.innerText()) as { metadata: { commandId: string } }).metadata
    .commandId;
  await page.evaluate((id) => {
    const entry = {
      withdrawalCommandId: id,
      from: 'ACC-001',
      to: 'ACC-002',
      amount: 400,
      startedAt: Date.now(),
    };
    // The journal's item, as src/app/transfer/transferJournal.ts names it.
    localStorage.setItem(`chronoledger.pendingTransfer.${id}`, JSON.stringify(entry));
  }, commandId);

  await page.reload();
  const notice = page.getByRole('status').filter({ hasText: 'A transfer was interrupted' });
  await expect(notice).toContainText('Transferred 4.00 from ACC-001 to ACC-002 (events #3 and #4).');
  await expect(await balancesCell(page, 'ACC-002', 'Balance')).toHaveText('4.00');
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('6.00');
  // Struck off the journal once finished, so no later visit resumes it again.
  const journal = () =>
    page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('chronoledger.pendingTransfer.')),
    );
  await expect.poll(journal).toEqual([]);

  await page.reload();
  await expect(await balancesCell(page, 'ACC-002', 'Balance')).toHaveText('4.00');
  await expect(dataRows(page, 'Event log')).toHaveCount(4);
  await expect(notice).toBeHidden();
});
