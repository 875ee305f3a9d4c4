import { throwIfAborted } from './appendPlan';
import type { BatchOptions } from './EventStore';

/**
 * Reports the progress of writing `total` events after `head` as the Dexie store does: one call at every
 * segment boundary the write reaches, and one at its end; an abort seen after any call throws. For stores
 * that write all at once (in memory), so that callers see the same steps everywhere.
 */
export function reportSegmentProgress(
  head: number,
  total: number,
  segmentSize: number,
  { onProgress, signal }: BatchOptions,
): void {
  for (let written = 0; written < total;) {
    const toBoundary = segmentSize - ((head + written) % segmentSize);
    written = Math.min(written + toBoundary, total);
    onProgress?.(written, total);
    throwIfAborted(signal);
  }
}
