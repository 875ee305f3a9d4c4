/** Timing helpers. All times are `performance.now()` milliseconds. */

/** The nearest-rank percentile (p in 0..100) of the samples: always one of the measured values. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('No samples.');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Milliseconds taken by `work`. */
export function timeSync(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** Milliseconds from calling `work` to its promise settling (fulfilled; a rejection propagates). */
export async function timeAsync(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * Starts a measurement from a collected heap, so that garbage from setup (generating a ledger, building a
 * timeline, the previous module) is not billed to what follows. Needs Chromium started with
 * `--js-flags=--expose-gc` (scripts/bench.mjs does); without it this only waits. GC caused by the measured
 * work itself still counts, as it would for a user.
 */
export async function settleHeap(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 100));
}

/** True when `settleHeap` can really collect. */
export const canCollectGarbage = (): boolean => typeof (globalThis as { gc?: unknown }).gc === 'function';
