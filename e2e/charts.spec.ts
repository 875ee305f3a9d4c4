// Journey: the "Charts" region. An account's balance line and the daily bars appear once there is an
// account, follow commands live, and carry the time-travel marker wherever the time machine goes (read
// through each chart's accessible description, since a canvas has no text of its own).
import { expect, test } from './fixtures';
import { balanceChart, balanceMarker, chartAccount, chartsRegion, dailyChart, markerAt } from './charts';
import { deposit, openAccount, timeTravelSlider } from './ledger';
import {
  expectPosition,
  jumpFromEventLog,
  playbackButton,
  returnToPresentButton,
  textbookLedger,
} from './timeMachine';

test('an empty ledger says what to do instead of drawing charts', async ({ page }) => {
  await page.goto('/');
  const region = chartsRegion(page);
  await expect(region.getByText(/Nothing to chart yet\. Open an account/)).toBeVisible();
  await expect(chartAccount(page)).toBeDisabled();
  await expect(region.getByRole('img')).toHaveCount(0);

  await openAccount(page, { owner: 'Ada', initialDeposit: 50 });
  await expect(balanceChart(page, 'ACC-001')).toBeVisible();
  await expect(chartAccount(page)).toBeEnabled();
  await expect(region.getByText(/Nothing to chart yet/)).toBeHidden();
});

test('charts the first account and update live after a deposit', async ({ page }) => {
  await textbookLedger(page); // ACC-001: 0, +1,000, −200, −50 = 750.00 at event #4
  const line = balanceChart(page, 'ACC-001');
  const bars = dailyChart(page);
  await expect(chartAccount(page)).toHaveValue('ACC-001');
  await expect(line).toHaveAccessibleDescription(balanceMarker(4, '750.00'));
  await expect(bars).toHaveAccessibleDescription(markerAt(4, 'that day up to this event, deposits .*'));
  const box = await line.boundingBox();
  expect(box?.width).toBeGreaterThan(200); // drawn at the width of its column
  expect(box?.height).toBeGreaterThan(150);

  await deposit(page, 'ACC-001', 100);
  await expect(line).toHaveAccessibleDescription(balanceMarker(5, '850.00'));
  await expect(bars).toHaveAccessibleDescription(markerAt(5, 'that day up to this event, .*'));
});

test('the marker follows Step back, the slider and the Event log', async ({ page }) => {
  await textbookLedger(page);
  const line = balanceChart(page, 'ACC-001');
  const bars = dailyChart(page);

  await playbackButton(page, 'Step back').click();
  await expectPosition(page, 3);
  await expect(line).toHaveAccessibleDescription(balanceMarker(3, '800.00'));
  await expect(bars).toHaveAccessibleDescription(markerAt(3, 'that day up to this event, .*'));

  const slider = timeTravelSlider(page);
  await slider.focus();
  await slider.press('Home');
  await expect(line).toHaveAccessibleDescription('Marker before the first event: ACC-001 is not open yet.');
  await expect(bars).toHaveAccessibleDescription('Marker before the first event.');
  await slider.press('ArrowRight');
  await expect(line).toHaveAccessibleDescription(balanceMarker(1, '0.00'));

  await jumpFromEventLog(page, 2);
  await expect(line).toHaveAccessibleDescription(balanceMarker(2, '1,000.00'));

  await returnToPresentButton(page).click();
  await expect(line).toHaveAccessibleDescription(balanceMarker(4, '750.00'));
});

test('"Chart account" chooses the account to chart', async ({ page }) => {
  await textbookLedger(page);
  await openAccount(page, { id: 'ACC-002', owner: 'Grace', initialDeposit: 300 }); // event #5
  await expect(chartAccount(page).getByRole('option', { name: 'ACC-002 · Grace' })).toBeAttached();

  await chartAccount(page).selectOption('ACC-002');
  const line = balanceChart(page, 'ACC-002');
  await expect(line).toHaveAccessibleDescription(balanceMarker(5, '300.00'));
  await expect(balanceChart(page, 'ACC-001')).toHaveCount(0);

  await playbackButton(page, 'Step back').click(); // event #4, before ACC-002 was opened
  await expect(line).toHaveAccessibleDescription(markerAt(4, 'ACC-002 is not open yet\\.'));
  await expect(chartAccount(page)).toHaveValue('ACC-002'); // the choice stays while time travels

  await chartAccount(page).focus(); // and the select works from the keyboard
  await page.keyboard.press('ArrowUp');
  await expect(chartAccount(page)).toHaveValue('ACC-001');
  await expect(balanceChart(page, 'ACC-001')).toHaveAccessibleDescription(balanceMarker(4, '750.00'));
});
