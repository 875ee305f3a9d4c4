// The Event log rows, measured on the app right after the slider drags (bench/runner/drag.mjs), on the same
// 1,000,000 events: with the Event log on screen, turn the mouse wheel over it from its first row to its
// last, one wheel step per frame, recording every frame and long task meanwhile (the drag probe, still
// installed), and check after every step that the rows cover the table's viewport (no blank band) and, at
// the end, that the last row of the log is shown. docs/BENCHMARKS.md says what the rows mean.
import { nextFrame } from './dragProbe.mjs';
import { frameRows } from './dragRows.mjs';
import { row } from './row.mjs';
import { untilQuiet } from './untilQuiet.mjs';

const ROW = 'Event log scroll at 1M';
/** Wheel steps from the top of the Event log to its bottom. */
const STEPS = 120;

/**
 * @param {import('@playwright/test').Page} page the app, the drag probe installed
 * @param {{ frameMs: number, longTaskMs: number }} targets
 * @param {(message: string) => void} log
 */
export async function measureLogScroll(page, targets, log) {
  const table = page.getByRole('grid', { name: 'Event log', exact: true });
  await showOnScreen(page, table);
  const count = Number(await table.getAttribute('aria-rowcount')) - 1;
  await table.evaluate((scroller) => scroller.scrollTo({ top: 0 }));
  await nextFrame(page);
  const box = await table.boundingBox();
  if (!box) throw new Error('The Event log is not on screen.');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const height = await table.evaluate((scroller) => scroller.scrollHeight - scroller.clientHeight);
  // A step a bit longer than 1/STEPS of the range, so that the last steps press against the bottom.
  const delta = Math.ceil((height * 1.02) / STEPS);
  // Found once: a locator would look the grid up by its role again at every step, and that query (the ARIA
  // role of every element on the page) runs on the page's main thread, several ms a time, inside the frames
  // being measured.
  const scroller = await table.elementHandle();
  let gaps = 0;
  let lastShownAfter = NaN;
  const start = await page.evaluate(() => performance.now());
  for (let step = 1; step <= STEPS; step++) {
    await page.mouse.wheel(0, delta);
    await nextFrame(page);
    const shown = await scroller.evaluate(rowsOnScreen);
    if (!shown.covered) gaps++;
    if (Number.isNaN(lastShownAfter) && shown.last === 1)
      lastShownAfter = (await page.evaluate(() => performance.now())) - start;
  }
  await nextFrame(page);
  await nextFrame(page);
  const end = await page.evaluate(() => performance.now());
  const final = await scroller.evaluate(rowsOnScreen);
  await scroller.dispose();
  if (final.last !== 1) throw new Error(`The wheel stopped with #${final.last} last on screen, not #1.`);
  const [span] = (await page.evaluate((spans) => window.__dragProbe.collect(spans), [{ start, end }])).spans;
  log(
    `  scrolled ${count.toLocaleString('en-US')} rows in ${STEPS} wheel steps of ${delta} px (${((end - start) / 1000).toFixed(1)} s): ` +
      `${span.durations.length} frames, longest ${Math.max(0, ...span.durations).toFixed(1)} ms, ${span.tasks.length} long task(s), ` +
      `${gaps} step(s) with a blank band; the last row (#1) on screen after ${(lastShownAfter / 1000).toFixed(1)} s`,
  );
  return scrollRows(span, gaps, lastShownAfter, targets);
}

function scrollRows({ durations, tasks }, gaps, lastShownAfter, targets) {
  return [
    ...frameRows(ROW, { durations, tasks }, targets),
    row({ name: `${ROW}: wheel steps showing a blank band`, value: gaps, unit: 'steps', target: 0 }),
    row({
      name: `↳ frames during the scroll, ${STEPS} wheel steps`,
      value: durations.length,
      unit: 'frames',
    }),
    row({ name: '↳ last row (#1) on screen after', value: lastShownAfter, unit: 'ms' }),
  ];
}

/** Scrolls the page so that the Event log is whole below the sticky time-travel bar. */
async function showOnScreen(page, table) {
  const bar = await page.getByRole('region', { name: 'Time travel', exact: true }).boundingBox();
  await table.evaluate((element, barHeight) => {
    const top = element.getBoundingClientRect().top + scrollY;
    scrollTo({ top: Math.max(0, top - barHeight - 48) });
  }, bar?.height ?? 0);
  // Scrolled to, the log (and whatever else came on screen) catches up with the view: wait until it has.
  await untilQuiet(page);
  await nextFrame(page);
}

/**
 * In the page: whether the rows cover the Event log's viewport below its header, and the position of the
 * last row wholly on screen. Runs between frames, when the layout is up to date.
 * @param {HTMLElement} scroller
 */
function rowsOnScreen(scroller) {
  const box = scroller.getBoundingClientRect();
  const head = scroller.querySelector('[role="rowgroup"]')?.getBoundingClientRect();
  const [top, bottom] = [head ? head.bottom : box.top, box.top + scroller.clientTop + scroller.clientHeight];
  const rows = [...scroller.querySelectorAll('[role="row"]')]
    .filter((element) => element.getAttribute('aria-rowindex') !== '1')
    .map((element) => ({ element, rect: element.getBoundingClientRect() }))
    .filter(({ rect }) => rect.bottom > top && rect.top < bottom)
    .sort((a, b) => a.rect.top - b.rect.top);
  const covered =
    rows.length > 0 &&
    rows[0].rect.top <= top + 0.5 &&
    rows.at(-1).rect.bottom >= bottom - 0.5 &&
    rows.every(({ rect }, index) => index === 0 || Math.abs(rect.top - rows[index - 1].rect.bottom) < 1.5);
  const whole = rows.filter(({ rect }) => rect.top >= top - 0.5 && rect.bottom <= bottom + 0.5);
  const last = whole.at(-1)?.element.querySelector('[role="gridcell"]')?.textContent;
  return { covered, last: Number(last) };
}
