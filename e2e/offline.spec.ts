// Journey: after one visit the service worker serves the app, so a reload works without a network
// and the data (IndexedDB) is still there.
import { expect, test } from './fixtures';
import { balancesCell, deposit, openAccount } from './ledger';

// While offline Chromium itself logs failed requests (e.g. its background check for a newer sw.js).
test.use({ allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });

test('reloads offline with the app and its data', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Ready to work offline.' })).toBeVisible({
    timeout: 15_000,
  });
  await openAccount(page, { id: 'ACC-001', owner: 'Ada', initialDeposit: 0 });
  await deposit(page, 'ACC-001', 1000);
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('1,000.00');

  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined), {
      message: 'the app registers a service worker (render <UpdatePrompt /> once)',
    })
    .toBe(true);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first worker does not claim the page that installed it (clientsClaim is off): reload once.
  if (await page.evaluate(() => navigator.serviceWorker.controller === null)) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Chronoledger', exact: true })).toBeVisible();
  await expect(await balancesCell(page, 'ACC-001', 'Balance')).toHaveText('1,000.00');
  await expect(await balancesCell(page, 'ACC-001', 'Owner')).toHaveText('Ada');
});
