// Helpers that drive the ledger like a person: by role, accessible name and label only, never by CSS
// classes or test ids. They encode the UI contract the app implements:
//  - form "Open account": fields "Account ID" (optional), "Owner", "Initial deposit"; button "Open account";
//  - form "Account operations": field "Account" (a select), field "Amount"; buttons "Deposit",
//    "Withdraw", "Close account";
//  - tables "Balances" (Account, Owner, Balance, Status, Last updated) and "Event log" (Position,
//    Stream, Version, Type, Data, Time); the header row uses columnheader cells, data rows use cells.
//    The Event log is an ARIA grid (its data cells are gridcells) and virtual: it has in the page only the
//    rows on screen (all of them for a log of up to twelve events); e2e/eventLog.ts has the helpers for
//    longer logs.
// Actions do not wait for the outcome: assert it in the spec with auto-retrying `expect`.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export interface OpenAccountInput {
  /** Leave undefined to let the app choose the next free id (ACC-001 first). */
  id?: string;
  owner: string;
  initialDeposit: number | string;
}

export const openAccountForm = (page: Page): Locator => page.getByRole('form', { name: 'Open account' });
export const operationsForm = (page: Page): Locator => page.getByRole('form', { name: 'Account operations' });
export const timeTravelSlider = (page: Page): Locator => page.getByRole('slider', { name: 'Time travel' });
/** A table by its name; an interactive one (the Event log) is a grid. */
export const table = (page: Page, name: string): Locator =>
  page.getByRole('table', { name, exact: true }).or(page.getByRole('grid', { name, exact: true }));

export async function openAccount(
  page: Page,
  { id, owner, initialDeposit }: OpenAccountInput,
): Promise<void> {
  const form = openAccountForm(page);
  if (id !== undefined) await form.getByLabel('Account ID', { exact: true }).fill(id);
  await form.getByLabel('Owner', { exact: true }).fill(owner);
  await form.getByLabel('Initial deposit', { exact: true }).fill(String(initialDeposit));
  await form.getByRole('button', { name: 'Open account', exact: true }).click();
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Matches "ACC-001" as a whole word, so "ACC-001 (Ada)" matches but "ACC-0010" does not. */
const wholeWord = (text: string): RegExp => new RegExp(`(^|[^\\w-])${escapeRegExp(text)}($|[^\\w-])`);

/** Chooses the account in "Account operations", waiting until the app lists it. */
async function chooseAccount(page: Page, accountId: string): Promise<Locator> {
  const form = operationsForm(page);
  const select = form.getByLabel('Account', { exact: true });
  const option = select.getByRole('option', { name: wholeWord(accountId) }).first();
  await option.waitFor({ state: 'attached' });
  const label = (await option.textContent())?.trim() ?? accountId;
  await select.selectOption({ label });
  return form;
}

async function operate(page: Page, accountId: string, button: string, amount?: number | string) {
  const form = await chooseAccount(page, accountId);
  if (amount !== undefined) await form.getByLabel('Amount', { exact: true }).fill(String(amount));
  await form.getByRole('button', { name: button, exact: true }).click();
}

export const deposit = (page: Page, accountId: string, amount: number | string): Promise<void> =>
  operate(page, accountId, 'Deposit', amount);
export const withdraw = (page: Page, accountId: string, amount: number | string): Promise<void> =>
  operate(page, accountId, 'Withdraw', amount);
export const closeAccount = (page: Page, accountId: string): Promise<void> =>
  operate(page, accountId, 'Close account');

/** Data rows of a table: rows without column headers. */
export const dataRows = (page: Page, tableName: string): Locator =>
  table(page, tableName)
    .getByRole('row')
    .filter({ hasNot: page.getByRole('columnheader') });

/** The Balances row of one account (its Account cell may be a cell or a rowheader). */
export function balancesRow(page: Page, accountId: string): Locator {
  const exact = { name: accountId, exact: true };
  return dataRows(page, 'Balances').filter({
    has: page.getByRole('cell', exact).or(page.getByRole('rowheader', exact)),
  });
}

/**
 * The index of the column whose header is `column` (exactly, or as a prefix: that tolerates sort indicators
 * such as "Balance ▲"), waiting until the table shows it: a table can be between two renders, or gone a
 * moment while the ledger reloads.
 */
export async function columnIndex(page: Page, tableName: string, column: string): Promise<number> {
  const headers = table(page, tableName).getByRole('columnheader');
  let names: string[] = [];
  const find = () => {
    const exact = names.indexOf(column);
    return exact >= 0 ? exact : names.findIndex((name) => name.startsWith(column));
  };
  await expect
    .poll(
      async () => {
        names = (await headers.allInnerTexts()).map((text) => text.trim());
        return find();
      },
      { message: `"${tableName}" has a "${column}" column` },
    )
    .toBeGreaterThanOrEqual(0);
  return find();
}

/**
 * The cell in `column` (a Balances header, e.g. "Balance" or "Status") of an account's row, as a
 * Locator so specs can `await expect(...).toHaveText('750.00')` with retries.
 */
export async function balancesCell(page: Page, accountId: string, column: string): Promise<Locator> {
  const index = await columnIndex(page, 'Balances', column);
  const row = balancesRow(page, accountId);
  return row.getByRole('cell').or(row.getByRole('rowheader')).nth(index);
}

/** The slider's range and position, read from its ARIA values (or a native range input's). */
export async function sliderState(slider: Locator): Promise<{ min: number; max: number; now: number }> {
  return slider.evaluate((el) => {
    const input = el instanceof HTMLInputElement ? el : undefined;
    const read = (aria: string, native: string | undefined) => Number(el.getAttribute(aria) ?? native);
    return {
      min: read('aria-valuemin', input?.min),
      max: read('aria-valuemax', input?.max),
      now: read('aria-valuenow', input?.value),
    };
  });
}
