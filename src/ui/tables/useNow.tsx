import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';

/** How often relative times are brought up to date. */
const TICK_MS = 30_000;

const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const Now = createContext<number | null>(null);

/**
 * Gives everything inside the time now (ms), ticking every 30 s while it is mounted. One subscription for the page: a table
 * redrawn at every step of the time-travel slider reads a context instead of subscribing once per cell.
 */
export function NowProvider({ children }: { readonly children: ReactNode }) {
  return <Now.Provider value={useSyncExternalStore(subscribe, () => now)}>{children}</Now.Provider>;
}

/** The time now (ms), shared by every relative time on the page (see `NowProvider`). */
export function useNow(): number {
  const value = useContext(Now);
  if (value === null) throw new Error('useNow is for components inside a NowProvider.');
  return value;
}
