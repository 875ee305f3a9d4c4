import { useTable } from '@tanstack/react-table';
import { renderCell } from '../tables/renderCell';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useId,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { LogOrder, SortKey } from '../../eventLog/logSelection';
import { logColumns, logFeatures, NUMERIC, type LogRow } from './logColumns';
import { LogHeader } from './LogHeader';
import { ScaledScroll, scrollScale } from './scaledScroll';

/** Fixed heights (px): the virtual list needs them, and CSS draws rows and the header at exactly these. */
export const ROW_HEIGHT = 32;
export const HEADER_HEIGHT = 36;
/** The scroller's height when the rows need more: 12 rows. */
const MAX_VIEWPORT = HEADER_HEIGHT + 12 * ROW_HEIGHT;
/** Rows drawn beyond each edge, so that a fast scroll does not show a gap before the rows are redrawn. */
const OVERSCAN = 3;
/**
 * Rows are keyed by their slot: the index modulo the most rows the scroller can draw at once. Any run of
 * rows on screen has distinct slots, a scroll by one row reuses all slots but one, and a jump reuses them
 * all: the rows are updated in place instead of being replaced.
 */
const SLOTS = Math.ceil(MAX_VIEWPORT / ROW_HEIGHT) + 2 * OVERSCAN + 2;
const getRowId = (row: LogRow): string => String(row.index % SLOTS);

interface VirtualLogTableProps {
  readonly labelledBy: string;
  readonly describedBy: string;
  readonly count: number;
  /** Names the list shown (its filter and order): a new list is shown from its top. */
  readonly listKey: string;
  /** Builds the rows at these list indexes. */
  readonly rowsAt: (indexes: readonly number[]) => LogRow[];
  readonly order: LogOrder;
  readonly onSort: (by: SortKey) => void;
  /** The time machine's position: later events are the future, the event there is the current one. */
  readonly position: number;
  /** Where the current event is in the list, or -1. It is scrolled into view when the position changes. */
  readonly currentIndex: number;
  readonly selectedIndex: number;
  readonly onSelect: (index: number, open: boolean) => void;
  readonly busy: boolean;
}

/**
 * The Event log as an ARIA grid drawn by TanStack Table, with only the rows on screen in the page (TanStack
 * Virtual). Past MAX_CONTENT_HEIGHT the scroll range is scaled (ScaledScroll), so every row of a million can
 * be reached. The grid itself takes the focus: arrow keys, Page Up/Down, Home and End move the selection,
 * Enter shows the selected event's details.
 * For assistive technology (the WAI-ARIA grid pattern, focus kept on the grid): aria-activedescendant names
 * the selected row, by an id from its event's position, while that row is in the page; it alone has
 * aria-selected="true". aria-rowcount counts every row, and each row's aria-rowindex places it among them.
 */
export function VirtualLogTable(props: VirtualLogTableProps) {
  const { count, order, position, currentIndex, selectedIndex, onSelect } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const rowIds = useId();
  const rowId = (at: number) => `${rowIds}-event-${at}`;
  const [, redraw] = useReducer((drawn: number) => drawn + 1, 0);
  const scaled = useMemo(() => new ScaledScroll(redraw), []);
  // The virtualizer is read during render on purpose: its items are the rows to draw.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLElement, Element>({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: HEADER_HEIGHT,
    overscan: OVERSCAN,
    observeElementOffset: scaled.observeElementOffset,
    observeElementRect: scaled.observeElementRect,
    scrollToFn: scaled.scrollToFn,
  });
  // The scroller is as tall as its rows, up to MAX_VIEWPORT; what shows rows is that less its borders and
  // scroll bar, known from the last measure without laying the page out.
  const height = Math.min(MAX_VIEWPORT, HEADER_HEIGHT + count * ROW_HEIGHT);
  const viewport = height - scaled.chrome;
  const scale = scrollScale(virtualizer.getTotalSize(), viewport);
  useLayoutEffect(() => scaled.rescale(scale));

  const items = virtualizer.getVirtualItems();
  const [first, last] = [items[0]?.index ?? 0, items.at(-1)?.index ?? -1];
  // Built once per range: a seek first re-renders the rows in place (future, current), then scrolls.
  const { rowsAt } = props;
  const rows = useMemo(
    () => rowsAt(Array.from({ length: last - first + 1 }, (_, offset) => first + offset)),
    [rowsAt, first, last],
  );
  const table = useTable({ features: logFeatures, columns: logColumns, data: rows, getRowId });
  // The selected row, if it is in the page: only a row in the page can be the active descendant.
  const activeRow = rows[selectedIndex - first];
  // Where the rows go in the (capped) content: their virtual place, moved by how far the scaled scroll
  // position is from the virtual one. Unscaled, the two are equal and rows stay put while scrolling.
  const shift = scaled.physicalTop - (virtualizer.scrollOffset ?? 0);

  const scrollIntoView = (index: number) => {
    if (index < 0) return;
    const top = HEADER_HEIGHT + index * ROW_HEIGHT;
    const { virtualTop } = scaled;
    if (top < virtualTop + HEADER_HEIGHT) scaled.show(top - HEADER_HEIGHT);
    else if (top + ROW_HEIGHT > virtualTop + viewport) scaled.show(top + ROW_HEIGHT - viewport);
  };
  const shownList = useRef(props.listKey);
  useLayoutEffect(() => {
    if (shownList.current === props.listKey) return;
    shownList.current = props.listKey;
    scaled.show(0);
  }, [props.listKey, scaled]);
  // The current event follows the time machine: scrolled into view when the position moves.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => scrollIntoView(currentIndex), [position]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 2);
    const from = selectedIndex >= 0 ? selectedIndex : Math.ceil(scaled.virtualTop / ROW_HEIGHT) - 1;
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: from + page,
      PageUp: from - page,
      Home: 0,
      End: count - 1,
    };
    if (event.key === 'Enter' && event.target === event.currentTarget && selectedIndex >= 0) {
      event.preventDefault();
      onSelect(selectedIndex, true);
      return;
    }
    const next = moves[event.key];
    if (next === undefined || count === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const index = Math.min(count - 1, Math.max(0, next));
    scrollIntoView(index);
    onSelect(index, false);
  };
  const onRowClick = (event: MouseEvent, index: number) => {
    // A click on the row's own controls (the jump) is theirs; anywhere else it selects and shows the event.
    if ((event.target as HTMLElement).closest('button, a')) return;
    scroller.current?.focus({ preventScroll: true });
    onSelect(index, true);
  };

  return (
    <div
      ref={scroller}
      role="grid"
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      aria-activedescendant={activeRow && rowId(activeRow.position)}
      aria-readonly
      aria-rowcount={count + 1}
      aria-busy={props.busy}
      tabIndex={0}
      className="log-scroller"
      style={{ height }}
      onKeyDown={onKeyDown}
    >
      <LogHeader groups={table.getHeaderGroups()} order={order} onSort={props.onSort} />
      <div role="rowgroup" className="log-body" style={{ height: scale.physicalHeight - HEADER_HEIGHT }}>
        {table.getRowModel().rows.map((row) => {
          const { index, position: at } = row.original;
          const state = at === position ? 'current' : at > position ? 'future' : '';
          const selected = index === selectedIndex;
          return (
            <div
              role="row"
              key={row.id}
              id={rowId(at)}
              aria-rowindex={index + 2}
              aria-current={state === 'current' ? 'true' : undefined}
              aria-selected={selected}
              className={`log-row ${state}${selected ? ' selected' : ''}`}
              style={{ transform: `translateY(${index * ROW_HEIGHT + shift}px)` }}
              onClick={(event) => onRowClick(event, index)}
            >
              {row.getAllCells().map((cell) => (
                <div
                  role="gridcell"
                  key={cell.id}
                  className={NUMERIC.has(cell.column.id) ? 'numeric' : undefined}
                >
                  {renderCell(cell)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
