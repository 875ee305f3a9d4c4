// Journey: the textbook example, replayed event by event with the "Time travel" slider's keyboard
// controls (Home = before the first event, ArrowRight = one event later, End = the present).
import { expect, test } from './fixtures';
import {
  balancesCell,
  balancesRow,
  deposit,
  openAccountForm,
  operationsForm,
  sliderState,
  timeTravelSlider,
} from './ledger';
import { textbookLedger } from './timeMachine';

test('replays ACC-001 through 0.00, 1,000.00, 800.00 and 750.00', async ({ page }) => {
  await textbookLedger(page); // opened with 0, +1,000, −200, −50: 750.00, four events
  const balance = await balancesCell(page, 'ACC-001', 'Balance');

  const slider = timeTravelSlider(page);
  const returnToPresent = page.getByRole('button', { name: 'Return to present' });
  const writeButtons = [
    openAccountForm(page).getByRole('button', { name: 'Open account', exact: true }),
    operationsForm(page).getByRole('button', { name: 'Deposit', exact: true }),
    operationsForm(page).getByRole('button', { name: 'Withdraw', exact: true }),
    operationsForm(page).getByRole('button', { name: 'Close account', exact: true }),
  ];
  const position = async () => (await sliderState(slider)).now;

  await expect.poll(() => sliderState(slider)).toEqual({ min: 0, max: 4, now: 4 });
  await expect(returnToPresent).toBeHidden();
  const commands = page.getByRole('region', { name: 'Commands', exact: true });
  const presentNote = commands.getByText(/^You are at the present/);
  const pastNote = commands.getByText(/^You are looking at the ledger as it was after event #\d+\./);
  await expect(presentNote).toBeVisible();
  await expect(pastNote).toBeHidden();
  const presentHeight = (await commands.boundingBox())?.height;
  expect(presentHeight).toBeGreaterThan(0);

  await slider.focus();
  await slider.press('Home');
  await expect.poll(position).toBe(0);
  await expect(balancesRow(page, 'ACC-001')).toHaveCount(0); // before the account was opened
  await expect(returnToPresent).toBeVisible();
  for (const button of writeButtons) await expect(button).toBeDisabled(); // the past is read-only
  await expect(pastNote).toBeVisible();
  await expect(pastNote).toContainText('after event #0. The past cannot be changed');
  await expect(presentNote).toBeHidden();
  // The note says either, in the same room: leaving the present does not move the panel's contents.
  expect((await commands.boundingBox())?.height).toBe(presentHeight);
  // Enter in the amount field, or a press of an unavailable button, records nothing in the past.
  const amount = operationsForm(page).getByLabel('Amount', { exact: true });
  await amount.fill('5');
  await amount.press('Enter');
  await writeButtons[2]?.click({ force: true }); // force: Playwright waits for enabled buttons
  await slider.focus(); // still at 0: whether those recorded anything is checked at the end

  const history = ['0.00', '1,000.00', '800.00', '750.00'];
  for (const [index, expected] of history.entries()) {
    await slider.press('ArrowRight');
    await expect.poll(position).toBe(index + 1);
    await expect(balance).toHaveText(expected);
  }

  await slider.press('Home');
  await expect.poll(position).toBe(0);
  await slider.press('End');
  await expect.poll(position).toBe(4);

  await slider.press('ArrowLeft');
  await expect.poll(position).toBe(3);
  await expect(balance).toHaveText('800.00');
  await returnToPresent.click();
  await expect.poll(position).toBe(4);
  await expect(balance).toHaveText('750.00');
  await expect(returnToPresent).toBeHidden();
  for (const button of writeButtons) await expect(button).toBeEnabled();
  // Nothing was recorded in the past: the first deposit since is event #5.
  await deposit(page, 'ACC-001', 1);
  const feedback = commands.getByRole('status').filter({ hasText: /^Deposited 1\.00 to ACC-001/ });
  await expect(feedback).toContainText('(event #5).');
  await expect(balance).toHaveText('751.00');
});
