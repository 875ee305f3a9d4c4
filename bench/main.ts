/**
 * The bench page. Runs every module (or those whose name contains `?only=`, maybe none), then publishes the
 * outcome on `window.__benchResults` for scripts/bench.mjs. Progress goes to the console with the `[bench]`
 * prefix, which the script echoes. The 1M rows' shared session is stopped at the end.
 */
import type { BenchRow } from './row';
import { disposeRestoredLedger } from './fixtures/restored';
import { benchModules } from './rows';
import { canCollectGarbage, settleHeap } from './stats';
import { CHECKPOINT_EVERY } from './subject';
import { DRAG_FRAME_MS, DRAG_LONG_TASK_MS, INITIAL_JS_KB } from './targets';

export type BenchOutcome =
  | { readonly ok: true; readonly rows: BenchRow[]; readonly page: PageFacts }
  | { readonly ok: false; readonly error: string };

/** What the page can say about where it ran; performance.now() is 5 µs fine only when cross-origin isolated. */
export interface PageFacts {
  readonly userAgent: string;
  readonly crossOriginIsolated: boolean;
  readonly hardwareConcurrency: number;
  /** Whether modules start from a collected heap (see settleHeap). */
  readonly gcBetweenRuns: boolean;
  /** The checkpoint interval of the measured timelines (bench/subject.ts). */
  readonly checkpointEvery: number;
  /** The budget of the initial-JavaScript row, which scripts/bench.mjs measures (bench/targets.ts). */
  readonly initialJsTargetKb: number;
  /** The budgets of the slider-drag rows, which scripts/bench.mjs measures on the app (bench/targets.ts). */
  readonly dragTargets: { readonly frameMs: number; readonly longTaskMs: number };
}

declare global {
  interface Window {
    __benchResults?: BenchOutcome;
  }
}

const log = (message: string): void => console.log(`[bench] ${message}`);

async function runAll(): Promise<BenchOutcome> {
  const only = new URLSearchParams(location.search).get('only')?.toLowerCase() ?? '';
  // No match is no error here: the script measures rows of its own (initial JavaScript) that may match.
  const selected = benchModules.filter((module) => module.name.toLowerCase().includes(only));
  const rows: BenchRow[] = [];
  try {
    for (const module of selected) {
      log(`${module.name}…`);
      await settleHeap();
      const started = performance.now();
      rows.push(...(await module.run({ log: (message) => log(`  ${message}`) })));
      log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await disposeRestoredLedger();
  }
  const page = {
    userAgent: navigator.userAgent,
    crossOriginIsolated,
    hardwareConcurrency: navigator.hardwareConcurrency,
    gcBetweenRuns: canCollectGarbage(),
    checkpointEvery: CHECKPOINT_EVERY,
    initialJsTargetKb: INITIAL_JS_KB,
    dragTargets: { frameMs: DRAG_FRAME_MS, longTaskMs: DRAG_LONG_TASK_MS },
  };
  return { ok: true, rows, page };
}

runAll().then(
  (outcome) => {
    window.__benchResults = outcome;
  },
  (error: unknown) => {
    window.__benchResults = {
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  },
);
