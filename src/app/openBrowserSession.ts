import { DEFAULT_DATABASE_NAME } from '../eventStore/dexie/schema';
import { openDexieEventStore } from '../eventStore/dexie/dexieEventStore';
import { workerHistoryLoader } from './history/workerHistoryLoader';
import { workerSampleWriter } from './sampleData/sampleWriters';
import { createLedgerSession, type LedgerSession } from './ledgerSession';
import { storedRegistrations } from './projections/registrations';
import { storedTransferJournal } from './transfer/transferJournal';

/**
 * The browser's session: the log in IndexedDB, read models restored from it (history read by a worker),
 * then following it live. The read models are persisted when the page is hidden, so that the next visit
 * starts without replaying the log.
 */
export async function openBrowserSession(): Promise<LedgerSession> {
  const eventStore = await openDexieEventStore({ databaseName: DEFAULT_DATABASE_NAME });
  const session = createLedgerSession({
    eventStore,
    ownsStore: true,
    registrations: storedRegistrations(localStorage),
    transferJournal: storedTransferJournal(localStorage),
    ...(typeof Worker !== 'undefined' && {
      historyLoader: workerHistoryLoader(DEFAULT_DATABASE_NAME),
      sampleWriter: workerSampleWriter(DEFAULT_DATABASE_NAME),
    }),
  });
  const persist = () => void session.persistReadModels().catch(() => undefined);
  const persistWhenHidden = () => document.visibilityState === 'hidden' && persist();
  addEventListener('pagehide', persist);
  document.addEventListener('visibilitychange', persistWhenHidden);
  const dispose = session.dispose;
  void session.start();
  return {
    ...session,
    dispose: () => {
      removeEventListener('pagehide', persist);
      document.removeEventListener('visibilitychange', persistWhenHidden);
      dispose();
    },
  };
}
