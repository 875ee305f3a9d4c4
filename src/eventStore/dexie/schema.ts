/**
 * The IndexedDB layout of the event log, version 1. Later layouts are added as further `this.version(n)`
 * declarations with an upgrade function; existing declarations are never edited.
 */
import Dexie, { type Table } from 'dexie';
import type { AggregateSnapshot, CommandRecord, StoredEvent } from '../types';

export const DEFAULT_DATABASE_NAME = 'chronoledger';

/** One row per stream with events: its current version, kept in the append transaction. */
export interface StreamRecord {
  readonly streamId: string;
  readonly version: number;
  /** Position of the stream's first event. */
  readonly firstPosition: number;
}

export class LedgerDatabase extends Dexie {
  /** Keyed by position; `[streamId+version]` and `id` are unique. */
  events!: Table<StoredEvent, number>;
  streams!: Table<StreamRecord, string>;
  commands!: Table<CommandRecord, string>;
  /** The latest snapshot per stream only. */
  snapshots!: Table<AggregateSnapshot, string>;

  constructor(name: string = DEFAULT_DATABASE_NAME) {
    super(name);
    // The head position is the last key of `events`, read inside the append transaction, so it needs no row
    // of its own that could drift from the log.
    this.version(1).stores({
      events: 'position, &id, &[streamId+version]',
      streams: 'streamId',
      commands: 'commandId',
      snapshots: 'streamId',
    });
  }
}
