// `npm run bench [-- [--only <text>] [--profile-drag]]`: measures the ledger in a real browser.
//   build the app (production) and size its initial JavaScript → build bench/ with Vite (production) → serve
//   bench/dist → headless Chromium on a fresh on-disk profile → wait for the page's results → serve the app
//   build, generate 1M events through its UI and drag its time-travel slider (bench/runner/drag.mjs) → print
//   the table, write bench/results.json and the figures in docs/BENCHMARKS.md (between its bench markers).
// With --only, only the rows of modules whose name contains the text run, and nothing is written: a partial
// run never replaces the record. --profile-drag builds the app unminified and, after the measured drags,
// drags again under the CPU profiler and under tracing and prints where the time went; it writes nothing
// either (the drag ran on an unminified build).
// The exit code is 0 when everything ran, whether or not every target was met (a missed target is a
// finding, reported in the table, not a failure), and 1 when the run failed.
import chromiumFlags from './lib/chromiumFlags.json' with { type: 'json' };
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DRAG_MODULE, measureSliderDrag } from '../bench/runner/drag.mjs';
import { buildApp, INITIAL_JS_ROW, initialJsRow, measureInitialJs } from '../bench/runner/initialJs.mjs';
import { consoleTable, docsSection, updateDocs, writeJson } from '../bench/runner/report.mjs';
import { serveDirectory } from '../bench/runner/serve.mjs';
import { ensureChromium } from './lib/chromium.mjs';
import { ensureDependencies } from './lib/deps.mjs';
import { root } from './lib/run.mjs';

const BENCH = join(root, 'bench');
const DIST = join(BENCH, 'dist');
const RESULTS = join(BENCH, 'results.json');
const DOCS = join(root, 'docs', 'BENCHMARKS.md');
/** The whole page, all modules: about three minutes on 2 cores, so this only catches a hang. */
const PAGE_TIMEOUT_MS = 8 * 60_000;
const CHROMIUM_ARGS = [
  ...chromiumFlags,
  // Lets the page collect garbage between measurements (bench/stats.ts settleHeap, bench/heap.ts).
  '--js-flags=--expose-gc',
  // performance.memory to the byte rather than rounded (bench/heap.ts reads it as a cross-check).
  '--enable-precise-memory-info',
];

const started = performance.now();
/** Other processes share the CPUs: the load average says how much, and is recorded with the figures. */
const loadBefore = loadavg()[0] ?? 0;
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? (process.argv[onlyIndex + 1] ?? '') : '';
const profileDrag = process.argv.includes('--profile-drag');
const selected = (name) => name.toLowerCase().includes(only.toLowerCase());

if (!(await ensureDependencies()) || !(await ensureChromium())) process.exit(1);
/** The app's production build, shared by the initial-JavaScript and slider-drag rows. */
let app;
try {
  // An unminified build (for profiling) is not what users load: its size is not the initial-JS row's.
  const sizing = selected(INITIAL_JS_ROW) && !profileDrag;
  const dragging = selected(DRAG_MODULE);
  if (sizing || dragging) app = await buildTheApp();
  const initialJs = sizing ? sizeInitialJs(app.dir) : undefined;
  const outcome = await measure();
  if (!outcome.ok) throw new Error(`The bench page failed:\n${outcome.error}`);
  const drag = dragging ? await dragSlider(app.dir, outcome.page.dragTargets) : undefined;
  const rows = [
    ...outcome.rows,
    ...(initialJs === undefined ? [] : [initialJsRow(initialJs, outcome.page.initialJsTargetKb)]),
    ...(drag?.rows ?? []),
  ];
  if (rows.length === 0) throw new Error(`No bench row matches "${only}".`);
  const record = {
    date: new Date().toISOString(),
    browser: outcome.browser,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    node: process.version,
    platform: `${platform()} ${release()}`,
    crossOriginIsolated: outcome.page.crossOriginIsolated,
    gcBetweenRuns: outcome.page.gcBetweenRuns,
    checkpointEvery: outcome.page.checkpointEvery,
    loadAverage: { before: round2(loadBefore), after: round2(loadavg()[0] ?? 0) },
    rows,
  };
  console.log(`\n${consoleTable(record.rows)}\n`);
  if (only || profileDrag) {
    const why = [...(only ? [`--only ${only}`] : []), ...(profileDrag ? ['--profile-drag'] : [])];
    console.log(`${why.join(', ')}: results.json and docs/BENCHMARKS.md left as they were.`);
  } else {
    writeJson(RESULTS, record);
    const documented = await updateDocs(DOCS, docsSection(record));
    console.log(`Wrote bench/results.json${documented ? ' and docs/BENCHMARKS.md' : ''}.`);
    if (!documented) console.warn('docs/BENCHMARKS.md lacks one start and one end marker line; not updated.');
  }
  const missed = record.rows.filter((row) => row.met === false);
  if (missed.length > 0)
    console.log(`${missed.length} row(s) missed the target: ${missed.map((row) => row.name).join('; ')}`);
  process.exitCode = 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  app?.dispose();
  console.log(`Bench finished in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

function round2(value) {
  return Math.round(value * 100) / 100;
}

/** The app, built before the page runs, so as not to disturb it. */
async function buildTheApp() {
  console.log(`\nBuilding the app${profileDrag ? ' (unminified, for profiling)' : ''}…`);
  return buildApp(root, { minify: !profileDrag });
}

/** The app's initial JavaScript, gzipped, in kB. */
function sizeInitialJs(dir) {
  const kilobytes = measureInitialJs(dir, (message) => console.log(message));
  console.log(`  initial JavaScript: ${kilobytes} kB gzipped`);
  return kilobytes;
}

/** The slider-drag rows: the app served, 1M events generated in its UI, the slider dragged both ways. */
async function dragSlider(dir, targets) {
  console.log(`\n${DRAG_MODULE}…`);
  const started = performance.now();
  const { rows } = await measureSliderDrag({
    appDir: dir,
    chromiumArgs: chromiumFlags,
    targets,
    log: (message) => console.log(`[drag] ${message}`),
    profile: profileDrag,
  });
  console.log(`[drag]   done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { rows };
}

/** Builds, serves and runs the page; always removes bench/dist and the profile and stops what it started. */
async function measure() {
  const { build } = await import('vite');
  const { chromium } = await import('@playwright/test');
  rmSync(DIST, { recursive: true, force: true });
  const profile = mkdtempSync(join(tmpdir(), 'chronoledger-bench-'));
  let server;
  let context;
  try {
    console.log('\nBuilding the bench page…');
    await build({ configFile: join(BENCH, 'vite.config.ts'), mode: 'production' });
    server = await serveDirectory(DIST);
    // A persistent context keeps IndexedDB on disk, as for a user; an incognito one would keep it in memory.
    context = await chromium.launchPersistentContext(profile, {
      headless: true,
      ...(process.env.CHROMIUM_PATH ? { executablePath: process.env.CHROMIUM_PATH } : {}),
      args: CHROMIUM_ARGS,
    });
    const browser = context.browser()?.version() ?? 'unknown';
    const page = context.pages()[0] ?? (await context.newPage());
    // The page's heap and, apart, its ArrayBuffer backing stores, which performance.memory cannot separate.
    const devtools = await context.newCDPSession(page);
    await page.exposeFunction('__benchHeapUsage', () => devtools.send('Runtime.getHeapUsage'));
    page.on('console', (message) => {
      if (message.text().startsWith('[bench]')) console.log(message.text());
    });
    page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
    console.log(`Running in Chromium ${browser}…`);
    await page.goto(`${server.url}${only ? `?only=${encodeURIComponent(only)}` : ''}`);
    await page.waitForFunction(() => window.__benchResults !== undefined, undefined, {
      timeout: PAGE_TIMEOUT_MS,
      polling: 500,
    });
    return { ...(await page.evaluate(() => window.__benchResults)), browser };
  } finally {
    await context?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(DIST, { recursive: true, force: true });
  }
}
