import type { StatementMonth } from '../../projections/statement/statementProjection';
import { formatMoney } from '../format';

/**
 * The top of a bank statement: the month's opening, money in and out, and closing. With no month (no account
 * at all, none yet at the position shown, or the statement still being built) it keeps its place with
 * dashes, labelled "No statement yet", so that the page under it does not move as the time machine passes
 * the account's opening.
 */
export function StatementSummary({
  month,
  accountId,
}: {
  readonly month: StatementMonth | undefined;
  readonly accountId: string;
}) {
  const figures: [string, number | undefined][] = [
    ['Opening balance', month?.opening],
    ['Money in', month?.deposits],
    ['Money out', month?.withdrawals],
    ['Closing balance', month?.closing],
  ];
  const label = month ? `Statement of ${accountId} for ${month.month}` : 'No statement yet';
  return (
    <dl className="statement-summary" aria-label={label}>
      {figures.map(([term, cents]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{cents === undefined ? '—' : formatMoney(cents)}</dd>
        </div>
      ))}
    </dl>
  );
}
