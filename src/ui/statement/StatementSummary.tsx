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
  return (
    <dl className="statement-summary" aria-label={`Statement of ${accountId} for ${month.month}`}>
      <div>
        <dt>Opening balance</dt>
        <dd>{formatMoney(month.opening)}</dd>
      </div>
      <div>
        <dt>Money in</dt>
        <dd>{formatMoney(month.deposits)}</dd>
      </div>
      <div>
        <dt>Money out</dt>
        <dd>{formatMoney(month.withdrawals)}</dd>
      </div>
      <div>
        <dt>Closing balance</dt>
        <dd>{formatMoney(month.closing)}</dd>
      </div>
    </dl>
  );
}
