// Journeys: export the log as a chronoledger-events file, import such a file into an empty ledger (version-1
// events included), replace an existing ledger after confirming, and see a bad file refused with its reason
// while the ledger stays as it was. Files are prepared under e2e/fixtures/.
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fixture, importInput, importProgress, replaceDialog } from './importExport';
import { balancesCell, dataRows, deposit, openAccount } from './ledger';

/** The textbook story for Ada: opened with 0, then +1,000.00; two events. */
async function adaWithDeposit(page: Page) {
  await openAccount(page, { id: 'ACC-001', owner: 'Ada', initialDeposit: 0 });
  await deposit(page, 'ACC-001', 1000);
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('1,000.00');
  await expect(dataRows(page, 'Event log')).toHaveCount(2);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Load sample data' })).toBeVisible();
});

test('exports the log as NDJSON: a header, then every event as stored', async ({ page }) => {
  await adaWithDeposit(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export events', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^chronoledger-events-\d{4}-\d{2}-\d{2}-1-2\.ndjson$/);
  const text = await readFile(await download.path(), 'utf8');
  const [header, ...lines] = text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(header).toEqual({
    format: 'chronoledger-events',
    formatVersion: 1,
    exportedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    eventCount: 2,
  });
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatchObject({
    position: 1,
    streamId: 'account-ACC-001',
    version: 1,
    type: 'AccountCreated',
    schemaVersion: 2,
    data: { accountId: 'ACC-001', owner: 'Ada', initialDeposit: 0 },
    metadata: { recordedAt: expect.any(String), commandId: expect.any(String) },
  });
  expect(lines[1]).toMatchObject({
    position: 2,
    version: 2,
    type: 'MoneyDeposited',
    data: { amount: 100_000 },
  });
  expect(Object.keys(lines[1])).toEqual([
    'id',
    'position',
    'streamId',
    'version',
    'type',
    'schemaVersion',
    'data',
    'metadata',
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Exported 2 events' })).toBeVisible();
});

test('exports a range of positions chosen in a dialog', async ({ page }) => {
  await adaWithDeposit(page);
  await page.getByRole('button', { name: 'Export a range…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a range of events' });
  await dialog.getByLabel('From position').fill('2');
  await dialog.getByLabel('To position').fill('2');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export range' }).click();
  const text = await readFile(await (await downloading).path(), 'utf8');
  const lines = text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(lines[0]).toMatchObject({ eventCount: 1 });
  expect(lines.slice(1).map((line) => line.position)).toEqual([2]);
});

test('imports a prepared file with version-1 events into an empty ledger', async ({ page }) => {
  await importInput(page).setInputFiles(fixture('textbook-v1.ndjson'));
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported 10 events from textbook-v1.ndjson' }),
  ).toBeVisible();
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('750.00');
  await expect(await balancesCell(page, 'ACC-002', 'Balance')).toHaveText('1,480.26');
  await expect(await balancesCell(page, 'ACC-003', 'Status')).toHaveText('Closed');
  // Markup in the file is shown as text, never run.
  await expect(await balancesCell(page, 'ACC-002', 'Owner')).toHaveText(
    'Bob <b>&amp;</b> <script>alert(1)</script>',
  );
  await expect(dataRows(page, 'Event log')).toHaveCount(10);

  await page.reload();
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('750.00');
});

test('replaces an existing ledger only after confirmation', async ({ page }) => {
  await adaWithDeposit(page);

  await importInput(page).setInputFiles(fixture('textbook-v1.ndjson'));
  await expect(replaceDialog(page)).toContainText('The ledger holds 2 events');
  await replaceDialog(page).getByRole('button', { name: 'Keep current ledger' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was imported' })).toBeVisible();
  await expect(await balancesCell(page, 'ACC-001', 'Owner')).toHaveText('Ada');

  await importInput(page).setInputFiles(fixture('textbook-v1.ndjson'));
  await replaceDialog(page).getByRole('button', { name: 'Replace ledger' }).click();
  await expect(await balancesCell(page, 'ACC-001', 'Owner')).toHaveText('Alice');
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('750.00');
  await expect(dataRows(page, 'Event log')).toHaveCount(10);

  // Appends continue after the imported log.
  await deposit(page, 'ACC-001', 250);
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('1,000.00');
  await expect(dataRows(page, 'Event log')).toHaveCount(11);
});

for (const [file, reason] of [
  ['overdraft.ndjson', /Line 4: MoneyWithdrawn breaks a rule of the ledger: Insufficient funds/],
  ['prototype-pollution.ndjson', /Line 2: metadata has an unknown key "__proto__"/],
] as const) {
  test(`refuses ${file} with its reason and leaves the ledger unchanged`, async ({ page }) => {
    await adaWithDeposit(page);
    await importInput(page).setInputFiles(fixture(file));
    await replaceDialog(page).getByRole('button', { name: 'Replace ledger' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'refused' });
    await expect(alert).toContainText(reason);
    await expect(alert).toContainText('The ledger is unchanged.');
    await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('1,000.00');
    await expect(dataRows(page, 'Event log')).toHaveCount(2);
    await page.reload();
    await expect(await balancesCell(page, 'ACC-001', 'Owner')).toHaveText('Ada');
    await expect(dataRows(page, 'Event log')).toHaveCount(2);
  });
}

test('shows import progress, and Cancel leaves nothing behind', async ({ page }) => {
  await adaWithDeposit(page);
  const path = test.info().outputPath('large.ndjson');
  await writeFile(path, largeLedger(150_000));
  await importInput(page).setInputFiles(path);
  await replaceDialog(page).getByRole('button', { name: 'Replace ledger' }).click();
  await expect(importProgress(page)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Import cancelled. The ledger is unchanged.' }),
  ).toBeVisible();
  await expect(importProgress(page)).toHaveCount(0);
  await page.reload();
  await expect(await balancesCell(page, 'ACC-001', 'Owner')).toHaveText('Ada');
  await expect(dataRows(page, 'Event log')).toHaveCount(2);
});

test('lists event types, versions and upcasters in the Schema region', async ({ page }) => {
  const schema = page.getByRole('region', { name: 'Schema' });
  await expect(schema.getByRole('table', { name: 'Event types' })).toContainText('MoneyDeposited');
  await expect(schema.getByRole('table', { name: 'Event types' }).getByRole('row')).toHaveCount(9);
  await expect(schema.getByRole('table', { name: 'Upcasters' })).toContainText('decimal currency units');
});

/** A valid file of one account and `deposits` deposits of 1.00. */
function largeLedger(deposits: number): string {
  const lines = [
    JSON.stringify({
      format: 'chronoledger-events',
      formatVersion: 1,
      exportedAt: '2026-05-01T12:00:00.000Z',
      eventCount: deposits + 1,
    }),
    JSON.stringify({
      id: 'evt-1',
      position: 1,
      streamId: 'account-ACC-001',
      version: 1,
      type: 'AccountCreated',
      schemaVersion: 2,
      data: { accountId: 'ACC-001', owner: 'Big', initialDeposit: 0 },
      metadata: { recordedAt: '2026-04-01T09:00:00.000Z', commandId: 'cmd-1' },
    }),
  ];
  for (let position = 2; position <= deposits + 1; position += 1) {
    lines.push(
      `{"id":"evt-${position}","position":${position},"streamId":"account-ACC-001","version":${position},"type":"MoneyDeposited","schemaVersion":2,"data":{"amount":100},"metadata":{"recordedAt":"2026-04-01T10:00:00.000Z","commandId":"cmd-${position}"}}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
