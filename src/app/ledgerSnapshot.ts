import type { EventStore } from '../eventStore/EventStore';
import type { StoredEvent } from '../eventStore/types';
import { ledgerProjections, type LedgerModels } from '../projections/ledgerProjections';
import { persistReadModels, restoreReadModels, type ReadModels } from '../projections/projection';

/** The persisted read models of the ledger, as one record. */
export const LEDGER_SNAPSHOT = 'ledger';
/** Bump when a projection's fold or persisted shape changes: older snapshots are then ignored, not trusted. */
export const LEDGER_SNAPSHOT_VERSION = 2;

/**
 * Persists the read models at their checkpoint with the id of the event there as a fingerprint. The models
 * are copied first, so the fold may go on while the write is under way.
 */
export async function saveLedgerSnapshot(
  store: EventStore,
  readModels: ReadModels<LedgerModels>,
  /** Whether the stored event at the checkpoint is the one these models folded (the log was not replaced). */
  folded: (event: StoredEvent) => boolean,
): Promise<void> {
  if (readModels.checkpoint === 0) return;
  const data = persistReadModels(ledgerProjections, readModels);
  const [event] = await store.readAll({ from: readModels.checkpoint, to: readModels.checkpoint });
  if (!event || !folded(event)) return;

  await store.saveReadModelSnapshot({
    name: LEDGER_SNAPSHOT,
    checkpoint: readModels.checkpoint,
    schemaVersion: LEDGER_SNAPSHOT_VERSION,
    fingerprint: event.id,
    data,
  });
}

/**
 * The persisted read models, if they can be trusted: written by this version of the folds, at a checkpoint
 * the log still holds, with the very event there that they were folded up to, and well-formed.
 */
export async function loadTrustedSnapshot(
  store: EventStore,
  head: number,
): Promise<ReadModels<LedgerModels> | undefined> {
  const snapshot = await store.loadReadModelSnapshot(LEDGER_SNAPSHOT);
  if (!snapshot || snapshot.schemaVersion !== LEDGER_SNAPSHOT_VERSION) return undefined;
  if (!Number.isInteger(snapshot.checkpoint) || snapshot.checkpoint < 1 || snapshot.checkpoint > head)
    return undefined;
  const [event] = await store.readAll({ from: snapshot.checkpoint, to: snapshot.checkpoint });
  if (event?.id !== snapshot.fingerprint) return undefined;
  return restoreReadModels(ledgerProjections, snapshot.data, snapshot.checkpoint);
}
