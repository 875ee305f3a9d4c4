// Tells the user about the service worker: "ready to work offline" (briefly) and "a new version is
// ready" (until they reload or dismiss it). Render it once, anywhere inside the app shell.
import { useEffect, useSyncExternalStore } from 'react';
import {
  acceptUpdate,
  dismissOfflineReady,
  dismissUpdate,
  getState,
  startServiceWorker,
  subscribe,
} from './registerServiceWorker';
import './UpdatePrompt.css';

const OFFLINE_READY_MS = 4000;

export function UpdatePrompt() {
  const { needRefresh, offlineReady } = useSyncExternalStore(subscribe, getState, getState);

  useEffect(startServiceWorker, []);

  useEffect(() => {
    if (!offlineReady) return undefined;
    const timer = window.setTimeout(dismissOfflineReady, OFFLINE_READY_MS);
    return () => window.clearTimeout(timer);
  }, [offlineReady]);

  if (needRefresh) {
    return (
      <div className="update-prompt" role="status">
        <span className="update-prompt__message">A new version of Chronoledger is ready.</span>
        <button type="button" className="update-prompt__reload" onClick={() => void acceptUpdate()}>
          Reload to update
        </button>
        <button type="button" className="update-prompt__dismiss" onClick={dismissUpdate}>
          Later
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="update-prompt update-prompt--offline" role="status">
        <span className="update-prompt__message">Ready to work offline.</span>
      </div>
    );
  }
  return null;
}
