import { useMemo } from 'react';
import type { BalancesModel } from '../../projections/balances/balancesProjection';
import { listBalances } from '../../projections/balances/queries';
import { BALANCE_SORTABLE, balanceColumns, BY_ACCOUNT } from './BalancesTable';
import { DataTable } from './DataTable';
import { useSortedRows } from './sorting';

/** Balances of any state of the ledger (a branch, a skip, a point in the past), under a given name. */
export function BalancesOf({
  label,
  model,
  revision,
}: {
  readonly label: string;
  readonly model: BalancesModel;
  readonly revision: number;
}) {
  // The revision tells when a model folded in place has changed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const listed = useMemo(() => listBalances(model), [model, revision]);
  const { rows, sorting } = useSortedRows(listed, balanceColumns, BALANCE_SORTABLE, BY_ACCOUNT);
  return (
    <DataTable
      label={label}
      columns={balanceColumns}
      rows={rows}
      rowKey={(row) => row.accountId}
      numeric={['balance']}
      empty="No accounts at this point."
      sorting={sorting}
    />
  );
}
