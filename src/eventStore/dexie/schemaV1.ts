/**
 * The IndexedDB layout of version 1, frozen: one record per event. Version 2 declares it as its predecessor
 * and migrates from it (`migrateV1.ts`); tests build version-1 databases from it. Never edit.
 */
import type { CommandRecord, StoredEvent } from '../types';

export const V1_STORES = {
  events: 'position, &id, &[streamId+version]',
  streams: 'streamId',
  commands: 'commandId',
  snapshots: 'streamId',
} as const;

/** A version-1 `events` record, keyed by position. */
export type V1EventRecord = StoredEvent;

/** A version-1 `commands` record: every appended command and every refusal, keyed by command id. */
export type V1CommandRecord = CommandRecord;
