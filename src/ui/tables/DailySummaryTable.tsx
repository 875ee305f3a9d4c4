import { useMemo } from 'react';
import { listDays } from '../../projections/dailySummary/queries';
import type { DailyRow } from '../../projections/dailySummary/dailySummaryProjection';
import { formatMoney } from '../format';
import { useView } from '../SessionContext';
import { DataTable, type Columns } from './DataTable';

const money = (pick: (row: DailyRow) => number) => ({
  accessorFn: pick,
  cell: (info: { row: { original: DailyRow } }) => formatMoney(pick(info.row.original)),
});

const columns: Columns<DailyRow> = [
  { id: 'date', header: 'Date (UTC)', accessorFn: (row) => row.date },
  { id: 'deposits', header: 'Deposits', ...money((row) => row.deposits) },
  { id: 'withdrawals', header: 'Withdrawals', ...money((row) => row.withdrawals) },
  { id: 'net', header: 'Net', ...money((row) => row.net) },
];

export function DailySummaryTable() {
  const model = useView((view) => view.readModels.models.dailySummary);
  const revision = useView((view) => view.revision);
  // The revision changes whenever the shown models do: they are folded in place.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const rows = useMemo(() => listDays(model), [model, revision]);
  return (
    <DataTable
      label="Daily summary"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.date}
      numeric={['deposits', 'withdrawals', 'net']}
      empty="No money has moved yet. Deposits and withdrawals are totalled here by day."
    />
  );
}
