import type { Movement } from '../../projections/largestMovements/largestMovementsProjection';
import { ProgressLine } from '../ProgressLine';
import { jumpColumn, moneyColumn, timeColumn } from '../tables/columns';
import { DataTable, type Columns } from '../tables/DataTable';
import { inOnScreenSection, useTableView } from '../tables/onScreen';
import { useAddedModel } from './useAddedModel';

type RankedMovement = Movement & { readonly rank: number };

const columns: Columns<RankedMovement> = [
  { id: 'rank', header: 'Rank', accessorFn: (row) => row.rank },
  moneyColumn('amount', 'Amount', (row) => row.amount),
  { id: 'type', header: 'Type', accessorFn: (row) => row.type },
  { id: 'account', header: 'Account', accessorFn: (row) => row.accountId },
  jumpColumn('Event'),
  timeColumn('time', 'Time', (row) => row.recordedAt),
];

/**
 * The projection registered later: the ten largest movements of money. Once registered it shows events from
 * long before its registration, because it was built from the whole log.
 */
export const LargestMovementsTable = inOnScreenSection(LargestMovements);

function LargestMovements() {
  const position = useTableView((view) => view.position);
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
      steady
      empty={
        model
          ? 'No money has moved yet at this point of the log.'
          : 'This projection is not registered. Register it in the Projections panel: it is then built from the whole history, events from before its registration included.'
      }
    />
  );
}
