import { useMemo } from 'react';
import { emptyLedgerFact, dataOfFact, type LedgerFactSource } from '../../projections/ledgerFact';
import { useSession, useView } from '../SessionContext';
import { DataTable, type Columns } from './DataTable';
import { slotOnPage, useNewestFirstPaging } from './Pager';
import { JumpButton } from './JumpButton';
import { TimeCell } from './TimeCell';

interface EventLogRow {
  readonly position: number;
  readonly streamId: string;
  readonly version: number;
  readonly type: string;
  readonly data: string;
  readonly recordedAt: number;
}

const columns: Columns<EventLogRow> = [
  {
    id: 'position',
    header: 'Position',
    accessorFn: (row) => row.position,
    cell: (info) => <JumpButton position={info.row.original.position} />,
  },
  { id: 'stream', header: 'Stream', accessorFn: (row) => row.streamId },
  { id: 'version', header: 'Version', accessorFn: (row) => row.version },
  { id: 'type', header: 'Type', accessorFn: (row) => row.type },
  {
    id: 'data',
    header: 'Data',
    accessorFn: (row) => row.data,
    cell: (info) => <code className="event-data">{info.row.original.data}</code>,
  },
  {
    id: 'time',
    header: 'Time',
    accessorFn: (row) => row.recordedAt,
    cell: (info) => <TimeCell milliseconds={info.row.original.recordedAt} />,
  },
];

/** Rows for positions [from, to], newest first. */
function eventLogRows(log: LedgerFactSource, from: number, to: number): EventLogRow[] {
  const fact = emptyLedgerFact();
  const rows: EventLogRow[] = [];
  for (let position = to; position >= Math.max(1, from); position--) {
    log.factAt(position, fact);
    const { streamId, version, type, recordedAt } = fact;
    rows.push({ position, streamId, version, type, data: JSON.stringify(dataOfFact(fact)), recordedAt });
  }
  return rows;
}

/**
 * The raw log, newest first: what actually happened, in order. Events after the position shown are dimmed
 * as the future; the event shown is highlighted, and its page is the one on screen.
 */
export function EventLogTable() {
  const { log } = useSession();
  const position = useView((view) => view.position);
  const head = useView((view) => view.head);
  const loading = useView((view) => view.history !== null);
  // Re-render as more of the history arrives in memory (the log grows in place).
  useView((view) => view.revision);
  const { from, to, pager } = useNewestFirstPaging('Event log', head, position);
  // Events never change once in the log (it is append-only), so the rows depend on the bounds alone.
  const end = Math.min(to, log.length);
  const rows = useMemo(() => eventLogRows(log, from + 1, end), [log, from, end]);
  return (
    <DataTable
      label="Event log"
      columns={columns}
      rows={rows}
      rowKey={slotOnPage}

      numeric={['position', 'version']}
      rowState={(row) =>
        row.position === position ? 'current' : row.position > position ? 'future' : undefined
      }
      empty={
        loading
          ? 'Loading the history of the log…'
          : 'The log is empty. Every command you issue appends events here, and nothing is ever changed or removed.'
      }
      footer={pager}
    />
  );
}
