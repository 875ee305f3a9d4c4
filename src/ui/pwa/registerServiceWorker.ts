// Registers the service worker once per page and publishes what the page should tell the user.
// Contract: the page is never reloaded unless the user asked for it (acceptUpdate). The worker is
// built with skipWaiting/clientsClaim off, so a new version waits until the user accepts it here.

export interface PwaState {
  /** A new version is installed and waiting for the user's consent. */
  readonly needRefresh: boolean;
  /** The app has just been cached for offline use (first install only). */
  readonly offlineReady: boolean;
}

let state: PwaState = { needRefresh: false, offlineReady: false };
const listeners = new Set<() => void>();
let started = false;
let updateSW: ((reloadPage?: boolean) => Promise<void>) | undefined;
let userAccepted = false;
let takenOver = false; // another tab's update already controls this page

function setState(patch: Partial<PwaState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

/** Idempotent (React StrictMode runs effects twice). A no-op where service workers don't exist. */
export function startServiceWorker(): void {
  if (started || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  started = true;
  import('./pwaRegister')
    .then(({ registerSW }) => {
      updateSW = registerSW({
        immediate: true,
        onNeedRefresh: () => setState({ needRefresh: true }),
        onOfflineReady: () => setState({ offlineReady: true }),
        // The new worker took control. Reload only if this page's user asked for it; if another tab
        // accepted the update, keep the banner so this user still decides when to reload.
        onNeedReload: () => {
          if (userAccepted) return window.location.reload();
          takenOver = true;
          setState({ needRefresh: true });
        },
        onRegisterError: warn,
      });
    })
    .catch(warn);
}

// A warning, not an error: the app keeps working online without a service worker.
function warn(error: unknown): void {
  console.warn('Service worker registration failed:', error);
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const getState = (): PwaState => state;

/** The user clicked "Reload to update": activate the waiting worker, then reload (onNeedReload). */
export async function acceptUpdate(): Promise<void> {
  userAccepted = true;
  if (takenOver) return window.location.reload(); // nothing is waiting any more: just reload
  await updateSW?.(true);
}

export const dismissUpdate = (): void => setState({ needRefresh: false });
export const dismissOfflineReady = (): void => setState({ offlineReady: false });
