import type { BenchRow, RowSpec } from '../row';

/** Builds a row: rounds the figures and derives `ratio` and `met` the same way for every module. */
export function row(spec: RowSpec): BenchRow;
