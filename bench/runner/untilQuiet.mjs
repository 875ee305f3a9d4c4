// Waits for the app's views to settle instead of for a fixed time: off-screen tables catch up once the view
// has been still for 400 ms, in an idle moment within a second after that (src/ui/tables/onScreen.tsx), and
// how long their redraw takes depends on the machine. The quiet window is longer than that wait.

/**
 * Resolves once the page's DOM has not changed for `quietMs` (every view has caught up and redrawn); fails
 * if it keeps changing for `timeoutMs`.
 * @param {import('playwright').Page} page
 */
export async function untilQuiet(page, { quietMs = 1500, timeoutMs = 30_000 } = {}) {
  await page.evaluate(
    ([quiet, timeout]) =>
      new Promise((resolve, reject) => {
        const settled = () => {
          observer.disconnect();
          clearTimeout(giveUp);
          resolve();
        };
        let timer = setTimeout(settled, quiet);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(settled, quiet);
        });
        const giveUp = setTimeout(() => {
          observer.disconnect();
          clearTimeout(timer);
          reject(new Error(`The page was still changing after ${timeout} ms.`));
        }, timeout);
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
        });
      }),
    [quietMs, timeoutMs],
  );
}
