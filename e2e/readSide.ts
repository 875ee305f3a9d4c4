// Helpers for the read-side specs (e2e/readSide*.spec.ts), by role, accessible name and label only. The UI
// contract they encode:
//  - region "Projections": a row per projection, buttons "Rebuild <name>", "Register <name>",
//    "Unregister <name>", "Cancel rebuilding <name>"; progress bars "Rebuilding <name>"; the switch
//    "Simulate read lag" and the field "Lag (ms)";
//  - the status "read model N events behind" with a list "Pending events" while the read side lags;
//  - table "Statement" with the selects "Statement account" and "Statement month"; table "Largest movements".
import type { Locator, Page } from '@playwright/test';

export const projectionsRegion = (page: Page): Locator => page.getByRole('region', { name: 'Projections' });

export const projectionButton = (page: Page, name: string): Locator =>
  projectionsRegion(page).getByRole('button', { name, exact: true });

/** The row of one projection in the panel, by its name. */
export const projectionRow = (page: Page, name: string): Locator =>
  projectionsRegion(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
