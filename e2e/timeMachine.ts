// Helpers for the time-machine specs (e2e/timeMachine*.spec.ts). Like e2e/ledger.ts they drive the page by
// role, accessible name and label only. The UI contract they encode:
//  - the slider "Time travel" (aria-valuenow = position, aria-valuetext names the event there) and the
//    button "Return to present", shown only while the page shows the past;
//  - group "Playback": "Step back", "Play"/"Pause", "Step forward", select "Speed", checkbox "Loop";
//  - group "What if": "Branch from here", "Skip event"; the field "As of" (datetime-local, seconds);
//  - the "Event log" rows: a "Jump to event N" button each, aria-current="true" on the event shown and
//    class "future" on the events after it.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  balancesCell,
  columnIndex,
  dataRows,
  deposit,
  openAccount,
  table,
  timeTravelSlider,
  withdraw,
} from './ledger';

/**
 * The textbook example on a fresh page: ACC-001 opened with 0 (#1), +1,000 (#2), −200 (#3), −50 (#4).
 * Returns once the page shows all four events at the present.
 */
export async function textbookLedger(page: Page): Promise<void> {
  await page.goto('/');
  await openAccount(page, { id: 'ACC-001', owner: 'Ada', initialDeposit: 0 });
  const balance = await balancesCell(page, 'ACC-001', 'Balance');
  await expect(balance).toHaveText('0.00');
  await deposit(page, 'ACC-001', 1000);
  await expect(balance).toHaveText('1,000.00');
  await withdraw(page, 'ACC-001', 200);
  await expect(balance).toHaveText('800.00');
  await withdraw(page, 'ACC-001', 50);
  await expect(balance).toHaveText('750.00');
  await expect(dataRows(page, 'Event log')).toHaveCount(4);
  await expectPosition(page, 4);
}

/** Waits (with retries) until the slider stands on `position`. */
export async function expectPosition(page: Page, position: number): Promise<void> {
  await expect(timeTravelSlider(page)).toHaveAttribute('aria-valuenow', String(position));
}

export const returnToPresentButton = (page: Page): Locator =>
  page.getByRole('button', { name: 'Return to present', exact: true });

export const playbackGroup = (page: Page): Locator => page.getByRole('group', { name: 'Playback' });

export const playbackButton = (page: Page, name: string): Locator =>
  playbackGroup(page).getByRole('button', { name, exact: true });

export const whatIfDoor = (page: Page, name: string): Locator =>
  page.getByRole('group', { name: 'What if' }).getByRole('button', { name, exact: true });

/** The Event log row of the event at `position` (the row holding its "Jump to event N" button). */
export const eventLogRow = (page: Page, position: number): Locator =>
  dataRows(page, 'Event log').filter({
    has: page.getByRole('button', { name: `Jump to event ${position}`, exact: true }),
  });

/** Clicks "Jump to event N" in the Event log. */
export async function jumpFromEventLog(page: Page, position: number): Promise<void> {
  const button = table(page, 'Event log').getByRole('button', {
    name: `Jump to event ${position}`,
    exact: true,
  });
  // Scrolled into view first, and clicked once the log has drawn its rows for the new scroll position (it
  // does at the scroll event, in the next frame): Playwright's click scrolls and presses in one go, and a
  // row the log moves between the press and the release gets no click.
  await button.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await button.click();
}

/**
 * The cell under `column` in the row of `accountId` of any balances-shaped table (Balances, "Branch 1",
 * "Real ledger at #2", "Without event #2"): a Locator to assert on with retries.
 */
export async function cellOf(
  page: Page,
  tableName: string,
  accountId: string,
  column: string,
): Promise<Locator> {
  const index = await columnIndex(page, tableName, column);
  const exact = { name: accountId, exact: true };
  const row = dataRows(page, tableName).filter({
    has: page.getByRole('cell', exact).or(page.getByRole('rowheader', exact)),
  });
  return row.getByRole('cell').or(row.getByRole('rowheader')).nth(index);
}

/** The instant (ms since the epoch) an Event log row's Time cell records, from its `dateTime`. */
export async function recordedAt(page: Page, position: number): Promise<number> {
  const iso = await eventLogRow(page, position).locator('time').getAttribute('datetime');
  if (!iso) throw new Error(`Event #${position} shows no machine-readable time.`);
  return Date.parse(iso);
}

/**
 * An instant as a datetime-local value in the PAGE's time zone: "YYYY-MM-DDTHH:MM:SS". Written inside the
 * page, so it stands alone (the unit tests' `fieldValue` in src/ui/timeTravel/asOfInstant.test.ts is its twin).
 */
export function localDateTime(page: Page, milliseconds: number): Promise<string> {
  return page.evaluate((ms) => {
    const date = new Date(ms);
    const two = (n: number) => String(n).padStart(2, '0');
    return (
      `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}` +
      `T${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`
    );
  }, milliseconds);
}

/** Waits until the page's clock has passed `milliseconds` (for events that must fall after an instant). */
export async function waitForClockPast(page: Page, milliseconds: number): Promise<void> {
  await page.waitForFunction((ms) => Date.now() > ms, milliseconds, { polling: 20 });
}

/**
 * Starts recording every position the slider takes from now on (its aria-valuenow), so a spec can check
 * the path playback took, not only where it ended. Read it back with `recordedPositions`.
 */
export async function recordPositions(page: Page): Promise<void> {
  await timeTravelSlider(page).evaluate((slider) => {
    const seen = [Number(slider.getAttribute('aria-valuenow'))];
    (window as unknown as { positionsSeen: number[] }).positionsSeen = seen;
    new MutationObserver(() => seen.push(Number(slider.getAttribute('aria-valuenow')))).observe(slider, {
      attributes: true,
      attributeFilter: ['aria-valuenow'],
    });
  });
}

export const recordedPositions = (page: Page): Promise<number[]> =>
  page.evaluate(() => (window as unknown as { positionsSeen: number[] }).positionsSeen);

/**
 * Collects console errors and uncaught exceptions of a page the `test` fixture does not watch (one opened
 * with `context.newPage()`); assert the array is empty at the end.
 */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));
  return errors;
}
