import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { LedgerSession } from '../app/ledgerSession';
import { createWhatIf } from '../app/whatIfStore';
import { SessionProvider } from './SessionContext';
import { WhatIfContext } from './timeTravel/whatIfContext';

const RestartContext = createContext<(() => Promise<void>) | null>(null);

/**
 * Holds the session and can replace it with a fresh one, started from the store (after an import replaced
 * the log, for example). Everything below re-renders with the new session.
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
  const restart = useCallback(async () => {
    session.dispose();
    setSession(await open());
  }, [session, open]);
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
