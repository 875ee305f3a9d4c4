/**
 * The command index (command id → position of the command's first event), kept without one record per
 * command: ids are hashed into a fixed number of buckets, and each bucket record holds two parallel typed
 * arrays, a 32-bit fingerprint and a position per id (8 bytes an id, cloned as raw memory). A fingerprint
 * match is only a candidate: the reader checks the id at that position in the log, so hash collisions cost a
 * read and never a wrong answer.
 *
 * Bucket and fingerprint come from two independent 32-bit hashes (FNV-1a over UTF-16 code units for the
 * bucket, a multiplicative hash with a MurmurHash3 finaliser for the fingerprint). With 512 buckets and 1M
 * ids a new id meets a false candidate about once in 2 million lookups; buckets are kept sorted by
 * fingerprint, so a lookup is a binary search.
 */
import { StorageError } from '../errors';

/** Positions are stored as unsigned 32-bit integers. */
const MAX_POSITION = 0xffff_ffff;

/** Fingerprints in ascending order, positions alongside; equal fingerprints keep the order they were added. */
export interface IdBucket {
  readonly bucket: number;
  readonly fingerprints: Uint32Array<ArrayBuffer>;
  readonly positions: Uint32Array<ArrayBuffer>;
}

export interface IdHash {
  readonly bucket: number;
  readonly fingerprint: number;
}

export function hashId(id: string, buckets: number): IdHash {
  let fnv = 0x811c9dc5;
  let mix = 0x9747b28c;
  for (let index = 0; index < id.length; index += 1) {
    const code = id.charCodeAt(index);
    fnv = Math.imul(fnv ^ code, 0x01000193);
    mix = Math.imul(mix ^ code, 0x5bd1e995);
  }
  mix ^= mix >>> 16;
  mix = Math.imul(mix, 0x85ebca6b);
  mix ^= mix >>> 13;
  mix = Math.imul(mix, 0xc2b2ae35);
  mix ^= mix >>> 16;
  return { bucket: (fnv >>> 0) % buckets, fingerprint: mix >>> 0 };
}

/** Positions recorded under `fingerprint` in the bucket (kept sorted by fingerprint): candidates to check. */
export function candidatesIn(bucket: IdBucket | undefined, fingerprint: number): number[] {
  if (bucket === undefined) return [];
  const { fingerprints, positions } = bucket;
  let low = 0;
  let high = fingerprints.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((fingerprints[middle] ?? 0) < fingerprint) low = middle + 1;
    else high = middle;
  }
  const found: number[] = [];
  for (let at = low; fingerprints[at] === fingerprint; at += 1) found.push(positions[at] ?? 0);
  return found;
}

/** New entries gathered during one transaction, merged into the loaded buckets at the end. */
export class IdIndexAdditions {
  private readonly added = new Map<number, { fingerprint: number; position: number }[]>();

  add(hash: IdHash, position: number): void {
    if (position > MAX_POSITION) throw new StorageError(`Position ${position} is beyond the command index.`);
    const entries = this.added.get(hash.bucket);
    const entry = { fingerprint: hash.fingerprint, position };
    if (entries === undefined) this.added.set(hash.bucket, [entry]);
    else entries.push(entry);
  }

  /** The updated bucket records; `loaded` must hold every existing bucket that received entries. */
  records(loaded: ReadonlyMap<number, IdBucket>): IdBucket[] {
    return [...this.added].map(([bucket, entries]) => merged(bucket, loaded.get(bucket), entries));
  }
}

/** The bucket with `entries` added, still sorted by fingerprint (a merge: both inputs are sorted). */
function merged(
  bucket: number,
  old: IdBucket | undefined,
  entries: { fingerprint: number; position: number }[],
): IdBucket {
  entries.sort((a, b) => a.fingerprint - b.fingerprint);
  const oldFingerprints = old?.fingerprints ?? new Uint32Array(0);
  const oldPositions = old?.positions ?? new Uint32Array(0);
  const size = oldFingerprints.length + entries.length;
  const fingerprints = new Uint32Array(size);
  const positions = new Uint32Array(size);
  let fromOld = 0;
  let fromNew = 0;
  for (let at = 0; at < size; at += 1) {
    const entry = entries[fromNew];
    const oldFingerprint = oldFingerprints[fromOld];
    if (entry !== undefined && (oldFingerprint === undefined || entry.fingerprint < oldFingerprint)) {
      fingerprints[at] = entry.fingerprint;
      positions[at] = entry.position;
      fromNew += 1;
    } else {
      fingerprints[at] = oldFingerprint ?? 0;
      positions[at] = oldPositions[fromOld] ?? 0;
      fromOld += 1;
    }
  }
  return { bucket, fingerprints, positions };
}
