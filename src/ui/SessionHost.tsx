import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { LedgerSession } from '../app/ledgerSession';
import { logLock } from '../app/logLock';
import { createWhatIf } from '../app/whatIfStore';
import { restartOnReplacedLog } from './importExport/replacedLog';
import { SessionProvider } from './SessionContext';
import { WhatIfContext } from './timeTravel/whatIfContext';

const RestartContext = createContext<(() => Promise<void>) | null>(null);

/**
 * Holds the session and can replace it with a fresh one, started from the store (after an import replaced
 * the log, for example). Everything below re-renders with the new session. It also restarts by itself when
 * the store says that the log was replaced, by this tab or another (`EventStore.onReplaced`).
 */
export function SessionHost({
  first,
  open,
  children,
}: {
  readonly first: LedgerSession;
  readonly open: () => Promise<LedgerSession>;
  readonly children: ReactNode;
}) {
  const [session, setSession] = useState(first);
  // One replacement per session: asked again (by the import that replaced the log, and by the store's notice
  // of that replace, in either order), the restart joins the one under way or done.
  const replacements = useRef(new WeakMap<LedgerSession, Promise<void>>());
  const restart = useCallback(() => {
    const underWay = replacements.current.get(session);
    if (underWay) return underWay;
    // A transfer under way (it holds the log's lock as a writer) finishes before the session's store is
    // closed: cut between its withdrawal and its deposit, it would leave the money nowhere. The lock is held
    // only while the session is disposed, not while the next one loads.
    const replaced = logLock
      .whileReplacing(async () => session.dispose())
      .then(open)
      .then(setSession);
    replacements.current.set(session, replaced);
    return replaced;
  }, [session, open]);
  useEffect(() => session.store.onReplaced(() => void restartOnReplacedLog(restart)), [session, restart]);
  const whatIf = useMemo(() => createWhatIf(session), [session]);
  return (
    <RestartContext.Provider value={restart}>
      <SessionProvider value={session}>
        <WhatIfContext.Provider value={whatIf}>{children}</WhatIfContext.Provider>
      </SessionProvider>
    </RestartContext.Provider>
  );
}

/** Replaces the session with a fresh one that starts from what the store holds now. */
export function useRestartSession(): () => Promise<void> {
  const restart = useContext(RestartContext);
  if (!restart) throw new Error('useRestartSession needs a <SessionHost> above it.');
  return restart;
}
