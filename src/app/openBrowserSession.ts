import { openDexieEventStore } from '../eventStore/dexie/dexieEventStore';
import { createLedgerSession, type LedgerSession } from './ledgerSession';

/** The browser's session: the log in IndexedDB, read models restored from it, then following it live. */
export async function openBrowserSession(): Promise<LedgerSession> {
  const eventStore = await openDexieEventStore();
  const session = createLedgerSession({ eventStore });
  void session.start();
  return session;
}
