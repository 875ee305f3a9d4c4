import { useMemo } from 'react';
import { listDays, type DailySummaryRow } from '../../projections/dailySummary/queries';
import { formatMoney } from '../format';
import { OnScreenSection, useTableView } from './onScreen';
import { DataTable, type Columns } from './DataTable';
import { usePaging, useSlotKeys } from './Pager';
import { useSortedRows, type TableSort } from './sorting';

const money = (id: 'deposits' | 'withdrawals' | 'net', header: string): Columns<DailySummaryRow>[number] => ({
  id,
  header,
  accessorFn: (row) => row[id],
  cell: (info) => formatMoney(info.row.original[id]),
});

const columns: Columns<DailySummaryRow> = [
  { id: 'date', header: 'Date (UTC)', accessorFn: (row) => row.date },
  money('deposits', 'Deposits'),
  money('withdrawals', 'Withdrawals'),
  money('net', 'Net'),
];

const SORTABLE = ['date', 'deposits', 'withdrawals', 'net'];
const NEWEST_DAY_FIRST: TableSort = { column: 'date', direction: 'descending' };

export function DailySummaryTable() {
  return (
    <OnScreenSection>
      <DailySummary />
    </OnScreenSection>
  );
}

function DailySummary() {
  const model = useTableView((view) => view.readModels.models.dailySummary);
  const revision = useTableView((view) => view.revision);
  // The revision changes whenever the shown models do: they are folded in place.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const listed = useMemo(() => listDays(model), [model, revision]);
  const { rows: all, sorting } = useSortedRows(listed, columns, SORTABLE, NEWEST_DAY_FIRST);
  const { from, to, pager } = usePaging('Daily summary', all.length);
  const rows = useMemo(() => all.slice(from, to), [all, from, to]);
  const rowKey = useSlotKeys(rows);
  return (
    <DataTable
      label="Daily summary"
      columns={columns}
      rows={rows}
      rowKey={rowKey}
      numeric={['deposits', 'withdrawals', 'net']}
      empty="No money has moved yet. Deposits and withdrawals are totalled here by day."
      footer={pager}
      sorting={sorting}
    />
  );
}
