import { memo, useMemo } from 'react';
import type { BalanceRow } from '../../projections/balances/balancesProjection';
import { listBalances } from '../../projections/balances/queries';
import { useSession, useView } from '../SessionContext';

/**
 * The accounts at the present, ordered by id. Commands act on the present, so lists of accounts to act on
 * come from the present's read models, listed again only when the log grows (not on every move of the time
 * machine, which never changes the present).
 */
export function usePresentAccounts(): readonly BalanceRow[] {
  return usePresentAccountsAt(useView((view) => view.head));
}

/** `usePresentAccounts` listed again when `head` moves: a table passes the head as it last drew it. */
export function usePresentAccountsAt(head: number): readonly BalanceRow[] {
  const { timeline } = useSession();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => listBalances(timeline.present.models.balances), [timeline, head]);
}

/**
 * The options of an account select: "ACC-001 · Ada (closed)", or one empty option that says why. Drawn
 * again only when the list changes: a select of 500 accounts is redrawn by nothing else.
 */
export const AccountOptions = memo(function AccountOptions({
  accounts,
  none,
}: {
  readonly accounts: readonly BalanceRow[];
  readonly none: string;
}) {
  if (accounts.length === 0) return <option value="">{none}</option>;
  return accounts.map((row) => (
    <option key={row.accountId} value={row.accountId}>
      {row.accountId} · {row.owner}
      {row.status === 'Closed' ? ' (closed)' : ''}
    </option>
  ));
});
