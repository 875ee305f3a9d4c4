// Journey: the views of the time machine keep their height wherever it stands, on a desktop, in half of a
// projector's screen and on a phone, so that what is under them stays put while a teacher scrubs, and a
// frame of a drag repaints the views, not the page.
import type { Page } from '@playwright/test';
import { balanceChart, dailyChart, markerAt } from './charts';
import { generateSampleEvents } from './eventLog';
import { expect, test } from './fixtures';
import { dataRows, table, timeTravelSlider } from './ledger';
import { expectPosition } from './timeMachine';

const PAGED = ['Balances', 'Transactions', 'Statement', 'Daily summary'];

/** Each paged table's section (its box and pager), and where the Event log's and Projections' headings stand. */
function layout(page: Page) {
  const top = (name: string) =>
    page
      .getByRole('heading', { name, exact: true })
      .evaluate((heading) => heading.getBoundingClientRect().top + scrollY);
  return Promise.all([
    ...PAGED.map(
      async (name) => (await table(page, name).locator('xpath=ancestor::section[1]').boundingBox())?.height,
    ),
    top('Event log'),
    top('Projections'),
  ]);
}

/**
 * Waits until every view measured shows `position`: the views follow the slider a few frames late, one a
 * frame, so a layout read sooner would measure some of them at the position before.
 */
async function settledAt(
  page: Page,
  position: number,
  rows: Record<'Balances' | 'Transactions', number>,
  seek: RegExp = new RegExp(`^The view at #${position} `),
) {
  await expectPosition(page, position);
  await expect(page.getByText(seek)).toBeVisible();
  const marker = position === 0 ? /^Marker before the first event/ : markerAt(position);
  await expect(dailyChart(page)).toHaveAccessibleDescription(marker);
  await expect(balanceChart(page, 'ACC-001')).toHaveAccessibleDescription(marker);
  for (const [name, count] of Object.entries(rows)) await expect(dataRows(page, name)).toHaveCount(count);
  const statement = position === 0 ? 'No statement yet' : /^Statement of ACC-001 for /;
  await expect(page.getByLabel(statement)).toBeVisible();
}

for (const width of [1300, 700, 390]) {
  test(`the views keep their height as the time machine moves, ${width} px wide: what is under them stays put`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 1000 });
    await page.goto('/');
    await generateSampleEvents(page, 1_000, { from: '2025-01-01', to: '2025-01-31' });
    // Every lazily loaded panel is in, the Statement is built, and the Event log (off screen: it catches up
    // once the view is still) holds the events.
    await expect(page.getByText(/^Loading (the )?\w+/)).toHaveCount(0);
    await expect(page.getByText(/^The statement is still being built/)).toHaveCount(0);
    await expect(table(page, 'Event log')).toHaveAttribute('aria-rowcount', '1001');
    await settledAt(page, 1_000, { Balances: 3, Transactions: 20 }, /^Move the time-travel slider/);
    const atPresent = await layout(page);
    const slider = timeTravelSlider(page);
    await slider.focus();
    // The start (every table empty), two events in (a row or two), then back at the present.
    await slider.press('Home');
    await settledAt(page, 0, { Balances: 0, Transactions: 0 });
    expect(await layout(page)).toEqual(atPresent);
    await slider.press('ArrowRight');
    await slider.press('ArrowRight');
    await settledAt(page, 2, { Balances: 2, Transactions: 2 });
    expect(await layout(page)).toEqual(atPresent);
    await slider.press('End');
    await settledAt(page, 1_000, { Balances: 3, Transactions: 20 }, /^The present \(#1000\)/);
    expect(await layout(page)).toEqual(atPresent);
  });
}
