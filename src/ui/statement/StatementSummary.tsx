import type { StatementMonth } from '../../projections/statement/statementProjection';
import { formatMoney } from '../format';

/** The top of a bank statement: the month's opening, money in and out, and closing. */
export function StatementSummary({
  month,
  accountId,
}: {
  readonly month: StatementMonth;
  readonly accountId: string;
}) {
  const figures: [string, number][] = [
    ['Opening balance', month.opening],
    ['Money in', month.deposits],
    ['Money out', month.withdrawals],
    ['Closing balance', month.closing],
  ];
  return (
    <dl className="statement-summary" aria-label={`Statement of ${accountId} for ${month.month}`}>
      {figures.map(([term, cents]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{formatMoney(cents)}</dd>
        </div>
      ))}
    </dl>
  );
}
