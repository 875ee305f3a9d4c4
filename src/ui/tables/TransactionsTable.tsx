import { useMemo } from 'react';
import type { TransactionRow } from '../../projections/transactions/transactionsProjection';
import { formatMoney, formatTime } from '../format';
import { useView } from '../SessionContext';
import { DataTable, type Columns } from './DataTable';
import { useNewestFirstPaging } from './Pager';

const columns: Columns<TransactionRow> = [
  { id: 'position', header: 'Position', accessorFn: (row) => row.position },
  { id: 'account', header: 'Account', accessorFn: (row) => row.accountId },
  { id: 'type', header: 'Type', accessorFn: (row) => row.type },
  {
    id: 'amount',
    header: 'Amount',
    accessorFn: (row) => row.amount,
    cell: (info) => formatMoney(info.row.original.amount),
  },
  {
    id: 'balanceAfter',
    header: 'Balance after',
    accessorFn: (row) => row.balanceAfter,
    cell: (info) => formatMoney(info.row.original.balanceAfter),
  },
  {
    id: 'time',
    header: 'Time',
    accessorFn: (row) => row.time,
    cell: (info) => (
      <time dateTime={info.row.original.time} title={info.row.original.time}>
        {formatTime(info.row.original.time)}
      </time>
    ),
  },
  { id: 'actor', header: 'Actor', accessorFn: (row) => row.actor ?? '—' },
];

export function TransactionsTable() {
  const model = useView((view) => view.readModels.models.transactions);
  const revision = useView((view) => view.revision);
  const { from, to, pager } = useNewestFirstPaging('Transactions', model.rows.length);
  // Only the visible page is copied, so long histories cost nothing here.
  // The revision changes whenever the shown models do: they are folded in place.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const rows = useMemo(() => model.rows.slice(from, to).reverse(), [model, revision, from, to]);
  return (
    <DataTable
      label="Transactions"
      columns={columns}
      rows={rows}
      rowKey={(row) => String(row.position)}
      numeric={['position', 'amount', 'balanceAfter']}
      empty="No transactions yet. Every deposit and withdrawal will be listed here with the balance after it."
      footer={pager}
    />
  );
}
