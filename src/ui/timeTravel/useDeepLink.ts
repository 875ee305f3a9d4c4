import { useEffect, useRef } from 'react';
import { useSession, useView } from '../SessionContext';

const SETTLE_MS = 400;

/** The position a URL asks for (`?at=42`), or null to follow the present. */
export function positionInUrl(search: string): number | null {
  const at = new URLSearchParams(search).get('at');
  if (at === null || !/^\d+$/.test(at)) return null;
  return Number(at);
}

/**
 * Keeps the URL and the time machine in step: a link with `?at=42` opens at event 42; every point the view
 * settles on becomes a history entry, so back and forward revisit them; without `at` the view follows the
 * present.
 */
export function useDeepLink(): void {
  const session = useSession();
  const position = useView((view) => view.position);
  const following = useView((view) => view.followingPresent);
  const historyReady = useView((view) => view.status === 'ready' && view.history === null);
  const opened = useRef(false);

  useEffect(() => {
    if (!historyReady || opened.current) return;
    opened.current = true;
    const at = positionInUrl(location.search);
    if (at !== null) session.seek(at);
  }, [historyReady, session]);

  useEffect(() => {
    const onPop = () => {
      const target = positionInUrl(location.search);
      if (target === null) session.returnToPresent();
      else session.seek(target);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [session]);

  useEffect(() => {
    if (!opened.current) return;
    const timer = setTimeout(() => {
      const wanted = following ? null : position;
      if (positionInUrl(location.search) === wanted) return;
      const url = new URL(location.href);
      if (wanted === null) url.searchParams.delete('at');
      else url.searchParams.set('at', String(wanted));
      history.pushState(null, '', url);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [position, following]);
}
