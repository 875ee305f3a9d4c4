// Journeys through one event of the Event log: choosing it from the keyboard (announced to a screen reader),
// its details with its stored JSON, travelling there, and copying the JSON and the id.
import { expect, test } from './fixtures';
import { activeDescendant, eventDetails, eventLog, openWithTextbookStories } from './eventLog';
import { eventLogRow, expectPosition } from './timeMachine';

test.describe('one event of a small log', () => {
  test.beforeEach(async ({ page }) => openWithTextbookStories(page));
  test('arrow keys choose an event and Enter shows its details', async ({ page }) => {
    const log = eventLog(page);
    await log.focus();
    await log.press('ArrowDown'); // the first row: #9, newest first
    await expect(eventLogRow(page, 9)).toHaveAttribute('aria-selected', 'true');
    await log.press('ArrowDown');
    await log.press('ArrowDown');
    await expect(eventLogRow(page, 7)).toHaveAttribute('aria-selected', 'true');
    await expect(eventLogRow(page, 9)).not.toHaveAttribute('aria-selected', 'true');
    await expect(eventDetails(page)).toBeHidden();
    await log.press('Enter');
    await expect(eventDetails(page).getByLabel('Event #7 as JSON')).toContainText('"amount": 20000');
    // The rows' jump buttons are out of the Tab order (the grid is one Tab stop): the details take you there.
    await eventDetails(page).getByRole('button', { name: 'Travel to this event', exact: true }).click();
    await expectPosition(page, 7);
    await log.focus();
    await log.press('Home');
    await expect(eventLogRow(page, 9)).toHaveAttribute('aria-selected', 'true');
    await log.press('End');
    await expect(eventLogRow(page, 1)).toHaveAttribute('aria-selected', 'true');
    await log.press('ArrowUp');
    await expect(eventLogRow(page, 2)).toHaveAttribute('aria-selected', 'true');
    await eventDetails(page).getByRole('button', { name: 'Close details', exact: true }).click();
    await expect(eventDetails(page)).toBeHidden();
  });

  test('a screen reader is told the chosen event: the grid names its row as active descendant', async ({
    page,
  }) => {
    const log = eventLog(page);
    const chosen = log.getByRole('row', { selected: true });
    await log.focus();
    await expect(log).not.toHaveAttribute('aria-activedescendant');
    await expect(chosen).toHaveCount(0);

    await log.press('ArrowDown'); // the first row: #9, newest first
    await expect(chosen.getByRole('button', { name: 'Jump to event 9', exact: true })).toBeVisible();
    await log.press('ArrowDown'); // the next event down the list: #8
    await expect(chosen).toHaveCount(1);
    await expect(chosen.getByRole('button', { name: 'Jump to event 8', exact: true })).toBeVisible();
    await expect(eventLogRow(page, 9)).toHaveAttribute('aria-selected', 'false');
    const id = await chosen.getAttribute('id');
    expect(id, 'the chosen row has an id').toBeTruthy();
    await expect(log).toHaveAttribute('aria-activedescendant', id ?? '');
    await expect(log).toBeFocused();
    // What Chromium hands a screen reader: the focused grid's active descendant is that row, selected.
    await expect
      .poll(() => activeDescendant(page))
      .toEqual({
        role: 'row',
        name: expect.stringMatching(/^Jump to event 8 account-ACC-002 4 MoneyWithdrawn /),
        selected: true,
      });
  });

  test.describe('with the clipboard allowed', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('a clicked event shows its data and metadata, and copies its JSON and its id', async ({ page }) => {
      await eventLogRow(page, 6).getByRole('gridcell', { name: 'MoneyDeposited', exact: true }).click();
      const details = eventDetails(page);
      const json = details.getByLabel('Event #6 as JSON');
      await expect(json).toContainText('"amount": 50000');
      const shown = JSON.parse(await json.innerText());
      expect(shown).toMatchObject({
        position: 6,
        streamId: 'account-ACC-002',
        version: 2,
        type: 'MoneyDeposited',
        data: { amount: 50_000 },
        metadata: { actor: 'teacher', commandId: expect.any(String), correlationId: expect.any(String) },
      });

      await details.getByRole('button', { name: 'Copy JSON', exact: true }).click();
      await expect(details.getByRole('status')).toHaveText('Copied the JSON of event #6 to the clipboard.');
      expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(shown);

      await details.getByRole('button', { name: 'Copy id', exact: true }).click();
      await expect(details.getByRole('status')).toHaveText('Copied the id of event #6 to the clipboard.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown.id);
    });
  });

  test('a refused clipboard is said so, with what to do instead', async ({ page }) => {
    await page.evaluate(() => {
      const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: refuse }, configurable: true });
    });
    await eventLogRow(page, 2).getByRole('gridcell', { name: 'MoneyDeposited', exact: true }).click();
    const details = eventDetails(page);
    await details.getByRole('button', { name: 'Copy id', exact: true }).click();
    await expect(details.getByRole('alert')).toHaveText(
      'Could not copy the id of event #2: the browser refused (Write permission denied.). Select the text and copy it by hand.',
    );
  });
});
