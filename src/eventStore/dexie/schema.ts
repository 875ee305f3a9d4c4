/**
 * The IndexedDB layout of the event log. Each layout is a `this.version(n)` declaration; existing
 * declarations are never edited, later ones add an upgrade function.
 *
 * Version 2 keeps events in blocks, because IndexedDB pays per record: sealed `segments` of exactly
 * `segmentSize` consecutive events, and a `tail` of one record per event for the fewer than `segmentSize`
 * events after the last segment. Since segments are aligned (they start at 1, 1 + size, …), the tail holds
 * exactly `head % segmentSize` records, and the head is the tail's last key, else the last segment's last
 * position, else 0: read inside the append transaction, it needs no row of its own that could drift.
 */
import Dexie, { type Table } from 'dexie';
import type { AggregateSnapshot, ReadModelSnapshot, StoredEvent } from '../types';
import type { IdBucket } from './idIndex';
import { DEFAULT_LAYOUT, type LayoutRecord, type StorageLayout } from './layout';
import { migrateV1ToV2 } from './migrateV1';
import { V1_STORES } from './schemaV1';

export const DEFAULT_DATABASE_NAME = 'chronoledger';

/**
 * `commandId` is the id of the command that appended an event, stored only when it differs from the event's
 * `metadata.commandId` (the app always sets that, so it normally costs nothing). `findCommand` compares it.
 */
export type CommandIds = Readonly<Record<number, string>>;

/** A sealed block: `events[i]` is at position `first + i`; `commandIds` is keyed by that offset i. */
export interface SegmentRecord {
  readonly first: number;
  readonly events: readonly StoredEvent[];
  readonly commandIds?: CommandIds;
}

export interface TailRecord {
  readonly position: number;
  readonly event: StoredEvent;
  readonly commandId?: string;
}

/** One row per stream with events: its current version, kept in the append transaction. */
export interface StreamRecord {
  readonly streamId: string;
  readonly version: number;
  /** Position of the stream's first event. */
  readonly firstPosition: number;
}

/** The positions of versions chunk·size + 1 … of a stream, in version order. */
export interface StreamChunkRecord {
  readonly streamId: string;
  readonly chunk: number;
  readonly positions: readonly number[];
}

export interface RefusalRecord {
  readonly commandId: string;
  readonly code: string;
  readonly message: string;
}

export const V2_STORES = {
  events: null,
  commands: null,
  segments: 'first',
  tail: 'position',
  streams: 'streamId',
  streamIndex: '[streamId+chunk]',
  commandIndex: 'bucket',
  refusals: 'commandId',
  snapshots: 'streamId',
  readModels: 'name',
  meta: 'key',
} as const;

export class LedgerDatabase extends Dexie {
  segments!: Table<SegmentRecord, number>;
  tail!: Table<TailRecord, number>;
  streams!: Table<StreamRecord, string>;
  streamIndex!: Table<StreamChunkRecord, [string, number]>;
  /** Command id → position of the command's first event, in hash buckets keyed by bucket number (idIndex.ts). */
  commandIndex!: Table<IdBucket, number>;
  /** Refused commands, one row each: refusals are rare, appended commands are in `commandIndex`. */
  refusals!: Table<RefusalRecord, string>;
  /** The latest snapshot per stream only. */
  snapshots!: Table<AggregateSnapshot, string>;
  /** Persisted read models by name; derived data, freely overwritten. */
  readModels!: Table<ReadModelSnapshot, string>;
  /** The row 'layout': the sizes this database was created with (layout.ts). */
  meta!: Table<LayoutRecord, string>;

  /** `layout` shapes a database created or migrated by this instance; an existing one keeps its own. */
  constructor(name: string = DEFAULT_DATABASE_NAME, layout: StorageLayout = DEFAULT_LAYOUT) {
    super(name);
    this.version(1).stores(V1_STORES);
    this.version(2).stores(V2_STORES).upgrade(migrateV1ToV2(layout));
  }
}

/** The tables an append writes (the log and everything kept in step with it), in one transaction. */
export function logTables(db: LedgerDatabase) {
  return [db.segments, db.tail, db.streams, db.streamIndex, db.commandIndex, db.refusals, db.snapshots];
}
