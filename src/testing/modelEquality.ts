// Vitest setup: `toEqual` on read models compares what they hold. Models in columns keep spare capacity and
// share lists whose other entries belong to other copies, so comparing their fields would tell apart copies
// that hold the same accounts.
import { expect } from 'vitest';
import { AccountColumns } from '../projections/accountColumns';
import { StatementModel, statementProjection } from '../projections/statement/statementProjection';

expect.addEqualityTesters([
  function sameAccounts(a, b, customTesters) {
    if (!(a instanceof AccountColumns) || !(b instanceof AccountColumns)) return undefined;
    return this.equals(a.entries(), b.entries(), customTesters);
  },
  function sameStatements(a, b, customTesters) {
    if (!(a instanceof StatementModel) || !(b instanceof StatementModel)) return undefined;
    // What it persists: every account's months, in order.
    const { persist } = statementProjection;
    return this.equals(persist(a), persist(b), customTesters);
  },
]);
