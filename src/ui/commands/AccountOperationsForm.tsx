import { useId, useMemo, useState, type FormEvent } from 'react';
import { parseAccountId } from '../../domain/account';
import { parseAmount } from '../../domain/money';
import { listBalances } from '../../projections/balances/queries';
import { formatMoney } from '../format';
import { useSession, useView } from '../SessionContext';
import type { CommandRunner } from './useCommandRunner';

type Operation = 'DepositMoney' | 'WithdrawMoney' | 'CloseAccount';

/** Deposit, withdraw or close on a chosen account. Closed accounts stay listed: trying them shows the rule. */
export function AccountOperationsForm({
  runner,
  disabled,
}: {
  readonly runner: CommandRunner;
  readonly disabled: boolean;
}) {
  const id = useId();
  const { timeline } = useSession();
  // Commands act on the present, so the accounts come from the present's read models, listed again only
  // when the log grows (not on every move of the time machine, which never changes the present).
  const head = useView((view) => view.head);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const accounts = useMemo(() => listBalances(timeline.present.models.balances), [timeline, head]);

  const [chosen, setChosen] = useState('');
  const [amount, setAmount] = useState('');
  const accountId = accounts.some((row) => row.accountId === chosen)
    ? chosen
    : (accounts[0]?.accountId ?? '');

  const perform = async (operation: Operation) => {
    const accepted = await runner.run(
      () => {
        const account = parseAccountId(accountId);
        return operation === 'CloseAccount'
          ? { type: operation, accountId: account }
          : { type: operation, accountId: account, amount: parseAmount(amount) };
      },
      (outcome) => describe(operation, accountId, amount, outcome.result.lastPosition),
    );
    if (accepted && operation !== 'CloseAccount') setAmount('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void perform('DepositMoney');
  };

  return (
    <form aria-label="Account operations" onSubmit={submit} className="command-form">
      <h2>Move money</h2>
      <fieldset disabled={disabled || runner.busy || accounts.length === 0}>
        <label htmlFor={`${id}-account`}>Account</label>
        <select id={`${id}-account`} value={accountId} onChange={(e) => setChosen(e.target.value)}>
          {accounts.length === 0 && <option value="">No accounts yet</option>}
          {accounts.map((row) => (
            <option key={row.accountId} value={row.accountId}>
              {row.accountId} · {row.owner}
              {row.status === 'Closed' ? ' (closed)' : ''}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-amount`}>Amount</label>
        <input
          id={`${id}-amount`}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          inputMode="decimal"
          placeholder="e.g. 1,000.00"
          autoComplete="off"
        />
        <div className="button-row">
          <button type="submit">Deposit</button>
          <button type="button" onClick={() => void perform('WithdrawMoney')}>
            Withdraw
          </button>
          <button type="button" onClick={() => void perform('CloseAccount')}>
            Close account
          </button>
        </div>
      </fieldset>
      {accounts.length === 0 && <p className="hint">Open an account first; then choose it here.</p>}
    </form>
  );
}

function describe(operation: Operation, accountId: string, amount: string, position: number): string {
  switch (operation) {
    case 'DepositMoney':
      return `Deposited ${formatMoney(parseAmount(amount))} to ${accountId} (event #${position}).`;
    case 'WithdrawMoney':
      return `Withdrew ${formatMoney(parseAmount(amount))} from ${accountId} (event #${position}).`;
    case 'CloseAccount':
      return `Closed ${accountId} (event #${position}).`;
  }
}
