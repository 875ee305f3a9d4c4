/**
 * Orders positions by the time their events were recorded, then by position: a total order (no two
 * positions are equal), so a sort by it is stable. `recordedAt` is the log's time column (row = position - 1).
 */
export function compareByTime(recordedAt: Float64Array, a: number, b: number): number {
  return (recordedAt[a - 1] as number) - (recordedAt[b - 1] as number) || a - b;
}

/** Runs this short are sorted by insertion first; the merges then start at this width. */
const RUN = 32;

/**
 * Sorts `positions` in place by compareByTime, yielding after about every `step` elements handled, so that a
 * caller can spread the sort of a million positions over many short tasks; each yield is the share done. The first `sortedPrefix` are
 * known to be in order already (an earlier sort before the log grew).
 *
 * A bottom-up merge sort that skips the merge of two runs already in order: a chronological log, the usual
 * case, costs one pass of comparisons and no moves; only imported or back-dated events cost real merging.
 */
export function* sortByTime(
  positions: Uint32Array,
  recordedAt: Float64Array,
  sortedPrefix = 0,
  step = 65_536,
): Generator<number, Uint32Array> {
  const compare = (a: number, b: number) => compareByTime(recordedAt, a, b);
  const tail = positions.subarray(sortedPrefix);
  const buffer = new Uint32Array(Math.max(tail.length, sortedPrefix));
  const passes = Math.max(0, Math.ceil(Math.log2(tail.length / RUN)));
  const total = tail.length * (passes + 1);
  let [done, sinceYield] = [0, 0];
  const progress = (handled: number) => {
    done += handled;
    sinceYield += handled;
    if (sinceYield < step) return false;
    sinceYield = 0;
    return true;
  };
  for (let lo = 0; lo < tail.length; lo += RUN) {
    const hi = Math.min(lo + RUN, tail.length);
    insertionSort(tail, lo, hi, compare);
    if (progress(hi - lo)) yield done / total;
  }
  for (let width = RUN; width < tail.length; width *= 2) {
    for (let lo = 0; lo < tail.length; lo += 2 * width) {
      const end = Math.min(lo + 2 * width, tail.length);
      merge(tail, lo, Math.min(lo + width, end), end, buffer, compare);
      if (progress(end - lo)) yield done / total;
    }
  }
  merge(positions, 0, sortedPrefix, positions.length, buffer, compare);
  return positions;
}

function insertionSort(
  items: Uint32Array,
  lo: number,
  hi: number,
  compare: (a: number, b: number) => number,
): void {
  for (let i = lo + 1; i < hi; i++) {
    const item = items[i] as number;
    let j = i - 1;
    while (j >= lo && compare(items[j] as number, item) > 0) {
      items[j + 1] = items[j] as number;
      j--;
    }
    items[j + 1] = item;
  }
}

/** Merges the sorted runs [lo, mid) and [mid, hi) in place, through `buffer` (at least mid - lo long). */
function merge(
  items: Uint32Array,
  lo: number,
  mid: number,
  hi: number,
  buffer: Uint32Array,
  compare: (a: number, b: number) => number,
): void {
  if (lo >= mid || mid >= hi || compare(items[mid - 1] as number, items[mid] as number) <= 0) return;
  const left = mid - lo;
  buffer.set(items.subarray(lo, mid));
  let i = 0;
  let j = mid;
  let out = lo;
  while (i < left && j < hi) {
    items[out++] =
      compare(buffer[i] as number, items[j] as number) <= 0
        ? (buffer[i++] as number)
        : (items[j++] as number);
  }
  while (i < left) items[out++] = buffer[i++] as number;
}
