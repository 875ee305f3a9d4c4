import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { LedgerView } from '../../app/ledgerView';
import { useSession } from '../SessionContext';

const OnScreen = createContext(true);

/** How long the view must stay still before a table off screen catches up with it. */
const OFF_SCREEN_DELAY_MS = 400;

/**
 * Wraps a table and tells the `useTableView` hooks inside whether it is on screen (or nearly: a margin of
 * a screen's part, so that scrolling to it finds it up to date).
 */
export function OnScreenSection({ children }: { readonly children: ReactNode }) {
  const element = useRef<HTMLDivElement>(null);
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new IntersectionObserver(([entry]) => setOnScreen(entry?.isIntersecting ?? true), {
      rootMargin: '200px 0px',
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={element} className="on-screen-section">
      <OnScreen.Provider value={onScreen}>{children}</OnScreen.Provider>
    </div>
  );
}

/**
 * `useView` for a table: on screen, it follows every change of the view; off screen, a change reaches it
 * once the view has stayed still for a moment. Dragging the time-travel slider then redraws only the tables
 * someone can see, and the others catch up as soon as the drag pauses.
 */
export function useTableView<Slice>(select: (view: LedgerView) => Slice): Slice {
  const { view } = useSession();
  const onScreen = useContext(OnScreen);
  const subscribe = useCallback(
    (notify: () => void) => {
      if (onScreen) return view.subscribe(notify);
      // Still for a while, then in a moment the page has nothing else to do: each table on its own.
      let timer: ReturnType<typeof setTimeout> | undefined;
      let idle: number | undefined;
      const cancel = () => {
        clearTimeout(timer);
        if (idle !== undefined) cancelIdleCallback(idle);
        idle = undefined;
      };
      const unsubscribe = view.subscribe(() => {
        cancel();
        timer = setTimeout(
          () => (idle = requestIdleCallback(notify, { timeout: 1000 })),
          OFF_SCREEN_DELAY_MS,
        );
      });
      return () => {
        cancel();
        unsubscribe();
      };
    },
    [view, onScreen],
  );
  return useSyncExternalStore(subscribe, () => select(view.getState()));
}
