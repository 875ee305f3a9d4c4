// The time-machine rows, measured on the REAL APP (its production build) rather than on the bench page: with
// 1,000,000 events generated through its UI, drag the "Time travel" slider across its whole width with the
// mouse, left to right and back, recording every frame and every long task meanwhile (bench/runner/
// dragProbe.mjs); then the same in a window tall enough for every table; then scroll the Event log from
// its first row to its last with the mouse wheel (bench/runner/logScroll.mjs). docs/BENCHMARKS.md says what the
// rows mean and their caveats.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allocationProfile, summariseAllocations, summariseLongTasks } from './allocations.mjs';
import { cpuProfile, summariseProfile, summariseTrace, traceOf } from './profile.mjs';
import { installDragProbe, nextFrame } from './dragProbe.mjs';
import { measureLogScroll } from './logScroll.mjs';
import { serveDirectory } from './serve.mjs';
import { untilQuiet } from './untilQuiet.mjs';
import { DATA_TABLES, describe, dragRows, leastRedrawn, MOVES } from './dragRows.mjs';

/** The name `--only` matches (with the row names) to select the drag. */
export const DRAG_MODULE = 'Slider drag and Event log scroll at 1M (app)';
const ROW = 'Slider drag at 1M';
const EVENTS = 1_000_000;
/** Generating 1M events through the app: 15-50 s on 2 cores; minutes on a loaded machine. */
const GENERATE_TIMEOUT_MS = 12 * 60_000;
/** A laptop-sized window: the time-travel bar (sticky) and two of the data tables fit on screen. */
const VIEWPORT = { width: 1300, height: 1000 };
/**
 * A window tall enough for the bar, every data table and the charts at once, whatever the position (the
 * tables are longest at the head): two portrait screens stacked.
 */
const TALL_VIEWPORT = { width: 1300, height: 4200 };
/**
 * The app seeds the random ledger with Date.now() when "Generate" is pressed and proposes the 90 days before
 * today: the bench fixes both, so that every run drags over the same ledger (2025-01-01..2025-04-01, as the
 * bench page's 1M ledger).
 */
const SEED = Date.UTC(2025, 3, 1, 12);
const FROM = '2025-01-01';
const TO = '2025-04-01';

/**
 * @param {{ appDir: string, chromiumArgs: string[], targets: { frameMs: number, longTaskMs: number }, log: (message: string) => void, profile?: boolean }} options
 * @returns {Promise<{ rows: import('./report.mjs').Row[], browser: string }>}
 */
export async function measureSliderDrag({ appDir, chromiumArgs, targets, log, profile = false }) {
  const { chromium } = await import('@playwright/test');
  const userData = mkdtempSync(join(tmpdir(), 'chronoledger-drag-'));
  const server = await serveDirectory(appDir);
  let context;
  try {
    // A fresh on-disk profile (IndexedDB on disk, as for a user). Service workers are blocked: the app's
    // only precaches the bundle, which is no part of a drag and would only add noise while the page loads.
    context = await chromium.launchPersistentContext(userData, {
      headless: true,
      ...(process.env.CHROMIUM_PATH ? { executablePath: process.env.CHROMIUM_PATH } : {}),
      args: chromiumArgs,
      viewport: VIEWPORT,
      serviceWorkers: 'block',
    });
    const browser = context.browser()?.version() ?? 'unknown';
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error(`[app error] ${error.message}`));
    await page.goto(server.url);
    await generate(page, log);
    const slider = page.getByRole('slider', { name: 'Time travel', exact: true });
    await page.waitForFunction((element) => !element.disabled, await slider.elementHandle(), {
      timeout: 60_000,
    });
    const head = Number(await slider.getAttribute('aria-valuemax'));
    if (head < EVENTS) throw new Error(`The slider spans ${head} events, not ${EVENTS}.`);
    await slider.evaluate(installDragProbe);
    const spans = await dragBothWays(page, slider, head, log);
    await showEverything(page);
    const allSpans = await dragBothWays(page, slider, head, log, { everyTable: true });
    const collect = (measured) => page.evaluate((both) => window.__dragProbe.collect(both), measured);
    const [seen, seenAll] = [await collect(spans), await collect(allSpans)];
    for (const span of [...seen.spans, ...seenAll.spans]) log(`  ${describe(span, targets.frameMs)}`);
    await page.setViewportSize(VIEWPORT);
    const scrolled = await measureLogScroll(page, targets, log);
    const rows = [
      ...dragRows(seen, targets, ROW),
      ...dragRows(seenAll, targets, `${ROW}, every table on screen`).slice(0, 3),
      leastRedrawn(seenAll),
      ...scrolled,
    ];
    if (profile) {
      await showEverything(page);
      await profileDrags(page, slider, log);
    }
    return { rows, browser };
  } finally {
    await context?.close();
    await server.close();
    rmSync(userData, { recursive: true, force: true });
  }
}

/** Sample data → 1,000,000 events → Generate, as a person would; resolves when the dialog is closed. */
async function generate(page, log) {
  await page.getByRole('button', { name: 'Load sample data', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Sample data' });
  await dialog.getByLabel('Events', { exact: true }).selectOption(String(EVENTS));
  await dialog.getByLabel('From', { exact: true }).fill(FROM);
  await dialog.getByLabel('To', { exact: true }).fill(TO);
  log(`  generating ${EVENTS.toLocaleString('en-US')} events through the app (takes minutes)…`);
  const started = performance.now();
  // A click from the page, with Date.now() fixed for the handler alone: it seeds the generator with it.
  await dialog.getByRole('button', { name: 'Generate', exact: true }).evaluate((button, seed) => {
    const now = Date.now;
    Date.now = () => seed;
    try {
      button.click();
    } finally {
      Date.now = now;
    }
  }, SEED);
  const added = dialog.getByText(`Added ${EVENTS.toLocaleString('en-US')} events.`, { exact: true });
  await added.or(dialog.getByRole('alert')).first().waitFor({ timeout: GENERATE_TIMEOUT_MS });
  if (!(await added.isVisible()))
    throw new Error(`Generating failed: ${await dialog.getByRole('alert').innerText()}`);
  log(`  generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await dialog.getByRole('button', { name: 'Close sample data', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The tall window, scrolled to the top: every data table on screen; then a wait for them to catch up. */
async function showEverything(page) {
  await page.setViewportSize(TALL_VIEWPORT);
  await page.evaluate(() => scrollTo({ top: 0 }));
  await untilQuiet(page);
  const onScreen = await tablesOnScreen(page);
  if (onScreen.length < DATA_TABLES.length) throw new Error(`Only ${onScreen.join(', ')} on screen.`);
}

/**
 * Drags the slider to the right end, then back to the left one; returns the two spans to measure. With
 * `everyTable`, fails unless every data table is on screen before and after each drag.
 */
async function dragBothWays(page, slider, head, log, { everyTable = false } = {}) {
  const spans = [];
  for (const [direction, end] of [
    ['right', head],
    ['left', 0],
  ]) {
    const onScreen = await tablesOnScreen(page);
    spans.push(await drag(page, slider, direction));
    const position = Number(await slider.getAttribute('aria-valuenow'));
    const after = await tablesOnScreen(page);
    log(
      `  drag ${direction === 'right' ? 'left → right' : 'right → left'}: tables on screen ${onScreen.join(', ')}` +
        ` → ${after.join(', ')}; the slider ends at ${position}`,
    );
    if (position !== end) throw new Error(`The drag ended at position ${position}, not ${end}.`);
    if (everyTable && Math.min(onScreen.length, after.length) < DATA_TABLES.length)
      throw new Error(`Not every table stayed on screen: ${onScreen.join(', ')} → ${after.join(', ')}.`);
  }
  return spans;
}

/** The names of the data tables at least partly inside the viewport; fails if there is none. */
async function tablesOnScreen(page) {
  const captions = await page.evaluate(() => window.__dragProbe.namesOnScreen());
  const shown = captions.filter((caption) => DATA_TABLES.includes(caption));
  if (shown.length === 0)
    throw new Error(`No data table on screen (only: ${captions.join(', ') || 'none'}).`);
  return shown;
}

/**
 * Presses the mouse on one end of the slider, moves it to the other end in MOVES steps, waiting a frame after
 * each, and releases it. Returns the span of page time to measure: from just before the press until two
 * frames after the release (so that the frame showing the last seek counts).
 */
async function drag(page, slider, direction) {
  const box = await slider.boundingBox();
  if (!box) throw new Error('The slider is not on screen.');
  const y = box.y + box.height / 2;
  const [left, right] = [box.x + 1, box.x + box.width - 1];
  const [from, to] = direction === 'right' ? [left, right] : [right, left];
  await page.mouse.move(from, y);
  await nextFrame(page);
  await nextFrame(page);
  const start = await page.evaluate(() => performance.now());
  await page.mouse.down();
  await nextFrame(page);
  for (let step = 1; step <= MOVES; step++) {
    await page.mouse.move(from + ((to - from) * step) / MOVES, y);
    await nextFrame(page);
  }
  await page.mouse.up();
  await nextFrame(page);
  await nextFrame(page);
  return { start, end: await page.evaluate(() => performance.now()) };
}

/**
 * Diagnostics (`--profile-drag`), after the measured drags, with every table on screen: the same two drags
 * under the V8 sampling profiler, two more under Chromium's tracing (DevTools timeline categories), both
 * files saved for DevTools and summarised (with the tasks that ran past a frame), then twice two more under
 * the sampling heap profiler (where the drags allocate, and which of it outlives a young collection).
 */
async function profileDrags(page, slider, log) {
  const bothWays = async () => {
    await drag(page, slider, 'right');
    await drag(page, slider, 'left');
  };
  const devtools = await page.context().newCDPSession(page);
  try {
    const profile = await cpuProfile(devtools, bothWays);
    const profileFile = join(tmpdir(), `chronoledger-drag-${Date.now()}.cpuprofile`);
    writeFileSync(profileFile, JSON.stringify(profile));
    log(`  CPU profile of two more drags: ${profileFile}`);
    for (const line of summariseProfile(profile)) log(`  ${line}`);
    const trace = await traceOf(devtools, bothWays);
    const traceFile = join(tmpdir(), `chronoledger-drag-${Date.now()}.trace.json`);
    writeFileSync(traceFile, JSON.stringify(trace));
    log(`  trace of two more drags (DevTools → Performance → Load profile): ${traceFile}`);
    for (const line of summariseTrace(trace.traceEvents)) log(`  ${line}`);
    for (const line of summariseLongTasks(trace.traceEvents)) log(`  ${line}`);
    for (const survivors of [false, true]) {
      const allocations = await allocationProfile(devtools, bothWays, { survivors });
      log(`  ${survivors ? 'what no young-generation collection freed' : 'allocations'}, two more drags:`);
      for (const line of summariseAllocations(allocations)) log(`  ${line}`);
    }
  } finally {
    await devtools.detach();
  }
}
