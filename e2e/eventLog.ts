// Helpers for the Event log explorer specs. Like e2e/ledger.ts they drive the page by role, accessible name
// and label only. The UI contract they encode:
//  - the grid "Event log" (an ARIA grid; only the rows on screen are in the page; aria-rowcount counts
//    them all plus the header row, aria-rowindex places each row): columns Position, Stream, Version, Type,
//    Data, Time (gridcells); the Position and Time headers hold sort buttons and carry aria-sort; a row has a
//    "Jump to event N" button, aria-selected="true" when chosen ("false" otherwise) and aria-current="true"
//    for the time machine's event;
//  - the grid takes the focus: arrow keys, Page Up/Down, Home and End choose a row, Enter shows it; the
//    grid's aria-activedescendant is the id of the chosen row while that row is in the page;
//  - the search landmark "Event log filters": select "Event type", fields "Stream" and "Search the log",
//    button "Clear filters"; a status line says how many events match;
//  - the region "Event details": the event as JSON, buttons "Copy JSON", "Copy id" and "Close details";
//  - the dialog "Sample data": select "Events", fields "From" and "To", button "Generate".
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { dataRows } from './ledger';

export const eventLog = (page: Page): Locator => page.getByRole('grid', { name: 'Event log', exact: true });
export const eventLogFilters = (page: Page): Locator =>
  page.getByRole('search', { name: 'Event log filters' });
export const eventDetails = (page: Page): Locator => page.getByRole('region', { name: 'Event details' });

/** What Chromium tells assistive technology of a row: its role, its name and whether it is selected. */
export interface AccessibleRow {
  readonly role: string;
  readonly name: string;
  readonly selected: boolean;
}

/**
 * The row the Event log grid names as its active descendant, as the browser's accessibility tree (the one
 * screen readers read) resolves it; null if it names none, or an id that is not in the page.
 */
export async function activeDescendant(page: Page): Promise<AccessibleRow | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const grid = nodes.find((node) => node.role?.value === 'grid' && node.name?.value === 'Event log');
    const named = grid?.properties?.find((property) => property.name === 'activedescendant');
    const target = named?.value.relatedNodes?.[0]?.backendDOMNodeId;
    const row = nodes.find((node) => target !== undefined && node.backendDOMNodeId === target);
    if (!row) return null;
    const selected = row.properties?.find((property) => property.name === 'selected')?.value.value;
    return { role: String(row.role?.value), name: String(row.name?.value), selected: selected === true };
  } finally {
    await cdp.detach();
  }
}

/** The positions of the Event log rows in the page, top to bottom (overscan rows included). */
export async function shownPositions(page: Page): Promise<number[]> {
  const rows = dataRows(page, 'Event log');
  const cells = await rows.evaluateAll((elements) =>
    elements
      .map((row) => ({
        index: Number(row.getAttribute('aria-rowindex')),
        position: Number(row.querySelector('[role="gridcell"]')?.textContent),
      }))
      .sort((a, b) => a.index - b.index),
  );
  return cells.map((cell) => cell.position);
}

/** The positions of the rows wholly inside the Event log's viewport, below its header, top to bottom. */
export async function visiblePositions(page: Page): Promise<number[]> {
  return eventLog(page).evaluate((scroller) => {
    const head = scroller.querySelector('[role="rowgroup"]')?.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    const top = head ? head.bottom : box.top + scroller.clientTop;
    const bottom = box.top + scroller.clientTop + scroller.clientHeight;
    return [...scroller.querySelectorAll('[role="row"][aria-rowindex]')]
      .filter((row) => row.getAttribute('aria-rowindex') !== '1')
      .map((row) => ({ row, rect: row.getBoundingClientRect() }))
      .filter(({ rect }) => rect.top >= top - 0.5 && rect.bottom <= bottom + 0.5)
      .sort((a, b) => a.rect.top - b.rect.top)
      .map(({ row }) => Number(row.querySelector('[role="gridcell"]')?.textContent));
  });
}

/** The Event log's sort button in a column header ("Position" or "Time"). */
export const sortButton = (page: Page, column: string): Locator =>
  eventLog(page)
    .getByRole('columnheader', { name: new RegExp(`^${column}\\b`) })
    .getByRole('button');

/**
 * Generates `events` random events with the "Sample data" dialog (recorded between `from` and `to`, days
 * as YYYY-MM-DD; the dialog's own range when left out) and closes it once they are in.
 */
export async function generateSampleEvents(
  page: Page,
  events: number,
  range?: { from: string; to: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Load sample data', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Sample data' });
  await dialog.getByLabel('Events', { exact: true }).selectOption(String(events));
  if (range) {
    await dialog.getByLabel('From', { exact: true }).fill(range.from);
    await dialog.getByLabel('To', { exact: true }).fill(range.to);
  }
  await dialog.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(
    dialog.getByText(`Added ${events.toLocaleString('en-US')} events.`, { exact: true }),
  ).toBeVisible({
    timeout: 240_000,
  });
  await dialog.getByRole('button', { name: 'Close sample data', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Opens the app and loads the textbook stories (nine events): where the small-log journeys start. */
export async function openWithTextbookStories(page: Page): Promise<void> {
  await page.goto('/');
  await textbookStories(page);
}

/**
 * Loads the textbook stories: Alice (#1–#4: opened with 0, +1,000, −200, −50), Bob (#5–#7: 1,000, +500,
 * −200), then Bob's transfer of 250.00 to Alice (#8 withdrawn from ACC-002, #9 deposited into ACC-001).
 */
export async function textbookStories(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load sample data', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Sample data' });
  await dialog.getByRole('button', { name: 'Load the textbook stories', exact: true }).click();
  await expect(dialog.getByText('The textbook stories were added.', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close sample data', exact: true }).click();
  await expect(dataRows(page, 'Event log')).toHaveCount(9);
}
