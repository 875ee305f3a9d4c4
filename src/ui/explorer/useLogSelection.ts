import { useEffect, useMemo, useRef, useState } from 'react';
import type { EventColumns } from '../../eventLog/eventColumns';
import { isUnfiltered, type LogFilter } from '../../eventLog/logFilter';
import {
  selectEvents,
  type LogSelection,
  type SelectionProgress,
  type SortKey,
} from '../../eventLog/logSelection';
import { runGeneratorInSlices } from '../../shared/runInSlices';

export interface SelectionState {
  /** The selection to show: the query's, or the last one computed while the query's is on its way. */
  readonly selection: LogSelection;
  /** Whether `selection` is not the query's yet (it is being computed). */
  readonly pending: boolean;
  /** How far the query's selection has come, once it has taken more than a moment. */
  readonly progress: SelectionProgress | null;
}

/**
 * The events of the log that `filter` selects, sorted `by` a key: at once for the whole log in position
 * order, otherwise computed in slices of a few milliseconds (a million rows take a few dozen), restarted
 * when the query changes and extended when the log grows.
 */
export function useLogSelection(
  log: EventColumns,
  length: number,
  filter: LogFilter,
  by: SortKey,
): SelectionState {
  const immediate = by === 'position' && isUnfiltered(filter);
  const whole = useMemo<LogSelection>(
    () => ({ length, filter, by: 'position', count: length, positions: null }),
    [length, filter],
  );
  const [computed, setComputed] = useState<LogSelection | null>(null);
  const [progress, setProgress] = useState<SelectionProgress | null>(null);
  const latest = useRef<LogSelection | null>(null);

  useEffect(() => {
    if (immediate) return;
    const stopped = new AbortController();
    runGeneratorInSlices(
      selectEvents(log.view(), filter, by, latest.current ?? undefined),
      {
        done: (selection) => {
          latest.current = selection;
          setComputed(selection);
          setProgress(null);
        },
        // Stopping is how a new query takes over; any other failure is a bug to report, and the progress
        // line must not stay up.
        failed: (error) => {
          if (stopped.signal.aborted) return;
          setProgress(null);
          console.error('Selecting the events failed.', error);
        },
      },
      { signal: stopped.signal, onProgress: setProgress },
    );
    return () => {
      stopped.abort();
      setProgress(null);
    };
  }, [log, length, filter, by, immediate]);

  if (immediate) return { selection: whole, pending: false, progress: null };
  const current = computed?.filter === filter && computed.by === by && computed.length === length;
  return { selection: computed ?? whole, pending: !current, progress };
}
