import {
  type ComponentType,
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import type { LedgerView } from '../../app/ledgerView';
import { useSession } from '../SessionContext';
import { tableTurns } from './tableTurns';

/** How many times the section has caught up with the view; `null` outside any section. */
const Turn = createContext<number | null>(null);

/** How long the view must stay still before a table off screen catches up with it. */
const OFF_SCREEN_DELAY_MS = 400;

/**
 * Wraps a table (or a panel that follows the time machine), whose drawing must not hold up the time-travel
 * slider, and decides when it catches up with the view (what `useTableView` reads inside it):
 * - on screen (or nearly: a margin of 200 px, so that scrolling to it finds it up to date), it takes its
 *   turn among the tables on screen, one table redrawn per animation frame (`tableTurns`): the slider moves
 *   in the frame of the pointer, and each table follows a frame or a few later;
 * - off screen, it catches up once the view has stayed still for a moment, in an idle moment: a drag
 *   redraws only the tables someone can see.
 * Either way, what changed before the section came on or went off screen is caught up with the same way.
 */
export function OnScreenSection({ children }: { readonly children: ReactNode }) {
  const { view } = useSession();
  const element = useRef<HTMLDivElement>(null);
  const onScreen = useOnScreen(element);
  const [turn, setTurn] = useState(0);
  // The view the section last drew (or first rendered with): coming on or off screen alone redraws nothing.
  const drawn = useRef(view.getState());
  useEffect(() => {
    const redraw = () => {
      if (view.getState() === drawn.current) return;
      drawn.current = view.getState();
      setTurn((count) => count + 1);
    };
    if (onScreen) {
      tableTurns.request(redraw);
      const unsubscribe = view.subscribe(() => tableTurns.request(redraw));
      return () => {
        tableTurns.withdraw(redraw);
        unsubscribe();
      };
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelIdle = () => {};
    const cancel = () => {
      clearTimeout(timer);
      cancelIdle();
    };
    const redrawWhenStill = () => {
      cancel();
      timer = setTimeout(() => (cancelIdle = whenIdle(redraw)), OFF_SCREEN_DELAY_MS);
    };
    redrawWhenStill();
    const unsubscribe = view.subscribe(redrawWhenStill);
    return () => {
      cancel();
      unsubscribe();
    };
  }, [view, onScreen]);
  return (
    <div ref={element} className="on-screen-section">
      <Turn.Provider value={turn}>{children}</Turn.Provider>
    </div>
  );
}

/**
 * Runs `callback` in an idle moment (within a second at most) and returns what cancels it. Where the browser
 * has no `requestIdleCallback` (Safari), a plain timeout stands in.
 */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(callback, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(callback, { timeout: 1000 });
  return () => cancelIdleCallback(handle);
}

/** `View` in an `OnScreenSection` of its own: the form every table and panel that follows the view takes. */
export function inOnScreenSection(View: ComponentType): ComponentType {
  const InSection = () => (
    <OnScreenSection>
      <View />
    </OnScreenSection>
  );
  InSection.displayName = `InOnScreenSection(${View.displayName ?? View.name})`;
  return InSection;
}

/** Whether the element is on screen or within 200 px of it (true until first observed). */
function useOnScreen(element: RefObject<HTMLDivElement | null>): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new IntersectionObserver(([entry]) => setOnScreen(entry?.isIntersecting ?? true), {
      rootMargin: '200px 0px',
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return onScreen;
}

/**
 * What a table inside an `OnScreenSection` reads of the view: `select` applied to the view as it stood at
 * the section's last turn (see there), not at every change. `select` must read the view only (not props):
 * it is applied again at each turn.
 */
export function useTableView<Slice>(select: (view: LedgerView) => Slice): Slice {
  const { view } = useSession();
  const turn = useContext(Turn);
  if (turn === null) throw new Error('useTableView is for tables inside an OnScreenSection.');
  // `select` reads the view only: a new function each render is the same selection.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => select(view.getState()), [view, turn]);
}

/**
 * A list built from a read model of the view (`select` picks the model, `list` reads it), built again
 * whenever the view's revision moves: the models are folded in place, so their identity does not change.
 */
export function useModelList<Model, Row>(
  select: (view: LedgerView) => Model,
  list: (model: Model) => readonly Row[],
): readonly Row[] {
  const model = useTableView(select);
  const revision = useTableView((view) => view.revision);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => list(model), [model, revision]);
}
