import { useMemo } from 'react';
import type { BalancesModel } from '../../projections/balances/balancesProjection';
import { listBalances } from '../../projections/balances/queries';
import { balanceColumns } from './BalancesTable';
import { DataTable } from './DataTable';

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
  const rows = useMemo(() => listBalances(model), [model, revision]);
  return (
    <DataTable
      label={label}
      columns={balanceColumns}
      rows={rows}
      rowKey={(row) => row.accountId}
      numeric={['balance']}
      empty="No accounts at this point."
    />
  );
}
