import { tableFeatures } from '@tanstack/react-table';
import type { SortKey } from '../../eventLog/logSelection';
import { dataOfFact, emptyLedgerFact, type LedgerFactSource } from '../../projections/ledgerFact';
import { jumpColumn, timeColumn } from '../tables/columns';
import type { Columns } from '../tables/DataTable';

/** One row of the Event log as drawn: built only for the rows on screen. */
export interface LogRow {
  /** Where the row is in the list as sorted and filtered (0 is the top). */
  readonly index: number;
  readonly position: number;
  readonly streamId: string;
  readonly version: number;
  readonly type: string;
  readonly data: string;
  readonly recordedAt: number;
}

export const logFeatures = tableFeatures({});

/** The columns, in the order of the UI contract: Position, Stream, Version, Type, Data, Time. */
export const logColumns: Columns<LogRow> = [
  // Clicked, the position jumps there; from the keyboard, Enter shows the event's details, which offer it.
  jumpColumn('Position', { inGrid: true }),
  { id: 'stream', header: 'Stream', accessorFn: (row) => row.streamId },
  { id: 'version', header: 'Version', accessorFn: (row) => row.version },
  { id: 'type', header: 'Type', accessorFn: (row) => row.type },
  {
    id: 'data',
    header: 'Data',
    accessorFn: (row) => row.data,
    cell: (info) => <code className="event-data">{info.row.original.data}</code>,
  },
  timeColumn('time', 'Time', (row) => row.recordedAt),
];

/** The columns a header button sorts by, and the key each sorts on. */
export const SORTABLE: Readonly<Record<string, SortKey>> = { position: 'position', time: 'time' };

/** Columns whose cells are numbers: right-aligned, tabular figures. */
export const NUMERIC = new Set(['position', 'version']);

/** Builds the rows for list indexes [from, to] from the log in memory (no allocation beyond the rows). */
export function logRows(
  log: LedgerFactSource,
  indexes: readonly number[],
  positionAt: (index: number) => number,
): LogRow[] {
  const fact = emptyLedgerFact();
  return indexes.map((index) => {
    const position = positionAt(index);
    log.factAt(position, fact);
    const { streamId, version, type, recordedAt } = fact;
    return { index, position, streamId, version, type, data: JSON.stringify(dataOfFact(fact)), recordedAt };
  });
}
