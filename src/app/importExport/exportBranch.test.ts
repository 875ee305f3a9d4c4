import { describe, expect, it } from 'vitest';
import { parseAccountId } from '../../domain/account';
import { parseAmount } from '../../domain/money';
import { createInMemoryEventStore } from '../../eventStore/inMemoryEventStore';
import { importNdjson } from '../../importExport/importNdjson';
import { listBalances } from '../../projections/balances/queries';
import { freshFold } from '../../testing/ledgerFixtures';
import { createLedgerSession } from '../ledgerSession';
import { createWhatIf } from '../whatIfStore';
import { exportBranchFile } from './exportBranch';

describe('exporting a what-if branch', () => {
  it('gives a file that imports as the real prefix plus the branch’s events', async () => {
    const store = createInMemoryEventStore();
    const session = createLedgerSession({ eventStore: store });
    await session.start();
    const accountId = parseAccountId('ACC-001');
    await session.dispatch({
      type: 'OpenAccount',
      owner: 'Ada',
      initialDeposit: parseAmount('0', { allowZero: true }),
    });
    await session.dispatch({ type: 'DepositMoney', accountId, amount: parseAmount('1000') });
    await session.dispatch({ type: 'WithdrawMoney', accountId, amount: parseAmount('200') });
    for (let tries = 0; session.view.getState().head < 3 && tries < 200; tries++)
      await new Promise((r) => setTimeout(r, 0));

    const whatIf = createWhatIf(session, () => Date.parse('2027-01-01T00:00:00Z'));
    const branch = whatIf.branchFrom(2);
    whatIf.dispatchInBranch(
      branch.id,
      { type: 'DepositMoney', accountId, amount: parseAmount('5') },
      'what-if',
    );
    whatIf.dispatchInBranch(
      branch.id,
      { type: 'OpenAccount', owner: 'Bo', initialDeposit: parseAmount('7') },
      'what-if',
    );

    const file = await exportBranchFile(store, branch);
    expect(file.eventCount).toBe(4);
    const imported = createInMemoryEventStore();
    await importNdjson([await file.blob.text()], imported);
    const log = await imported.readAll();
    expect(log.map((event) => event.type)).toEqual([
      'AccountCreated',
      'MoneyDeposited',
      'MoneyDeposited',
      'AccountCreated',
    ]);
    expect(freshFold(log).models.balances).toEqual(branch.readModels.models.balances);
    expect(listBalances(freshFold(await store.readAll()).models.balances)[0]?.balance).toBe(80_000);
  });
});
