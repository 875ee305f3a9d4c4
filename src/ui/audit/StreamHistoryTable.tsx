import { useMemo, type ReactNode } from 'react';
import { correlationOf } from '../../eventStore/correlation';
import type { StoredEvent } from '../../eventStore/types';
import { DataTable, type Columns } from '../tables/DataTable';
import { JumpButton } from '../tables/JumpButton';
import { useTableView } from '../tables/onScreen';
import type { ChainRequest } from './chainRequest';
import { shortId, summarizeEvent } from '../eventText';
import { TimeCell } from '../tables/TimeCell';

/** An id that opens a causation chain: shows its start, names its kind, and keeps the full id on hover. */
function ChainLink({
  kind,
  id,
  onOpen,
}: {
  readonly kind: string;
  readonly id: string;
  readonly onOpen: () => void;
}) {
  return (
    <button
      type="button"
      className="id-link"
      aria-label={`${kind} ${shortId(id)}`}
      title={`${kind} ${id}: show its causation chain`}
      onClick={onOpen}
    >
      {shortId(id)}
    </button>
  );
}

function columnsFor(open: (request: ChainRequest) => void): Columns<StoredEvent> {
  return [
    { id: 'version', header: 'Version', accessorFn: (event) => event.version },
    {
      id: 'position',
      header: 'Position',
      accessorFn: (event) => event.position,
      cell: (info) => <JumpButton position={info.row.original.position} />,
    },
    { id: 'event', header: 'Event', accessorFn: (event) => summarizeEvent(event) },
    { id: 'actor', header: 'Actor', accessorFn: (event) => event.metadata.actor || '—' },
    {
      id: 'recorded',
      header: 'Recorded',
      accessorFn: (event) => event.metadata.recordedAt,
      cell: (info) => <TimeCell milliseconds={Date.parse(info.row.original.metadata.recordedAt)} />,
    },
    {
      id: 'command',
      header: 'Command',
      accessorFn: (event) => event.metadata.commandId ?? '',
      cell: (info) => {
        const commandId = info.row.original.metadata.commandId;
        return commandId ? <code title={commandId}>{shortId(commandId)}</code> : '—';
      },
    },
    {
      id: 'correlation',
      header: 'Correlation',
      accessorFn: correlationOf,
      cell: (info) => {
        const event = info.row.original;
        const correlationId = correlationOf(event);
        const request = { correlationId, anchor: event.position, cause: null };
        return <ChainLink kind="Correlation" id={correlationId} onOpen={() => open(request)} />;
      },
    },
    {
      id: 'causation',
      header: 'Caused by',
      accessorFn: (event) => event.metadata.causationId ?? '',
      cell: (info) => {
        const event = info.row.original;
        const cause = event.metadata.causationId;
        if (!cause) return '—';
        const request = { correlationId: correlationOf(event), anchor: event.position, cause };
        return <ChainLink kind="Causation" id={cause} onOpen={() => open(request)} />;
      },
    },
  ];
}

/**
 * One page of a stream's versions, newest first: who did each (actor), when (relative, exact on hover),
 * which command, and links to its correlation and cause. Events after the time machine's position are
 * dimmed as the future; the one it stands on is highlighted.
 */
export function StreamHistoryTable({
  events,
  empty,
  pager,
  onOpenChain,
}: {
  readonly events: readonly StoredEvent[];
  readonly empty: string;
  readonly pager: ReactNode;
  readonly onOpenChain: (request: ChainRequest) => void;
}) {
  const position = useTableView((view) => view.position);
  const columns = useMemo(() => columnsFor(onOpenChain), [onOpenChain]);
  return (
    <DataTable
      label="Stream history"
      columns={columns}
      rows={events}
      rowKey={(event) => event.id}
      numeric={['version', 'position']}
      rowState={(event) =>
        event.position === position ? 'current' : event.position > position ? 'future' : undefined
      }
      empty={empty}
      pager={pager}
    />
  );
}
