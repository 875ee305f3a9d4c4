/**
 * `append` and `appendBatch` as one read-write transaction each: load what the requests need to know (command
 * ids, stream versions, head), plan them in order (`planAppends`), write the events into tail and
 * segments, then the stream rows, indexes and snapshots. IndexedDB serializes read-write transactions over the
 * same stores, across tabs too, so nothing read here can change before the writes commit; any throw (a rule,
 * a failed write, an abort) aborts the transaction and leaves the database as it was. The scope awaits nothing
 * but Dexie calls, which would otherwise let the transaction commit early.
 */
import { type AppendPlan, planAppends } from '../appendPlan';
import type { BatchOptions } from '../EventStore';
import type { AppendRequest, StoredEvent } from '../types';
import { abortable, signalCheck } from './abortableTransaction';
import { writeIndexes } from './indexWrites';
import { loadKnownState } from './knownState';
import type { StorageLayout } from './layout';
import { type NewEvents, writeEvents } from './logWrites';
import { logTables, type LedgerDatabase } from './schema';

export interface AppendOutcome {
  readonly plan: AppendPlan;
  /** The written events in position order. */
  readonly events: readonly StoredEvent[];
}

export async function appendInTransaction(
  db: LedgerDatabase,
  layout: StorageLayout,
  requests: readonly AppendRequest[],
  { onProgress, signal }: BatchOptions = {},
): Promise<AppendOutcome> {
  const tables = logTables(db);
  const checkSignal = signalCheck(signal);
  return abortable(
    db.transaction('rw', tables, async (): Promise<AppendOutcome> => {
      const loaded = await loadKnownState(db, layout, requests);
      const plan = planAppends(requests, loaded.known);
      checkSignal();
      const added = newEventsOf(plan);
      const onWritten = (written: number) => {
        onProgress?.(written, plan.eventCount);
        checkSignal();
      };
      // Issued together so that a single append costs one round trip fewer; either failing aborts both.
      await Promise.all([
        writeEvents(db, layout.segmentSize, loaded.known.head, added, onWritten),
        writeIndexes(db, layout, plan, loaded),
      ]);
      checkSignal();
      return { plan, events: added.events };
    }),
  );
}

/** The plan's events in position order, each with its command's id. */
function newEventsOf(plan: AppendPlan): NewEvents {
  const events: StoredEvent[] = [];
  const commandIds: string[] = [];
  for (const { request, events: planned } of plan.appends) {
    for (const event of planned) {
      events.push(event);
      commandIds.push(request.commandId);
    }
  }
  return { events, commandIds };
}
