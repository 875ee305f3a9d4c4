import { useMemo } from 'react';
import type { LedgerEvent } from '../../projections/ledgerEvent';
import { formatTime } from '../format';
import { useSession, useView } from '../SessionContext';
import { DataTable, type Columns } from './DataTable';
import { useNewestFirstPaging } from './Pager';

const columns: Columns<LedgerEvent> = [
  { id: 'position', header: 'Position', accessorFn: (event) => event.position },
  { id: 'stream', header: 'Stream', accessorFn: (event) => event.streamId },
  { id: 'version', header: 'Version', accessorFn: (event) => event.version },
  { id: 'type', header: 'Type', accessorFn: (event) => event.type },
  {
    id: 'data',
    header: 'Data',
    accessorFn: (event) => JSON.stringify(event.data),
    cell: (info) => <code className="event-data">{info.getValue<string>()}</code>,
  },
  {
    id: 'time',
    header: 'Time',
    accessorFn: (event) => event.metadata.recordedAt,
    cell: (info) => {
      const iso = info.row.original.metadata.recordedAt;
      return (
        <time dateTime={iso} title={iso}>
          {formatTime(iso)}
        </time>
      );
    },
  },
];

/** The raw log up to the position shown, newest first: what actually happened, in order. */
export function EventLogTable() {
  const { timeline } = useSession();
  const position = useView((view) => view.position);
  const { from, to, pager } = useNewestFirstPaging('Event log', position);
  // Events 1..position never change (the log is append-only), so the page depends on its bounds alone.
  const rows = useMemo(
    () =>
      timeline
        .eventsBetween(from + 1, to)
        .slice()
        .reverse(),
    [timeline, from, to],
  );
  return (
    <DataTable
      label="Event log"
      columns={columns}
      rows={rows}
      rowKey={(event) => event.id}
      numeric={['position', 'version']}
      empty="The log is empty. Every command you issue appends events here, and nothing is ever changed or removed."
      footer={pager}
    />
  );
}
