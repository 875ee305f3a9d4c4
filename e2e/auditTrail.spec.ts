// Journey: the audit trail. Who did what, when and by which command, per account stream; and a transfer's
// causation chain (command → withdrawal → deposit), followed by clicking ids and jumping through time.
import { expect, test } from './fixtures';
import {
  actingAs,
  auditTrail,
  causationChain,
  chainItemOf,
  showStream,
  streamCell,
  streamRow,
  streamRows,
  transfer,
} from './audit';
import { balancesCell, closeAccount, deposit, openAccount, withdraw } from './ledger';
import { textbookStories } from './eventLog';
import { expectPosition } from './timeMachine';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('says what to do while there is no account', async ({ page }) => {
  await expect(auditTrail(page)).toContainText('No accounts yet. Open an account');
});

test('records the actor from "Acting as" and lists each version with its command', async ({ page }) => {
  await actingAs(page).fill('Grace Hopper');
  await openAccount(page, { id: 'ACC-001', owner: 'Ada', initialDeposit: 100 });
  await deposit(page, 'ACC-001', 50);
  await actingAs(page).fill('Alan');
  await withdraw(page, 'ACC-001', 30);
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('120.00');

  await showStream(page, 'ACC-001');
  await expect(streamRows(page)).toHaveCount(3);
  const versions = streamRows(page).getByRole('cell').first();
  await expect(versions).toHaveText('3'); // newest first
  await expect(await streamCell(page, 3, 'Actor')).toHaveText('Alan');
  await expect(await streamCell(page, 3, 'Event')).toHaveText('MoneyWithdrawn 30.00');
  await expect(await streamCell(page, 2, 'Actor')).toHaveText('Grace Hopper');
  await expect(await streamCell(page, 1, 'Event')).toHaveText('AccountCreated for Ada with 100.00');

  // When: a relative time, with the exact instant on hover and for machines.
  const time = (await streamCell(page, 3, 'Recorded')).locator('time');
  await expect(time).toHaveText('just now');
  await expect(time).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  await expect(time).toHaveAttribute('title', /\(\d{4}-\d\d-\d\dT.*Z\)$/);

  // Which command: three different ids; a command on its own is its own correlation and cause.
  const commands = await Promise.all(
    [1, 2, 3].map(async (version) => (await (await streamCell(page, version, 'Command')).innerText()).trim()),
  );
  expect(new Set(commands).size).toBe(3);
  for (const command of commands) expect(command).toMatch(/^[0-9a-f]{8}…$/);
  const row = streamRow(page, 2);
  await expect(row.getByRole('button', { name: `Correlation ${commands[1]}`, exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: `Causation ${commands[1]}`, exact: true })).toBeVisible();

  // New events show up at once, and the time machine dims what lies after the position shown.
  await deposit(page, 'ACC-001', 1);
  await expect(streamRows(page)).toHaveCount(4);
  await streamRow(page, 2).getByRole('button', { name: 'Jump to event 2', exact: true }).click();
  await expectPosition(page, 2);
  await expect(streamRow(page, 2)).toHaveAttribute('aria-current', 'true');
  await expect(streamRow(page, 3)).toHaveClass(/future/);
  await expect(streamRow(page, 1)).not.toHaveClass(/future/);
});

test('follows a transfer from its command through the withdrawal to the deposit, and jumps there', async ({
  page,
}) => {
  await openAccount(page, { id: 'ACC-001', owner: 'Ada', initialDeposit: 500 });
  await openAccount(page, { id: 'ACC-002', owner: 'Bo', initialDeposit: 0 });
  await transfer(page, 'ACC-001', 'ACC-002', 120);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Transferred 120.00 from ACC-001 to ACC-002 (events #3 and #4).' }),
  ).toBeVisible();
  await expect(await balancesCell(page, 'ACC-002', 'Balance')).toHaveText('120.00');

  await showStream(page, 'ACC-001');
  const withdrawalCommand = (await (await streamCell(page, 2, 'Command')).innerText()).trim();
  await showStream(page, 'ACC-002');
  await expect(await streamCell(page, 2, 'Event')).toHaveText('MoneyDeposited 120.00');
  // The deposit's own command differs from the withdrawal's, but it shares the withdrawal's correlation.
  await expect(await streamCell(page, 2, 'Command')).not.toHaveText(withdrawalCommand);
  const deposit = streamRow(page, 2);
  await expect(deposit.getByRole('button', { name: `Correlation ${withdrawalCommand}` })).toBeVisible();

  // Its cause is the withdrawal event: what that event caused in turn.
  await deposit.getByRole('button', { name: /^Causation / }).click();
  const chain = causationChain(page);
  await expect(chain).toContainText('What event #3 (MoneyWithdrawn 120.00) caused in turn');
  await expect(chainItemOf(chain, 3).getByRole('listitem')).toContainText([
    'MoneyDeposited 120.00 on account-ACC-002',
  ]);

  // The whole correlation: command → withdrawal → (deposit command) → deposit.
  await chain.getByRole('button', { name: 'Show the whole correlation', exact: true }).click();
  const root = chain.getByRole('listitem').first();
  await expect(root).toContainText(`Command ${withdrawalCommand}`);
  const withdrawal = chainItemOf(chain, 3);
  await expect(withdrawal).toContainText('MoneyWithdrawn 120.00 on account-ACC-001, version 2');
  await expect(root.getByRole('listitem').first()).toContainText('MoneyWithdrawn 120.00');
  await expect(withdrawal.getByRole('button', { name: 'Jump to event 4', exact: true })).toBeVisible();
  await expect(chainItemOf(chain, 4)).toContainText('MoneyDeposited 120.00 on account-ACC-002, version 2');

  // Jumping from the chain moves the time machine: the deposit becomes the future.
  await withdrawal.getByRole('button', { name: 'Jump to event 3', exact: true }).click();
  await expectPosition(page, 3);
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('380.00');
  await expect(chainItemOf(chain, 3)).toHaveAttribute('aria-current', 'true');
  await expect(chainItemOf(chain, 4)).toHaveClass(/future/);
  await expect(streamRow(page, 2)).toHaveClass(/future/);

  await chain.getByRole('button', { name: 'Close causation chain', exact: true }).click();
  await expect(chain).toBeHidden();
});

test('refunds a transfer to a closed account and shows the refund in the chain', async ({ page }) => {
  await openAccount(page, { id: 'ACC-001', owner: 'Ada', initialDeposit: 500 });
  await openAccount(page, { id: 'ACC-002', owner: 'Bo', initialDeposit: 0 });
  await closeAccount(page, 'ACC-002');
  await expect(await balancesCell(page, 'ACC-002', 'Status')).toHaveText('Closed');

  await transfer(page, 'ACC-001', 'ACC-002', 75);
  await expect(page.getByRole('alert').filter({ hasText: 'Transfer refused' })).toContainText(
    'The 75.00 withdrawn from ACC-001 (event #4) was refunded to it (event #5); nothing was lost.',
  );
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('500.00');

  await showStream(page, 'ACC-001');
  await expect(await streamCell(page, 3, 'Event')).toHaveText('MoneyDeposited 75.00');
  await streamRow(page, 3)
    .getByRole('button', { name: /^Correlation / })
    .click();
  const refund = chainItemOf(causationChain(page), 5);
  await expect(refund).toContainText('MoneyDeposited 75.00 on account-ACC-001, version 3 (refund)');
  await expect(chainItemOf(causationChain(page), 4).getByRole('listitem')).not.toHaveCount(0);
});

test('the textbook stories include a transfer to follow', async ({ page }) => {
  await textbookStories(page);

  await showStream(page, 'ACC-001');
  await expect(await streamCell(page, 5, 'Event')).toHaveText('MoneyDeposited 250.00');
  await expect(await streamCell(page, 5, 'Actor')).toHaveText('teacher');
  await streamRow(page, 5)
    .getByRole('button', { name: /^Correlation / })
    .click();
  await expect(chainItemOf(causationChain(page), 8)).toContainText(
    'MoneyWithdrawn 250.00 on account-ACC-002',
  );
  await expect(chainItemOf(causationChain(page), 9)).toContainText(
    'MoneyDeposited 250.00 on account-ACC-001',
  );
});
