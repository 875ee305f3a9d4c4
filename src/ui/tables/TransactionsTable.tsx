import { useMemo } from 'react';
import { transactionRows, type TransactionRow } from '../../projections/transactions/queries';
import { formatMoney } from '../format';
import { useSession, useView } from '../SessionContext';
import { DataTable, type Columns } from './DataTable';
import { slotOnPage, useNewestFirstPaging } from './Pager';
import { JumpButton } from './JumpButton';
import { TimeCell } from './TimeCell';

const columns: Columns<TransactionRow> = [
  {
    id: 'position',
    header: 'Position',
    accessorFn: (row) => row.position,
    cell: (info) => <JumpButton position={info.row.original.position} />,
  },
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
    cell: (info) => <TimeCell milliseconds={info.row.original.time} />,
  },
  { id: 'actor', header: 'Actor', accessorFn: (row) => row.actor || '—' },
];

export function TransactionsTable() {
  const { log } = useSession();
  const model = useView((view) => view.readModels.models.transactions);
  const revision = useView((view) => view.revision);
  const position = useView((view) => view.position);
  const total = model.balanceAfter.length;
  const { from, to, pager } = useNewestFirstPaging('Transactions', total);
  // Only the visible page is built, so long histories cost nothing here. The revision changes whenever the
  // shown models do: they are folded in place.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const rows = useMemo(() => transactionRows(model, log, from + 1, to), [model, log, revision, from, to]);
  return (
    <DataTable
      label="Transactions"
      columns={columns}
      rows={rows}
      rowKey={slotOnPage}

      numeric={['position', 'amount', 'balanceAfter']}
      rowState={(row) => (row.position === position ? 'current' : undefined)}
      empty="No transactions yet. Every deposit and withdrawal will be listed here with the balance after it."
      footer={pager}
    />
  );
}
