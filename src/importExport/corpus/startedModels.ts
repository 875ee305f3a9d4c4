/** Test helper: the read models a freshly started session shows for what a store holds. */
import { createLedgerSession } from '../../app/ledgerSession';
import type { EventStore } from '../../eventStore/EventStore';

export async function startedModelsOf(store: EventStore) {
  const session = createLedgerSession({ eventStore: store });
  await session.start();
  const { present } = session.timeline;
  session.dispose();
  return present;
}
