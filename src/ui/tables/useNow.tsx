import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/** How often relative times are brought up to date. */
const TICK_MS = 30_000;

const Now = createContext<number | null>(null);

/**
 * Gives everything inside the time now (ms), ticking every 30 s while it is mounted. One clock for the page:
 * a table redrawn at every step of the time-travel slider reads a context instead of subscribing per cell.
 */
export function NowProvider({ children }: { readonly children: ReactNode }) {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return <Now.Provider value={now}>{children}</Now.Provider>;
}

/** The time now (ms), shared by every relative time on the page (see `NowProvider`). */
export function useNow(): number {
  const value = useContext(Now);
  if (value === null) throw new Error('useNow is for components inside a NowProvider.');
  return value;
}
