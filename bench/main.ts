/**
 * The bench page. Runs every module (or those whose name contains `?only=`), then publishes the outcome on
 * `window.__benchResults` for scripts/bench.mjs. Progress goes to the console with the `[bench]` prefix,
 * which the script echoes.
 */
import type { BenchRow } from './row';
import { benchModules } from './rows';
import { canCollectGarbage, settleHeap } from './stats';
import { CHECKPOINT_EVERY } from './subject';

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
}

declare global {
  interface Window {
    __benchResults?: BenchOutcome;
  }
}

const log = (message: string): void => console.log(`[bench] ${message}`);

async function runAll(): Promise<BenchOutcome> {
  const only = new URLSearchParams(location.search).get('only')?.toLowerCase() ?? '';
  const selected = benchModules.filter((module) => module.name.toLowerCase().includes(only));
  if (selected.length === 0) throw new Error(`No bench module matches "${only}".`);
  const rows: BenchRow[] = [];
  for (const module of selected) {
    log(`${module.name}…`);
    await settleHeap();
    const started = performance.now();
    rows.push(...(await module.run({ log: (message) => log(`  ${message}`) })));
    log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const page = {
    userAgent: navigator.userAgent,
    crossOriginIsolated,
    hardwareConcurrency: navigator.hardwareConcurrency,
    gcBetweenRuns: canCollectGarbage(),
    checkpointEvery: CHECKPOINT_EVERY,
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
