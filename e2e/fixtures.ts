// The `test` and `expect` every spec imports. On top of Playwright's own fixtures:
//  - every test FAILS if the page logged a console error or threw an uncaught exception, even when
//    all its assertions passed (the collected messages are shown in the failure);
//  - `allowedConsoleErrors` (set with `test.use({ allowedConsoleErrors: [/pattern/] })`) lists the
//    console errors a spec expects, e.g. the browser's own "Failed to load resource" while offline.
import { test as base, expect } from '@playwright/test';

interface Fixtures {
  allowedConsoleErrors: RegExp[];
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  pageErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' && !allowedConsoleErrors.some((re) => re.test(text))) {
          errors.push(`console.error: ${text}`);
        }
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));
      await use(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
