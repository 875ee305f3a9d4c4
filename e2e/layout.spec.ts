// The accessible-name contract of the main screen, checked on an empty ledger (the other specs and
// e2e/ledger.ts rely on exactly these names), and that the page never scrolls sideways.
import { expect, test } from './fixtures';
import { openAccountForm, operationsForm, sliderState, table, timeTravelSlider } from './ledger';
import { textbookLedger } from './timeMachine';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('shows the title, both forms and their fields', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Chronoledger', exact: true })).toBeVisible();

  const open = openAccountForm(page);
  for (const label of ['Account ID', 'Owner', 'Initial deposit']) {
    await expect(open.getByLabel(label, { exact: true })).toBeVisible();
  }
  await expect(open.getByRole('button', { name: 'Open account', exact: true })).toBeVisible();

  const operations = operationsForm(page);
  for (const label of ['Account', 'Amount']) {
    await expect(operations.getByLabel(label, { exact: true })).toBeVisible();
  }
  for (const name of ['Deposit', 'Withdraw', 'Close account']) {
    await expect(operations.getByRole('button', { name, exact: true })).toBeVisible();
  }
});

test('shows the four tables with their columns', async ({ page }) => {
  const columns: Record<string, string[]> = {
    Balances: ['Account', 'Owner', 'Balance', 'Status', 'Last updated'],
    'Event log': ['Position', 'Stream', 'Version', 'Type', 'Data', 'Time'],
  };
  for (const name of ['Balances', 'Transactions', 'Daily summary', 'Event log']) {
    await expect(table(page, name)).toBeVisible();
  }
  for (const [name, headers] of Object.entries(columns)) {
    const texts = await table(page, name).getByRole('columnheader').allInnerTexts();
    // Trailing sort indicators such as "Balance ▲" are not part of the column's name.
    expect(texts.map((text) => text.replace(/[^\p{L}\p{N}]+$/u, '').trim())).toEqual(headers);
  }
});

test('the time-travel slider starts at the present of an empty ledger', async ({ page }) => {
  const slider = timeTravelSlider(page);
  await expect(slider).toBeVisible();
  expect(await sliderState(slider)).toEqual({ min: 0, max: 0, now: 0 });
  await expect(page.getByRole('button', { name: 'Return to present' })).toBeHidden();
});

test('the page never scrolls sideways, on a desktop or a phone: wide tables scroll in their own boxes', async ({
  page,
}) => {
  await textbookLedger(page);
  for (const width of [1300, 390]) {
    await page.setViewportSize({ width, height: 900 });
    // Every lazily loaded panel is in (none still says "Loading …").
    await expect(page.getByText(/^Loading (the )?\w+/)).toHaveCount(0);
    for (const name of ['Event log', 'Projections', 'Schema']) {
      await expect(page.getByRole('heading', { name, exact: true })).toBeAttached();
    }
    await expect
      .poll(
        () =>
          page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        { message: `sideways overflow at ${width} px` },
      )
      .toBe(0);
  }
});
