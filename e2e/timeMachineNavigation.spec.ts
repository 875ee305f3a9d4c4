// Journey: getting to a point of the past other than by the slider: a jump from the Event log, a time
// typed in "As of", and a deep link (`?at=N`) opened in another page, with back and forward.
import { expect, test } from './fixtures';
import { balancesCell, dataRows, deposit, openAccount, table, timeTravelSlider, withdraw } from './ledger';
import {
  collectErrors,
  eventLogRow,
  expectPosition,
  jumpFromEventLog,
  localDateTime,
  recordedAt,
  returnToPresentButton,
  textbookLedger,
  waitForClockPast,
} from './timeMachine';

test('a jump from the Event log marks that event current and dims the later ones', async ({ page }) => {
  await textbookLedger(page);
  const balance = await balancesCell(page, 'ACC-001', 'Balance');

  await jumpFromEventLog(page, 2);

  await expectPosition(page, 2);
  await expect(balance).toHaveText('1,000.00');
  await expect(eventLogRow(page, 2)).toHaveAttribute('aria-current', 'true');
  for (const later of [3, 4]) {
    await expect(eventLogRow(page, later)).toHaveClass(/\bfuture\b/);
    await expect(eventLogRow(page, later)).not.toHaveAttribute('aria-current');
  }
  await expect(eventLogRow(page, 1)).not.toHaveClass(/\bfuture\b/);
  await expect(eventLogRow(page, 1)).not.toHaveAttribute('aria-current');
  await expect(dataRows(page, 'Event log').and(page.locator('[aria-current="true"]'))).toHaveCount(1);
  await expect(dataRows(page, 'Event log')).toHaveCount(4); // the future is dimmed, not hidden

  await returnToPresentButton(page).click();
  await expectPosition(page, 4);
  await expect(balance).toHaveText('750.00');
  await expect(returnToPresentButton(page)).toBeHidden();
  await expect(eventLogRow(page, 4)).toHaveAttribute('aria-current', 'true');
  await expect(dataRows(page, 'Event log').and(page.locator('.future'))).toHaveCount(0);
});

test('a jump from Transactions goes to that event too', async ({ page }) => {
  await textbookLedger(page);
  await table(page, 'Transactions').getByRole('button', { name: 'Jump to event 3', exact: true }).click();
  await expectPosition(page, 3);
  await expect(timeTravelSlider(page)).toHaveAttribute('aria-valuetext', '#3 MoneyWithdrawn ACC-001 200.00');
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('800.00');
});

test.describe('in a time zone east of UTC', () => {
  // datetime-local is local time: a zone far from UTC catches a reading as UTC.
  test.use({ timezoneId: 'Asia/Kolkata' });

  test('"As of" moves to the last event at or before the time typed', async ({ page }) => {
    await page.goto('/');
    await openAccount(page, { id: 'ACC-001', owner: 'Ada', initialDeposit: 0 });
    await deposit(page, 'ACC-001', 1000);
    await expect(eventLogRow(page, 2)).toHaveCount(1);
    // The field takes whole seconds: type one that lies wholly after event #2 and before event #3, so the
    // answer is #2 whether the second typed counts from its start or to its end.
    const second = Math.floor((await recordedAt(page, 2)) / 1000) * 1000 + 1000;
    await waitForClockPast(page, second + 1000);
    await withdraw(page, 'ACC-001', 200);
    await withdraw(page, 'ACC-001', 50);
    await expect(dataRows(page, 'Event log')).toHaveCount(4);
    expect(await recordedAt(page, 3)).toBeGreaterThan(second + 999);
    const balance = await balancesCell(page, 'ACC-001', 'Balance');
    await expect(balance).toHaveText('750.00');

    const asOf = page.getByLabel('As of', { exact: true });
    await asOf.fill(await localDateTime(page, second));
    await expectPosition(page, 2);
    await expect(balance).toHaveText('1,000.00');
    await expect(asOf).toHaveAccessibleDescription('Event #2 is the last one at or before then.');
    await expect(returnToPresentButton(page)).toBeVisible();

    // Before the first event: nothing had happened yet.
    await asOf.fill(await localDateTime(page, (await recordedAt(page, 1)) - 60_000));
    await expectPosition(page, 0);
    await expect(asOf).toHaveAccessibleDescription('Nothing had happened yet.');

    // After the last event: the present.
    await asOf.fill(await localDateTime(page, (await recordedAt(page, 4)) + 60_000));
    await expectPosition(page, 4);
    await expect(balance).toHaveText('750.00');
    await expect(returnToPresentButton(page)).toBeHidden();
  });

  test('"As of" the time the Event log shows for an event includes that event', async ({ page }) => {
    // The Event log shows times to the second and "As of" takes seconds: typing the time shown for
    // event #2 must show event #2, not a point before it (its milliseconds are not shown anywhere).
    await page.goto('/');
    await openAccount(page, { id: 'ACC-001', owner: 'Ada', initialDeposit: 0 });
    await deposit(page, 'ACC-001', 1000);
    await expect(dataRows(page, 'Event log')).toHaveCount(2);
    const recorded = await recordedAt(page, 2);

    const asOf = page.getByLabel('As of', { exact: true });
    await asOf.fill(await localDateTime(page, recorded));
    await expect(asOf).toHaveAccessibleDescription('Event #2 is the last one at or before then.');
    await expectPosition(page, 2);
  });

  test('"As of" a time on the minute means that second, not the whole minute', async ({ page }) => {
    // The field holds 10:00:00 as "10:00": an event later in that minute is still after it. The page's
    // clock is fixed so that the events fall where this needs them (10:00:00.300 and 10:00:20 in Kolkata).
    await page.clock.setFixedTime(new Date('2026-11-22T04:30:00.300Z'));
    await page.goto('/');
    await openAccount(page, { id: 'ACC-001', owner: 'Ada', initialDeposit: 0 });
    await deposit(page, 'ACC-001', 1000);
    await page.clock.setFixedTime(new Date('2026-11-22T04:30:20Z'));
    await withdraw(page, 'ACC-001', 200);
    await expect(dataRows(page, 'Event log')).toHaveCount(3);

    await page.getByLabel('As of', { exact: true }).fill('2026-11-22T10:00:00');
    await expectPosition(page, 2);
    await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('1,000.00');
  });
});

test('a deep link opens at its event in another page; back and forward revisit points', async ({
  page,
  context,
}) => {
  await textbookLedger(page);
  await jumpFromEventLog(page, 3);
  await expectPosition(page, 3);
  // The URL follows once the view has settled (a short debounce).
  await expect(page).toHaveURL(/[?&]at=3(&|$)/);
  const link = page.url();

  const other = await context.newPage(); // same context: the same IndexedDB, so the same ledger
  const otherErrors = collectErrors(other);
  await other.goto(link);
  await expectPosition(other, 3);
  await expect(returnToPresentButton(other)).toBeVisible();
  await expect(timeTravelSlider(other)).toHaveAttribute('aria-valuetext', '#3 MoneyWithdrawn ACC-001 200.00');
  await expect(await balancesCell(other, 'ACC-001', 'Balance')).toHaveText('800.00');
  await expect(eventLogRow(other, 3)).toHaveAttribute('aria-current', 'true');
  await other.close();
  expect(otherErrors, 'the deep-linked page logged errors').toEqual([]);

  // Back and forward in the first page: the present (no `at`), #3, then #1.
  await jumpFromEventLog(page, 1);
  await expectPosition(page, 1);
  await expect(page).toHaveURL(/[?&]at=1(&|$)/);

  await page.goBack();
  await expect(page).toHaveURL(/[?&]at=3(&|$)/);
  await expectPosition(page, 3);
  await page.goBack();
  await expect(page).not.toHaveURL(/[?&]at=/);
  await expectPosition(page, 4);
  await expect(returnToPresentButton(page)).toBeHidden();
  await page.goForward();
  await expect(page).toHaveURL(/[?&]at=3(&|$)/);
  await expectPosition(page, 3);
  await page.goForward();
  await expectPosition(page, 1);
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('0.00');
});
