/**
 * The contract between the page and scripts/bench.mjs. A bench module measures something in the browser and
 * returns rows; the script prints them, writes bench/results.json and the table in docs/BENCHMARKS.md.
 */

/** One figure. Every field is plain JSON, so the row crosses from the page to Node unchanged. */
export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The budget the value must meet (bench/targets.ts), or null for a row that only informs. */
  readonly target: number | null;
  /** The same quantity measured a reference way in the same run, or null when the row has none. */
  readonly baseline: number | null;
  /** How many times better than the baseline the value is (above 1 = better); null without a baseline. */
  readonly ratio: number | null;
  /** The least `ratio` the row must reach as well, or null when only the value has a target. */
  readonly ratioTarget: number | null;
  /** Whether the value (and the ratio, if it has a target) met its target; null without any target. */
  readonly met: boolean | null;
  /** Which way is better: 'lower' for times and sizes. Says how to read `target` and `ratio`. */
  readonly better: 'lower' | 'higher';
}

export interface BenchContext {
  /** Progress for the person running the bench; not part of the results. */
  log(message: string): void;
}

/** One measurement: a few rows from one setup. Modules run one after another, never concurrently. */
export interface BenchModule {
  readonly name: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}

export interface RowSpec {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** Leave out for a row that informs (a sub-step, a figure the analysis needs) without a budget. */
  readonly target?: number;
  readonly baseline?: number;
  readonly ratioTarget?: number;
  /** For throughputs and the like. By default a lower value is better (times, sizes). */
  readonly higherIsBetter?: boolean;
}

/**
 * Builds a row: rounds the figures and derives `ratio` and `met` the same way for every module. One
 * implementation for the page and the Node side (bench/runner/row.mjs, typed by row.d.mts).
 */
export { row } from './runner/row.mjs';
