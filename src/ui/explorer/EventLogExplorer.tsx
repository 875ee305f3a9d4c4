import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { NO_FILTER, isUnfiltered, type LogFilter } from '../../eventLog/logFilter';
import {
  indexOfPosition,
  NEWEST_FIRST,
  positionAt,
  type LogOrder,
  type SortKey,
} from '../../eventLog/logSelection';
import { useSession } from '../SessionContext';
import { inOnScreenSection, useTableView } from '../tables/onScreen';
import { EventDetail } from './EventDetail';
import { logRows } from './logColumns';
import { LogFilters } from './LogFilters';
import { LogStatus } from './LogStatus';
import { useLogSelection } from './useLogSelection';
import { VirtualLogTable } from './VirtualLogTable';
import './explorer.css';

/** How long typing in a filter field pauses before the log is filtered again. */
const TYPING_PAUSE_MS = 200;

/**
 * The raw log, every event of it reachable however long it is: filters, sorting by position or time, and
 * the details of one event. It follows the time machine: events after the position shown are dimmed as the
 * future, and the event shown is highlighted and scrolled into view.
 */
export const EventLogExplorer = inOnScreenSection(Explorer);

function Explorer() {
  const id = useId();
  const { log } = useSession();
  const position = useTableView((view) => view.position);
  const loading = useTableView((view) => view.history !== null);
  // The log grows in place; the view changes with it, and this reads its length then.
  const length = useTableView(() => log.length);
  const [draft, setDraft] = useState<LogFilter>(NO_FILTER);
  const filter = useSettled(draft, TYPING_PAUSE_MS);
  const [order, setOrder] = useState<LogOrder>(NEWEST_FIRST);
  const { selection, pending, progress } = useLogSelection(log, length, filter, order.by);
  const [selected, setSelected] = useState<number | null>(null);
  const [opened, setOpened] = useState<number | null>(null);

  // The log grows in place: its length says when a new view of its columns is due.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const times = useMemo(() => log.view().recordedAt, [log, length]);
  const { direction } = order;
  const indexOf = (at: number | null) =>
    at === null ? -1 : indexOfPosition(selection, direction, at, times);
  const rowsAt = useCallback(
    (indexes: readonly number[]) => logRows(log, indexes, (index) => positionAt(selection, direction, index)),
    [log, selection, direction],
  );
  const onSelect = useCallback(
    (index: number, open: boolean) => {
      const at = positionAt(selection, direction, index);
      setSelected(at);
      if (open) setOpened(at);
    },
    [selection, direction],
  );
  const onSort = useCallback(
    (by: SortKey) =>
      setOrder((now) =>
        now.by === by
          ? { by, direction: now.direction === 'ascending' ? 'descending' : 'ascending' }
          : { by, direction: by === 'position' ? 'descending' : 'ascending' },
      ),
    [],
  );
  const streams = useStreamIds(length);

  return (
    <section className="data-table event-log" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="event-log-title">
        Event log
      </h2>
      <LogFilters filter={draft} onChange={setDraft} streams={streams} />
      <LogStatus
        count={selection.count}
        length={length}
        filtered={!isUnfiltered(filter)}
        pending={pending || draft !== filter}
        progress={progress}
      />
      <p id={`${id}-keys`} className="hint">
        Click an event, or use the arrow keys, to choose it; Enter shows its details.
      </p>
      <VirtualLogTable
        labelledBy={`${id}-title`}
        describedBy={`${id}-keys`}
        count={selection.count}
        listKey={JSON.stringify([selection.filter, selection.by, direction])}
        rowsAt={rowsAt}
        order={order}
        onSort={onSort}
        position={position}
        currentIndex={indexOf(position)}
        selectedIndex={indexOf(selected)}
        onSelect={onSelect}
        busy={pending}
      />
      {selection.count === 0 && !pending && (
        <p className="empty-state">
          {!isUnfiltered(filter)
            ? 'No event matches these filters. Change them, or clear them to see the whole log.'
            : loading
              ? 'Loading the history of the log…'
              : 'The log is empty. Every command you issue appends events here, and nothing is ever changed or removed.'}
        </p>
      )}
      {opened !== null && opened <= length && (
        <EventDetail position={opened} onClose={() => setOpened(null)} />
      )}
    </section>
  );
}

/** `value` once it has stayed the same for `ms`: typing does not restart the work on every key. */
function useSettled<Value>(value: Value, ms: number): Value {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The stream ids of the log, for suggestions (the first thousand). */
function useStreamIds(length: number): readonly string[] {
  const { log } = useSession();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const view = useMemo(() => log.view(), [log, length]);
  return useMemo(
    () => view.strings.filter((_, index) => view.accountIds[index] !== undefined).slice(0, 1000),
    // Strings only ever get added: their number says whether the list changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view.strings.length],
  );
}
