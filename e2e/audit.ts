// Helpers for the audit-trail spec (e2e/auditTrail.spec.ts). Like e2e/ledger.ts they drive the page by role,
// accessible name and label only. The UI contract they encode:
//  - region "Audit trail": select "Stream of account" and table "Stream history" (Version, Position,
//    Event, Actor, Recorded, Command, Correlation, Caused by), newest version first. Each row's Correlation
//    and "Caused by" ids are buttons named "Correlation <first 8 characters>…" and "Causation <…>";
//  - region "Causation chain": nested lists of commands and events, each event with "Jump to event N";
//    buttons "Close causation chain" and "Show the whole correlation";
//  - form "Account operations": select "To account" and button "Transfer";
//  - field "Acting as" in the command panel.
import type { Locator, Page } from '@playwright/test';
import { dataRows, operationsForm, table } from './ledger';

export const auditTrail = (page: Page): Locator =>
  page.getByRole('region', { name: 'Audit trail', exact: true });
export const causationChain = (page: Page): Locator =>
  page.getByRole('region', { name: 'Causation chain', exact: true });
export const actingAs = (page: Page): Locator => page.getByLabel('Acting as', { exact: true });

/** Chooses the option of `select` that names `accountId` ("ACC-001 · Ada"), waiting until it is listed. */
async function chooseOption(select: Locator, accountId: string): Promise<void> {
  const option = select
    .getByRole('option')
    .filter({ hasText: new RegExp(`^${accountId} `) })
    .first();
  await option.waitFor({ state: 'attached' });
  await select.selectOption({ label: ((await option.textContent()) ?? accountId).trim() });
}

/** Shows one account's stream in the audit trail. */
export const showStream = (page: Page, accountId: string): Promise<void> =>
  chooseOption(page.getByLabel('Stream of account', { exact: true }), accountId);

/** Transfers `amount` with the "Account operations" form; assert the outcome in the spec. */
export async function transfer(page: Page, from: string, to: string, amount: number | string): Promise<void> {
  const form = operationsForm(page);
  await chooseOption(form.getByLabel('Account', { exact: true }), from);
  await form.getByLabel('Amount', { exact: true }).fill(String(amount));
  await chooseOption(form.getByLabel('To account', { exact: true }), to);
  await form.getByRole('button', { name: 'Transfer', exact: true }).click();
}

export const streamRows = (page: Page): Locator => dataRows(page, 'Stream history');

/** The Stream history row of one version (its first cell holds the version number). */
export const streamRow = (page: Page, version: number): Locator =>
  streamRows(page).filter({ has: page.getByRole('cell', { name: String(version), exact: true }) });

/** The cell under the Stream history column `column` in the row of `version`. */
export async function streamCell(page: Page, version: number, column: string): Promise<Locator> {
  const headers = table(page, 'Stream history').getByRole('columnheader');
  await headers.first().waitFor();
  const names = (await headers.allInnerTexts()).map((text) => text.trim());
  const index = names.indexOf(column);
  if (index < 0) throw new Error(`Stream history has no "${column}" column (columns: ${names.join(', ')})`);
  return streamRow(page, version).getByRole('cell').nth(index);
}

/** The chain's list item of the event at `position` (the item holding its "Jump to event N" button). */
export const chainItemOf = (chain: Locator, position: number): Locator =>
  chain
    .getByRole('listitem')
    .filter({ has: chain.page().getByRole('button', { name: `Jump to event ${position}`, exact: true }) })
    .last();
