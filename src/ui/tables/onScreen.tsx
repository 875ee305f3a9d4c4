import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
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
 * `useView` for a table, whose drawing must not hold up the time-travel slider:
 * - on screen, a change of the view reaches it as a transition: the slider and its label move in the frame
 *   of the pointer, and React draws the table in the next frames, in slices, dropping a drawing that a newer
 *   position overtakes. The table trails the pointer by a frame or two and catches up when it stops;
 * - off screen, a change reaches it once the view has stayed still for a moment, in an idle moment: a drag
 *   redraws only the tables someone can see.
 * `select` must read the view only (not props): it is applied to the latest view when the table draws.
 */
export function useTableView<Slice>(select: (view: LedgerView) => Slice): Slice {
  const { view } = useSession();
  const onScreen = useContext(OnScreen);
  const [slice, setSlice] = useState(() => select(view.getState()));
  useEffect(() => {
    const update = () => startTransition(() => setSlice(() => select(view.getState())));
    // What changed while the table was off screen (or before this effect ran) is drawn now.
    update();
    if (onScreen) return view.subscribe(update);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    const cancel = () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
      idle = undefined;
    };
    const unsubscribe = view.subscribe(() => {
      cancel();
      timer = setTimeout(() => (idle = requestIdleCallback(update, { timeout: 1000 })), OFF_SCREEN_DELAY_MS);
    });
    return () => {
      cancel();
      unsubscribe();
    };
    // `select` reads the view only: a new function each render is the same selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, onScreen]);
  return slice;
}

/**
 * A list built from a read model of the view (`select` picks the model, `list` reads it), built again
 * whenever the view's revision moves: the models are folded in place, so their identity does not change.
 */
export function useModelList<Model, Row>(
  select: (view: LedgerView) => Model,
  list: (model: Model) => Row[],
): Row[] {
  const model = useTableView(select);
  const revision = useTableView((view) => view.revision);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => list(model), [model, revision]);
}
