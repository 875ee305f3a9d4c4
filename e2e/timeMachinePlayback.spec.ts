// Journey: replaying the textbook example with the playback controls ("Play"/"Pause", "Step back",
// "Step forward", "Speed") and with the page-wide keyboard shortcuts listed under "Keyboard shortcuts".
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { balancesCell, timeTravelSlider } from './ledger';
import {
  jumpFromEventLog,
  expectPosition,
  playbackButton,
  playbackGroup,
  recordedPositions,
  recordPositions,
  returnToPresentButton,
  textbookLedger,
} from './timeMachine';

const position = async (page: Page): Promise<number> =>
  Number(await timeTravelSlider(page).getAttribute('aria-valuenow'));

test.beforeEach(async ({ page }) => {
  await textbookLedger(page);
});

test('Play at the present replays from the start at 5× and stops at the present', async ({ page }) => {
  const slider = timeTravelSlider(page);
  await playbackGroup(page).getByLabel('Speed', { exact: true }).selectOption('5×');
  await recordPositions(page);

  await playbackButton(page, 'Play').click();

  await expectPosition(page, 4);
  await expect(playbackButton(page, 'Play')).toBeVisible(); // stopped by itself at the end
  await expect(playbackButton(page, 'Pause')).toBeHidden();
  await expect(slider).toHaveAttribute('aria-valuetext', '#4 MoneyWithdrawn ACC-001 50.00');
  await expect(returnToPresentButton(page)).toBeHidden(); // back at the present
  // It went back to the start and through every event, one at a time.
  const path = (await recordedPositions(page)).filter(
    (at, index, all) => index === 0 || at !== all[index - 1],
  );
  expect(path).toEqual([4, 0, 1, 2, 3, 4]);
});

test('Pause stops playback where it is', async ({ page }) => {
  // 1× is two events a second: time enough to pause well before the present.
  await playbackGroup(page).getByLabel('Speed', { exact: true }).selectOption('1×');
  await playbackButton(page, 'Play').click();
  await expect(playbackButton(page, 'Pause')).toBeVisible();
  // Polled often: a position lasts only 500 ms, shorter than expect's longer default intervals.
  await expect.poll(() => position(page), { intervals: [50] }).toBeGreaterThan(0);

  await playbackButton(page, 'Pause').click();
  await expect(playbackButton(page, 'Play')).toBeVisible();
  const pausedAt = await position(page);
  expect(pausedAt).toBeLessThan(4);
  // Longer than the 500 ms playback step at 1×: nothing may move meanwhile.
  await page.waitForTimeout(800);
  await expectPosition(page, pausedAt);
  await expect(returnToPresentButton(page)).toBeVisible();

  // Play again away from the present: it goes on from there, not from the start.
  await playbackGroup(page).getByLabel('Speed', { exact: true }).selectOption('5×');
  await recordPositions(page);
  await playbackButton(page, 'Play').click();
  await expectPosition(page, 4);
  await expect(playbackButton(page, 'Play')).toBeVisible();
  const path = Array.from({ length: 5 - pausedAt }, (_, step) => pausedAt + step);
  expect(await recordedPositions(page)).toEqual(path);
});

test('Step back and Step forward move one event and the slider names it', async ({ page }) => {
  const slider = timeTravelSlider(page);
  const balance = await balancesCell(page, 'ACC-001', 'Balance');
  await expect(slider).toHaveAttribute('aria-valuetext', '#4 MoneyWithdrawn ACC-001 50.00');

  await playbackButton(page, 'Step back').click();
  await expectPosition(page, 3);
  await expect(slider).toHaveAttribute('aria-valuetext', '#3 MoneyWithdrawn ACC-001 200.00');
  await expect(balance).toHaveText('800.00');

  await playbackButton(page, 'Step back').click();
  await expectPosition(page, 2);
  await expect(slider).toHaveAttribute('aria-valuetext', '#2 MoneyDeposited ACC-001 1,000.00');
  await expect(balance).toHaveText('1,000.00');

  await playbackButton(page, 'Step forward').click();
  await expectPosition(page, 3);
  await expect(balance).toHaveText('800.00');

  await playbackButton(page, 'Step forward').click();
  await expectPosition(page, 4);
  await expect(balance).toHaveText('750.00');
  await expect(returnToPresentButton(page)).toBeHidden();
  await playbackButton(page, 'Step forward').click(); // nothing after the present
  await expectPosition(page, 4);

  for (const expected of [3, 2, 1, 0]) {
    await playbackButton(page, 'Step back').click();
    await expectPosition(page, expected);
  }
  await expect(slider).toHaveAttribute('aria-valuetext', 'Before the first event');
  await playbackButton(page, 'Step back').click(); // nothing before the first event
  await expectPosition(page, 0);
});

test('the listed keyboard shortcuts work from the page body', async ({ page }) => {
  const slider = timeTravelSlider(page);
  const help = page.getByRole('button', { name: 'Keyboard shortcuts', exact: true });
  await expect(help).toHaveAttribute('aria-expanded', 'false');
  await help.click();
  await expect(help).toHaveAttribute('aria-expanded', 'true');
  const list = page.locator(`#${await help.getAttribute('aria-controls')}`);
  for (const key of ['Space', ',', '.', 'Escape', '?']) {
    await expect(list.getByText(key, { exact: true })).toBeVisible();
  }

  // A person clicks on the page's text, so that the keys go to the page, not to a control.
  await page.getByRole('heading', { name: 'Chronoledger', level: 1 }).click();
  await expect(page.locator('body')).toBeFocused();

  await page.keyboard.press(',');
  await expectPosition(page, 3);
  await expect(slider).toHaveAttribute('aria-valuetext', '#3 MoneyWithdrawn ACC-001 200.00');
  await page.keyboard.press(',');
  await expectPosition(page, 2);
  await page.keyboard.press('.');
  await expectPosition(page, 3);
  await page.keyboard.press(',');
  await page.keyboard.press(',');
  await expectPosition(page, 1);
  await expect(returnToPresentButton(page)).toBeVisible();

  await page.keyboard.press('Escape');
  await expectPosition(page, 4);
  await expect(returnToPresentButton(page)).toBeHidden();

  // Space plays (from the start, being at the present) and pauses.
  await playbackGroup(page).getByLabel('Speed', { exact: true }).selectOption('0.5×');
  await page.getByRole('heading', { name: 'Chronoledger', level: 1 }).click();
  await page.keyboard.press(' ');
  await expect(playbackButton(page, 'Pause')).toBeVisible();
  await page.keyboard.press(' ');
  await expect(playbackButton(page, 'Play')).toBeVisible();
  expect(await position(page)).toBeLessThan(4); // paused early in the replay (one event a second)
  await page.keyboard.press('Escape');
  await expectPosition(page, 4);

  // "?" shows and hides the list.
  await page.keyboard.press('?');
  await expect(help).toHaveAttribute('aria-expanded', 'false');
  await expect(list).toBeHidden();
  await page.keyboard.press('?');
  await expect(help).toHaveAttribute('aria-expanded', 'true');
});

test('playback that stopped at the present stays stopped when the reader goes back', async ({ page }) => {
  await playbackGroup(page).getByLabel('Speed', { exact: true }).selectOption('5×');
  await playbackButton(page, 'Play').click();
  await expectPosition(page, 4);
  await expect(playbackButton(page, 'Play')).toBeVisible(); // stopped by itself at the end

  // A jump to an earlier event is a jump, not a "Play": the view must stay there.
  await recordPositions(page);
  await jumpFromEventLog(page, 2);
  // Longer than the two 100 ms steps at 5× that a restarted playback would take to reach the present.
  await page.waitForTimeout(600);
  expect(await recordedPositions(page), 'positions the slider took after the jump').toEqual([4, 2]);
  await expectPosition(page, 2);
  await expect(playbackButton(page, 'Play')).toBeVisible();
});
