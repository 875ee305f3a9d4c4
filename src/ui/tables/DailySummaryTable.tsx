import { listDays, type DailySummaryRow } from '../../projections/dailySummary/queries';
import { moneyColumn } from './columns';
import { inOnScreenSection, useModelList } from './onScreen';
import { DataTable, type Columns } from './DataTable';
import { useSortedPage } from './sortedPage';
import type { TableSort } from './sorting';

const columns: Columns<DailySummaryRow> = [
  { id: 'date', header: 'Date (UTC)', accessorFn: (row) => row.date },
  moneyColumn('deposits', 'Deposits', (row) => row.deposits),
  moneyColumn('withdrawals', 'Withdrawals', (row) => row.withdrawals),
  moneyColumn('net', 'Net', (row) => row.net),
];

const SORTABLE = ['date', 'deposits', 'withdrawals', 'net'];
const NEWEST_DAY_FIRST: TableSort = { column: 'date', direction: 'descending' };

export const DailySummaryTable = inOnScreenSection(DailySummary);

function DailySummary() {
  const listed = useModelList((view) => view.readModels.models.dailySummary, listDays);
  const page = useSortedPage('Daily summary', listed, columns, SORTABLE, NEWEST_DAY_FIRST);
  return (
    <DataTable
      label="Daily summary"
      columns={columns}
      {...page}
      numeric={['deposits', 'withdrawals', 'net']}
      empty="No money has moved yet. Deposits and withdrawals are totalled here by day."
    />
  );
}
