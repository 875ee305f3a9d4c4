import type { BalanceRow } from '../../projections/balances/balancesProjection';
import { listBalances } from '../../projections/balances/queries';
import { inOnScreenSection, useModelList } from './onScreen';
import { DataTable, type Columns } from './DataTable';
import { useSortedPage } from './sortedPage';
import type { TableSort } from './sorting';
import { moneyColumn, timeColumn } from './columns';

export const balanceColumns: Columns<BalanceRow> = [
  { id: 'account', header: 'Account', accessorFn: (row) => row.accountId },
  { id: 'owner', header: 'Owner', accessorFn: (row) => row.owner },
  moneyColumn('balance', 'Balance', (row) => row.balance),
  { id: 'status', header: 'Status', accessorFn: (row) => row.status },
  timeColumn('lastUpdated', 'Last updated', (row) => row.lastUpdated),
];

/** Every column sorts; the rows come ordered by account. */
export const BALANCE_SORTABLE = ['account', 'owner', 'balance', 'status', 'lastUpdated'];
export const BY_ACCOUNT: TableSort = { column: 'account', direction: 'ascending' };

export const BalancesTable = inOnScreenSection(Balances);

function Balances() {
  const listed = useModelList((view) => view.readModels.models.balances, listBalances);
  const page = useSortedPage('Balances', listed, balanceColumns, BALANCE_SORTABLE, BY_ACCOUNT);
  return (
    <DataTable
      label="Balances"
      columns={balanceColumns}
      {...page}
      numeric={['balance']}
      empty="No accounts yet. Open one with the form on the left."
    />
  );
}
