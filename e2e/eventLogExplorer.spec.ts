// Journeys through the Event log explorer: reaching the last of a million generated events, filtering by
// type, stream and text, sorting by position and time, and the time machine's current event followed at
// scale. One event's details and the keyboard: eventLogDetails.spec.ts.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dataRows, timeTravelSlider } from './ledger';
import {
  eventLog,
  eventLogFilters,
  generateSampleEvents,
  shownPositions,
  sortButton,
  openWithTextbookStories,
  visiblePositions,
} from './eventLog';
import { eventLogRow, expectPosition } from './timeMachine';

/** The line that says how many events the Event log lists. */
const status = (page: Page) => page.getByRole('status').filter({ hasText: /events?( match)?\.$/ });

test.describe('a million events', () => {
  test.setTimeout(300_000);

  test('every row can be reached: the last by scrolling, any by the time machine', async ({ page }) => {
    await page.goto('/');
    await generateSampleEvents(page, 1_000_000);
    const log = eventLog(page);
    await expect(status(page)).toHaveText('1,000,000 events.');
    await expect(log).toHaveAttribute('aria-rowcount', '1000001');
    await expect.poll(() => visiblePositions(page).then((shown) => shown[0])).toBe(1_000_000); // newest first

    // The scrollbar's bottom: far past the height a browser lays out, yet the last row is there, whole.
    await log.evaluate((scroller) => scroller.scrollTo({ top: scroller.scrollHeight }));
    await expect.poll(() => visiblePositions(page).then((shown) => shown.at(-1))).toBe(1);
    const bottom = await visiblePositions(page);
    expect(bottom).toEqual(bottom.map((_, index) => bottom.length - index)); // …, 3, 2, 1

    // Halfway down the scrollbar is halfway through the log.
    await log.evaluate((scroller) =>
      scroller.scrollTo({ top: (scroller.scrollHeight - scroller.clientHeight) / 2 }),
    );
    await expect
      .poll(async () => Math.abs(((await visiblePositions(page))[0] ?? 0) - 500_000))
      .toBeLessThan(20);

    // Turned around, the last row is the newest event; End goes there from the keyboard.
    await sortButton(page, 'Position').click();
    await expect(log.getByRole('columnheader', { name: /^Position/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await log.focus();
    await log.press('End');
    await expect(eventLogRow(page, 1_000_000)).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => visiblePositions(page).then((shown) => shown.at(-1))).toBe(1_000_000);

    // The time machine's event is scrolled into view and marked, the later ones dimmed.
    await timeTravelSlider(page).fill('654321');
    await expectPosition(page, 654_321);
    await expect(eventLogRow(page, 654_321)).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => visiblePositions(page)).toContain(654_321);
    await expect(eventLogRow(page, 654_322)).toHaveClass(/\bfuture\b/);
    await expect(eventLogRow(page, 654_320)).not.toHaveClass(/\bfuture\b/);
  });
});

test.describe('a small log', () => {
  test.beforeEach(async ({ page }) => openWithTextbookStories(page));

  test('filters by type, by stream and by text, and says when nothing matches', async ({ page }) => {
    const filters = eventLogFilters(page);
    await filters.getByLabel('Event type', { exact: true }).selectOption('MoneyWithdrawn');
    await expect.poll(() => shownPositions(page)).toEqual([8, 7, 4, 3]);
    await expect(status(page)).toHaveText('4 of 9 events match.');

    await filters.getByLabel('Stream', { exact: true }).fill('account-ACC-002');
    await expect.poll(() => shownPositions(page)).toEqual([8, 7]);
    await filters.getByLabel('Event type', { exact: true }).selectOption('');
    await expect.poll(() => shownPositions(page)).toEqual([8, 7, 6, 5]);
    await filters.getByLabel('Stream', { exact: true }).fill('acc-00'); // part of an id, any case
    await expect.poll(() => shownPositions(page)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);

    const search = filters.getByLabel('Search the log', { exact: true });
    await search.fill('"amount":20000'); // the Data column as shown: both withdrawals of 200.00
    await expect.poll(() => shownPositions(page)).toEqual([7, 3]);
    await search.fill('bob');
    await expect.poll(() => shownPositions(page)).toEqual([5]);
    await search.fill('teacher'); // the actor
    await expect(dataRows(page, 'Event log')).toHaveCount(9);

    await search.fill('nobody at all');
    await expect(dataRows(page, 'Event log')).toHaveCount(0);
    await expect(
      page.getByText('No event matches these filters. Change them, or clear them to see the whole log.'),
    ).toBeVisible();
    await filters.getByRole('button', { name: 'Clear filters', exact: true }).click();
    await expect(dataRows(page, 'Event log')).toHaveCount(9);
    await expect(search).toHaveValue('');
    await expect(status(page)).toHaveText('9 events.');
  });

  test('sorts by position and by recorded time, both ways', async ({ page }) => {
    // Sample events recorded in January 2025 come after the stories in the log but before them in time.
    await generateSampleEvents(page, 1_000, { from: '2025-01-01', to: '2025-01-31' });
    const position = (log: Locator) => log.getByRole('columnheader', { name: /^Position/ });
    const time = (log: Locator) => log.getByRole('columnheader', { name: /^Time/ });
    const log = eventLog(page);
    await expect(position(log)).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(() => shownPositions(page).then((shown) => shown[0])).toBe(1_009);

    await sortButton(page, 'Time').click();
    await expect(time(log)).toHaveAttribute('aria-sort', 'ascending');
    await expect(position(log)).toHaveAttribute('aria-sort', 'none');
    await expect.poll(() => shownPositions(page).then((shown) => shown.slice(0, 2))).toEqual([10, 11]);
    await log.focus();
    await log.press('End');
    await expect
      .poll(() => visiblePositions(page).then((shown) => shown.slice(-9)))
      .toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);

    await sortButton(page, 'Time').press('Enter'); // from the keyboard too
    await expect(time(log)).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(() => shownPositions(page).then((shown) => shown.slice(0, 3))).toEqual([9, 8, 7]);

    await sortButton(page, 'Position').click();
    await expect(position(log)).toHaveAttribute('aria-sort', 'descending');
    await sortButton(page, 'Position').click();
    await expect(position(log)).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(() => shownPositions(page).then((shown) => shown.slice(0, 3))).toEqual([1, 2, 3]);
  });

  test('another table sorts by its headers, from the mouse and the keyboard', async ({ page }) => {
    const balances = page.getByRole('table', { name: 'Balances', exact: true });
    const header = balances.getByRole('columnheader', { name: /^Balance/ });
    const accounts = () =>
      dataRows(page, 'Balances').getByRole('cell').filter({ hasText: /^ACC-/ }).allInnerTexts();
    await expect(balances.getByRole('columnheader', { name: /^Account/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(await accounts()).toEqual(['ACC-001', 'ACC-002']);

    await header.getByRole('button').click(); // Alice 1,000.00, Bob 1,050.00 after the transfer
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(balances.getByRole('columnheader', { name: /^Account/ })).toHaveAttribute(
      'aria-sort',
      'none',
    );
    await header.getByRole('button').press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(accounts).toEqual(['ACC-002', 'ACC-001']);

    const transactions = page.getByRole('table', { name: 'Transactions', exact: true });
    const position = transactions.getByRole('columnheader', { name: /^Position/ });
    await expect(position).toHaveAttribute('aria-sort', 'descending');
    await position.getByRole('button').click();
    await expect(position).toHaveAttribute('aria-sort', 'ascending');
    await expect(dataRows(page, 'Transactions').first().getByRole('button')).toHaveAccessibleName(
      'Jump to event 1',
    );
  });

  test('times read as relative, with the exact time on hover', async ({ page }) => {
    const time = eventLogRow(page, 7).locator('time');
    await expect(time).toHaveText(/^(just now|\d+ minutes? ago)$/);
    await expect(time).toHaveAttribute('title', /\d{4}/);
  });
});
