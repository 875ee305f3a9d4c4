import { useId, useState, type FormEvent } from 'react';
import { parseAccountId } from '../../domain/account';
import { parseAmount } from '../../domain/money';
import { formatMoney } from '../format';
import { AccountOptions, usePresentAccounts } from './presentAccounts';
import { useCommandField } from './useCommandField';
import type { CommandRunner } from './useCommandRunner';

type Operation = 'DepositMoney' | 'WithdrawMoney' | 'CloseAccount';

/**
 * Deposit, withdraw, close or transfer from a chosen account. Closed accounts stay listed (as sources and as
 * targets): trying them shows the rule, and a transfer to a closed account shows its refund.
 */
export function AccountOperationsForm({
  runner,
  disabled,
  describedBy,
}: {
  readonly runner: CommandRunner;
  readonly disabled: boolean;
  /** The id of what says why the form is disabled, while it is. */
  readonly describedBy?: string | undefined;
}) {
  const id = useId();
  const accounts = usePresentAccounts();

  const [chosen, setChosen] = useState('');
  const amountField = useCommandField('');
  const amount = amountField.value;
  const [chosenTarget, setChosenTarget] = useState('');
  const accountId = accounts.some((row) => row.accountId === chosen)
    ? chosen
    : (accounts[0]?.accountId ?? '');
  const targets = accounts.filter((row) => row.accountId !== accountId);
  const targetId = targets.some((row) => row.accountId === chosenTarget)
    ? chosenTarget
    : (targets[0]?.accountId ?? '');

  const locked = disabled || runner.busy;

  const perform = async (operation: Operation) => {
    if (locked) return;
    const clearAmount = amountField.sent();
    const accepted = await runner.run(
      () => {
        const account = parseAccountId(accountId);
        return operation === 'CloseAccount'
          ? { type: operation, accountId: account }
          : { type: operation, accountId: account, amount: parseAmount(amount) };
      },
      (outcome) => describe(operation, accountId, amount, outcome.result.lastPosition),
    );
    if (accepted && operation !== 'CloseAccount') clearAmount();
  };
  const transfer = async () => {
    if (locked) return;
    const clearAmount = amountField.sent();
    const accepted = await runner.transfer(() => ({
      from: parseAccountId(accountId),
      to: parseAccountId(targetId),
      amount: parseAmount(amount),
    }));
    if (accepted) clearAmount();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void perform('DepositMoney');
  };

  return (
    <form
      aria-label="Account operations"
      aria-describedby={describedBy}
      onSubmit={submit}
      className="command-form"
    >
      <h2>Move money</h2>
      {/* In the past, or while a command runs, the buttons say they are unavailable (aria-disabled: they keep
          the focus, and the handlers refuse) rather than the fieldset being disabled, which would restyle and
          lay out every account option (500 at a million events, some 17 ms) at each step into or out of the
          past, and twice per command. */}
      <fieldset disabled={accounts.length === 0}>
        <label htmlFor={`${id}-account`}>Account</label>
        <select id={`${id}-account`} value={accountId} onChange={(e) => setChosen(e.target.value)}>
          <AccountOptions accounts={accounts} none="No accounts yet" />
        </select>
        <label htmlFor={`${id}-amount`}>Amount</label>
        <input
          id={`${id}-amount`}
          {...amountField.inputProps}
          inputMode="decimal"
          placeholder="e.g. 1,000.00"
          autoComplete="off"
        />
        <div className="button-row">
          <button type="submit" aria-disabled={locked}>
            Deposit
          </button>
          <button type="button" onClick={() => void perform('WithdrawMoney')} aria-disabled={locked}>
            Withdraw
          </button>
          <button type="button" onClick={() => void perform('CloseAccount')} aria-disabled={locked}>
            Close account
          </button>
        </div>
        <label htmlFor={`${id}-target`}>To account</label>
        <select
          id={`${id}-target`}
          value={targetId}
          onChange={(e) => setChosenTarget(e.target.value)}
          aria-describedby={`${id}-target-hint`}
        >
          <AccountOptions accounts={targets} none="No other account yet" />
        </select>
        <small id={`${id}-target-hint`}>
          Transfer moves the amount from the account above to this one, as a withdrawal and the deposit it
          causes.
        </small>
        <div className="button-row">
          <button
            type="button"
            onClick={() => void transfer()}
            aria-disabled={locked}
            disabled={targets.length === 0}
          >
            Transfer
          </button>
        </div>
      </fieldset>
      {accounts.length === 0 && <p className="hint">Open an account first; then choose it here.</p>}
      {accounts.length === 1 && <p className="hint">Open a second account to transfer between them.</p>}
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
