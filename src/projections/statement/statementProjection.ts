import type { LedgerFact } from '../ledgerFact';
import type { Projection } from '../projection';
import { isFiniteNumber } from '../restoreRows';
import { signedAmount } from '../transactions/transactionsProjection';
import { StatementModel, type StatementMonth } from './statementModel';

export { StatementModel, type StatementMonth } from './statementModel';

export const statementProjection: Projection<StatementModel, LedgerFact> = {
  name: 'Statement',
  initial: () => StatementModel.empty(),
  clone: (model) => model.copy(),
  // Closed months are shared with the model, safely: nothing changes a closed month again.
  persist: (model) => model.keys().map((account) => [account, model.monthsOf(account)]),
  restore(data) {
    if (!Array.isArray(data)) return undefined;
    const model = StatementModel.empty();
    for (const entry of data) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) return undefined;
      const months = entry[1] as unknown[];
      if (months.length === 0 || !months.every(isStatementMonth) || model.has(entry[0])) return undefined;
      model.restoreAccount(entry[0], months);
    }
    return model;
  },
  apply(model, fact) {
    model.record(fact.accountId, signedAmount(fact), fact.recordedAt, fact.position);
    return model;
  },
};

/** A month as persisted: every field there, and a closing that the other totals add up to. */
function isStatementMonth(value: unknown): value is StatementMonth {
  if (typeof value !== 'object' || value === null) return false;
  const month = value as Record<string, unknown>;
  const numbers = [
    'opening',
    'deposits',
    'withdrawals',
    'closing',
    'movements',
    'firstPosition',
    'lastPosition',
  ];
  return (
    typeof month.month === 'string' &&
    /^\d{4}-(0[1-9]|1[0-2])$/.test(month.month) &&
    numbers.every((key) => isFiniteNumber(month[key])) &&
    month['closing'] ===
      (month['opening'] as number) + (month['deposits'] as number) - (month['withdrawals'] as number)
  );
}
