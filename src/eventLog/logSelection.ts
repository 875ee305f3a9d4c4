import type { EventColumnsView } from './eventColumnsView';
import { GrowableColumn } from './growableColumn';
import { compileFilter, isUnfiltered, type LogFilter } from './logFilter';
import { compareByTime, sortByTime } from './timeOrder';

export type SortKey = 'position' | 'time';
export type SortDirection = 'ascending' | 'descending';

export interface LogOrder {
  readonly by: SortKey;
  readonly direction: SortDirection;
}

/** The Event log's order until the reader chooses another: newest first. */
export const NEWEST_FIRST: LogOrder = { by: 'position', direction: 'descending' };

/**
 * The events a filter selects, in ascending order of a sort key (the direction is applied when reading, so
 * that turning it around costs nothing). Ties in time are broken by position.
 */
export interface LogSelection {
  /** The length of the log it was computed for: events after it are not in it yet. */
  readonly length: number;
  readonly filter: LogFilter;
  readonly by: SortKey;
  /** How many events are selected. */
  readonly count: number;
  /** The selected positions in key order; null when every position 1..count is selected, in order. */
  readonly positions: Uint32Array | null;
}

/** How far a selection's computation has come, for a progress line. */
export interface SelectionProgress {
  readonly phase: 'filtering' | 'sorting';
  readonly done: number;
  readonly total: number;
}

/** Rows filtered between two progress reports: a few milliseconds of work at most. */
const SCAN_STEP = 32_768;

/**
 * Computes the selection of `filter` sorted `by` a key over the columns, in steps (one per yielded progress
 * report), so that a caller can keep the page responsive over a million rows and drop a computation that
 * a newer query has overtaken. When `previous` is the same query over a shorter log, only the new rows are
 * scanned and merged in.
 */
export function* selectEvents(
  view: EventColumnsView,
  filter: LogFilter,
  by: SortKey,
  previous?: LogSelection,
): Generator<SelectionProgress, LogSelection> {
  const done = (count: number, positions: Uint32Array | null): LogSelection => ({
    length: view.length,
    filter,
    by,
    count,
    positions,
  });
  if (by === 'position' && isUnfiltered(filter)) return done(view.length, null);
  const reuse = previous && isPrefixOf(previous, filter, by, view.length) ? previous : undefined;
  const kept = reuse?.positions ?? null;
  const keptCount = reuse ? reuse.count : 0;
  const matches = new GrowableColumn(Uint32Array, Math.max(1024, keptCount));
  if (kept) matches.data.set(kept);
  else for (let index = 0; index < keptCount; index++) matches.data[index] = index + 1;
  let count = keptCount;
  const test = compileFilter(view, filter);
  const total = view.length;
  for (let row = reuse ? reuse.length : 0; row < total; row++) {
    if (test(row)) {
      matches.ensure(count + 1);
      matches.data[count++] = row + 1;
    }
    if ((row + 1) % SCAN_STEP === 0) yield { phase: 'filtering', done: row + 1, total };
  }
  const positions = matches.data.slice(0, count);
  if (by === 'time') {
    for (const share of sortByTime(positions, view.recordedAt, keptCount))
      yield { phase: 'sorting', done: Math.round(share * count), total: count };
  }
  return done(count, positions);
}

/** Whether `previous` is the same query over a prefix of the log, so that it can be extended. */
function isPrefixOf(previous: LogSelection, filter: LogFilter, by: SortKey, length: number): boolean {
  const same = previous.filter;
  return (
    previous.by === by &&
    previous.length <= length &&
    same.type === filter.type &&
    same.stream.trim() === filter.stream.trim() &&
    same.text.trim().toLowerCase() === filter.text.trim().toLowerCase()
  );
}

const positionIn = (positions: Uint32Array | null, index: number): number =>
  positions ? (positions[index] as number) : index + 1;

/** The position shown at `index` (0 is the top) when the selection is read in `direction`. */
export function positionAt(selection: LogSelection, direction: SortDirection, index: number): number {
  return positionIn(selection.positions, direction === 'ascending' ? index : selection.count - 1 - index);
}

/**
 * Where `position` is shown (0 is the top) when the selection is read in `direction`, or -1 when it is not
 * selected. A binary search: the positions are in key order. `recordedAt` is the log's time column.
 */
export function indexOfPosition(
  selection: LogSelection,
  direction: SortDirection,
  position: number,
  recordedAt: Float64Array,
): number {
  const { positions, count } = selection;
  let index = -1;
  if (!positions) index = position >= 1 && position <= count ? position - 1 : -1;
  else {
    const compare =
      selection.by === 'time'
        ? (a: number, b: number) => compareByTime(recordedAt, a, b)
        : (a: number, b: number) => a - b;
    let [lo, hi] = [0, count];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(positions[mid] as number, position) < 0) lo = mid + 1;
      else hi = mid;
    }
    index = lo < count && positions[lo] === position ? lo : -1;
  }
  return index < 0 || direction === 'ascending' ? index : count - 1 - index;
}
