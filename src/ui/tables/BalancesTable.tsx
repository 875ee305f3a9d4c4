import { useMemo } from 'react';
import type { BalanceRow } from '../../projections/balances/balancesProjection';
import { listBalances } from '../../projections/balances/queries';
import { formatMoney } from '../format';
import { OnScreenSection, useTableView } from './onScreen';
import { DataTable, type Columns } from './DataTable';
import { usePaging, useSlotKeys } from './Pager';
import { useSortedRows, type TableSort } from './sorting';
import { TimeCell } from './TimeCell';

export const balanceColumns: Columns<BalanceRow> = [
  { id: 'account', header: 'Account', accessorFn: (row) => row.accountId },
  { id: 'owner', header: 'Owner', accessorFn: (row) => row.owner },
  {
    id: 'balance',
    header: 'Balance',
    accessorFn: (row) => row.balance,
    cell: (info) => formatMoney(info.row.original.balance),
  },
  { id: 'status', header: 'Status', accessorFn: (row) => row.status },
  {
    id: 'lastUpdated',
    header: 'Last updated',
    accessorFn: (row) => row.lastUpdated,
    cell: (info) => <TimeCell milliseconds={info.row.original.lastUpdated} />,
  },
];

/** Every column sorts; the rows come ordered by account. */
export const BALANCE_SORTABLE = ['account', 'owner', 'balance', 'status', 'lastUpdated'];
export const BY_ACCOUNT: TableSort = { column: 'account', direction: 'ascending' };

export function BalancesTable() {
  return (
    <OnScreenSection>
      <Balances />
    </OnScreenSection>
  );
}

function Balances() {
  const model = useTableView((view) => view.readModels.models.balances);
  const revision = useTableView((view) => view.revision);
  // The revision changes whenever the shown models do: they are folded in place.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const listed = useMemo(() => listBalances(model), [model, revision]);
  const { rows: all, sorting } = useSortedRows(listed, balanceColumns, BALANCE_SORTABLE, BY_ACCOUNT);
  const { from, to, pager } = usePaging('Balances', all.length);
  const rows = useMemo(() => all.slice(from, to), [all, from, to]);
  const rowKey = useSlotKeys(rows);
  return (
    <DataTable
      label="Balances"
      columns={balanceColumns}
      rows={rows}
      rowKey={rowKey}
      numeric={['balance']}
      empty="No accounts yet. Open one with the form on the left."
      footer={pager}
      sorting={sorting}
    />
  );
}
