/**
 * The sizes that shape the version-2 layout, and the position arithmetic that follows from them.
 *
 * A database records its layout once (the `meta` row 'layout') and keeps it for life: every reader derives
 * segment and chunk keys from it, so opening a database with other sizes must not change it. The sizes are
 * options only so that tests can cross segment and chunk boundaries with a handful of events.
 */
import { StorageError } from '../errors';
import type { LedgerDatabase } from './schema';

export interface StorageLayout {
  /** Events per sealed segment; segments start at positions 1, 1 + size, 1 + 2·size, … */
  readonly segmentSize: number;
  /** Positions per streamIndex chunk; chunk c holds versions c·size + 1 … (c + 1)·size. */
  readonly streamChunkSize: number;
  /**
   * Buckets of the command index. A batch of many commands rewrites every bucket, and IndexedDB pays per
   * record (some 20 µs each, besides the bytes), so fewer, larger buckets suit bulk writes: 1M commands in
   * batches of 65,536 rewrite about 8,000 bucket records with 512 buckets, 65,000 with 4,096. One append reads
   * and writes one bucket: 16 KB at 1M commands with 512 buckets.
   */
  readonly indexBuckets: number;
}

export const SEGMENT_SIZE = 1024;

export const DEFAULT_LAYOUT: StorageLayout = Object.freeze({
  segmentSize: SEGMENT_SIZE,
  streamChunkSize: 1024,
  indexBuckets: 512,
});

/** The layout as stored in `meta`. */
export interface LayoutRecord extends StorageLayout {
  readonly key: 'layout';
}

/** The requested sizes over the defaults; refuses sizes no layout can have. */
export function layoutOf(requested: Partial<StorageLayout>): StorageLayout {
  const layout = { ...DEFAULT_LAYOUT, ...requested };
  for (const [name, value] of Object.entries(layout)) {
    if (!Number.isInteger(value) || value < 1 || value > 0xffff_ffff) {
      throw new Error(`Layout ${name} must be an integer from 1 to 2^32 - 1, got ${String(value)}.`);
    }
  }
  return layout;
}

/** The layout stored in a meta record, checked, since every key computation trusts it. */
export function storedLayout(record: LayoutRecord): StorageLayout {
  try {
    const { segmentSize, streamChunkSize, indexBuckets } = record;
    return layoutOf({ segmentSize, streamChunkSize, indexBuckets });
  } catch (error) {
    throw new StorageError('The database records an invalid layout.', error);
  }
}

/** The key of the segment that holds (or will hold) `position`. */
export function segmentFirstOf(position: number, segmentSize: number): number {
  return Math.floor((position - 1) / segmentSize) * segmentSize + 1;
}

/** The last position of the segment that starts at `first`. */
export function segmentLastOf(first: number, segmentSize: number): number {
  return first + segmentSize - 1;
}

/** The streamIndex chunk that holds `version`. */
export function chunkOf(version: number, chunkSize: number): number {
  return Math.floor((version - 1) / chunkSize);
}

/** The layout the database records; a database without one (just created) records `requested`. */
export function ensureLayout(db: LedgerDatabase, requested: StorageLayout): Promise<StorageLayout> {
  return db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get('layout');
    if (stored !== undefined) return storedLayout(stored);
    await db.meta.add({ key: 'layout', ...requested });
    return requested;
  });
}
