import type { Movement } from '../../projections/largestMovements/largestMovementsProjection';
import { formatMoney } from '../format';
import { ProgressLine } from '../ProgressLine';
import { useView } from '../SessionContext';
import { DataTable, type Columns } from '../tables/DataTable';
import { JumpButton } from '../tables/JumpButton';
import { TimeCell } from '../tables/TimeCell';
import { useAddedModel } from './useAddedModel';

type RankedMovement = Movement & { readonly rank: number };

const columns: Columns<RankedMovement> = [
  { id: 'rank', header: 'Rank', accessorFn: (row) => row.rank },
  {
    id: 'amount',
    header: 'Amount',
    accessorFn: (row) => row.amount,
    cell: (info) => formatMoney(info.row.original.amount),
  },
  { id: 'type', header: 'Type', accessorFn: (row) => row.type },
  { id: 'account', header: 'Account', accessorFn: (row) => row.accountId },
  {
    id: 'position',
    header: 'Event',
    accessorFn: (row) => row.position,
    cell: (info) => <JumpButton position={info.row.original.position} />,
  },
  {
    id: 'time',
    header: 'Time',
    accessorFn: (row) => row.recordedAt,
    cell: (info) => <TimeCell milliseconds={info.row.original.recordedAt} />,
  },
];

/**
 * The projection registered later: the ten largest movements of money. Once registered it shows events from
 * long before its registration, because it was built from the whole log.
 */
export function LargestMovementsTable() {
  const position = useView((view) => view.position);
  const { model, entry } = useAddedModel('largestMovements');
  if (entry?.progress && !model) {
    return (
      <p role="status" className="panel">
        <ProgressLine label="Building Largest movements from the history" progress={entry.progress} />
      </p>
    );
  }
  const rows = (model ?? []).map((movement, index) => ({ ...movement, rank: index + 1 }));
  return (
    <DataTable
      label="Largest movements"
      columns={columns}
      rows={rows}
      rowKey={(row) => String(row.position)}
      numeric={['rank', 'amount', 'position']}
      rowState={(row) => (row.position === position ? 'current' : undefined)}
      empty={
        model
          ? 'No money has moved yet at this point of the log.'
          : 'This projection is not registered. Register it in the Projections panel: it is then built from the whole history, events from before its registration included.'
      }
    />
  );
}
