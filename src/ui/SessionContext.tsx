import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { LedgerSession } from '../app/ledgerSession';
import type { LedgerView } from '../app/ledgerView';

const SessionContext = createContext<LedgerSession | null>(null);

export const SessionProvider = SessionContext.Provider;

export function useSession(): LedgerSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionProvider> above it.');
  return session;
}

/** Selects a narrow slice of the view, so that a component re-renders only when its slice changes. */
export function useView<Slice>(select: (view: LedgerView) => Slice): Slice {
  return useStore(useSession().view, select);
}
