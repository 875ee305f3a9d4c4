import { useMemo, useState } from 'react';
import { transactionRows, type TransactionRow } from '../../projections/transactions/queries';
import { useSession } from '../SessionContext';
import { jumpColumn, moneyColumn, timeColumn } from './columns';
import { DataTable, type Columns } from './DataTable';
import { inOnScreenSection, useTableView } from './onScreen';
import { bySlot, useNewestFirstPaging, usePaging } from './Pager';
import { nextSort, type TableSort } from './sorting';

const columns: Columns<TransactionRow> = [
  jumpColumn(),
  { id: 'account', header: 'Account', accessorFn: (row) => row.accountId },
  { id: 'type', header: 'Type', accessorFn: (row) => row.type },
  moneyColumn('amount', 'Amount', (row) => row.amount),
  moneyColumn('balanceAfter', 'Balance after', (row) => row.balanceAfter),
  timeColumn('time', 'Time', (row) => row.time),
  { id: 'actor', header: 'Actor', accessorFn: (row) => row.actor || '—' },
];

/** Newest first until the reader turns the Position column around. */
const NEWEST_FIRST: TableSort = { column: 'position', direction: 'descending' };

/**
 * One row per event up to the position shown, with the balance after it. Sorts by position, both ways:
 * only the page on screen is built, so a million transactions cost nothing here, and position is the
 * order that allows that (the other orders would need the whole list).
 */
export const TransactionsTable = inOnScreenSection(Transactions);

function Transactions() {
  const { log } = useSession();
  const model = useTableView((view) => view.readModels.models.transactions);
  const revision = useTableView((view) => view.revision);
  const position = useTableView((view) => view.position);
  const [sort, setSort] = useState(NEWEST_FIRST);
  const total = model.balanceAfter.length;
  const newest = useNewestFirstPaging('Transactions', total);
  const oldest = usePaging('Transactions', total);
  const newestFirst = sort.direction === 'descending';
  const { from, to, pager } = newestFirst ? newest : oldest;
  // The revision changes whenever the shown models do: they are folded in place.
  const rows = useMemo(() => {
    const page = transactionRows(model, log, from + 1, to);
    return newestFirst ? page : page.reverse();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, log, revision, from, to, newestFirst]);
  return (
    <DataTable
      label="Transactions"
      columns={columns}
      rows={rows}
      rowKey={bySlot}
      numeric={['position', 'amount', 'balanceAfter']}
      rowState={(row) => (row.position === position ? 'current' : undefined)}
      empty="No transactions yet. Every deposit and withdrawal will be listed here with the balance after it."
      pager={pager}
      sorting={{ sortable: ['position'], sort, onSort: (column) => setSort(nextSort(sort, column)) }}
    />
  );
}
