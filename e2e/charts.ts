// Helpers for e2e/charts.spec.ts. Like e2e/ledger.ts they drive the page by role, accessible name and
// label only. The UI contract they encode:
//  - the region "Charts" with the select "Chart account" (options "ACC-001 · Ada", value the account id);
//  - two images (canvas charts with a text alternative): "Balance of <account> over time" and
//    "Daily deposits and withdrawals, all accounts"; each one's accessible description says where the
//    time-travel marker stands: "Marker at event #N (YYYY-MM-DD HH:MM:SS UTC): …" or
//    "Marker before the first event.".
import type { Locator, Page } from '@playwright/test';

export const chartsRegion = (page: Page): Locator =>
  page.getByRole('region', { name: 'Charts', exact: true });

export const chartAccount = (page: Page): Locator =>
  chartsRegion(page).getByLabel('Chart account', { exact: true });

export const balanceChart = (page: Page, accountId: string): Locator =>
  chartsRegion(page).getByRole('img', { name: `Balance of ${accountId} over time`, exact: true });

export const dailyChart = (page: Page): Locator =>
  chartsRegion(page).getByRole('img', { name: 'Daily deposits and withdrawals, all accounts', exact: true });

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A marker description at event `position` ("Marker at event #3 (2026-01-02 10:00:00 UTC): …"), the rest
 * of it matching `rest` (a regular expression's source; by default anything).
 */
export const markerAt = (position: number, rest = '.*'): RegExp =>
  new RegExp(`^Marker at event #${position} \\(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\): ${rest}$`);

/** The whole balance-chart description: the marker at `position` and the balance there ("750.00"). */
export const balanceMarker = (position: number, balance: string): RegExp =>
  markerAt(position, `balance ${escapeRegExp(balance)}\\.`);
