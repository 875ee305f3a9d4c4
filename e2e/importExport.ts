// Helpers for the import and export journeys. Accessible names relied on: the file field "Import events",
// the dialog "Replace the ledger?", the progress bar "Import progress".
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';

/** A file under e2e/fixtures/. */
export const fixture = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
export const importInput = (page: Page): Locator => page.getByLabel('Import events', { exact: true });
export const importProgress = (page: Page): Locator =>
  page.getByRole('progressbar', { name: 'Import progress' });
export const replaceDialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'Replace the ledger?' });
