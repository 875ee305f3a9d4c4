import { useId, useState, type FormEvent } from 'react';
import type { AccountCommandRequest } from '../../commands/account/dispatchAccountCommand';
import { parseAccountId } from '../../domain/account';
import { isDomainRuleViolation } from '../../domain/DomainRuleViolation';
import { parseAmount } from '../../domain/money';
import type { Branch } from '../../whatIf/branch';
import { useWhatIf } from '../timeTravel/whatIfContext';

type Operation = 'DepositMoney' | 'WithdrawMoney' | 'CloseAccount';

/** Commands issued inside a branch: decided by the real rules, folded into the branch only. */
export function BranchCommands({
  branch,
  accounts,
}: {
  readonly branch: Branch;
  readonly accounts: readonly string[];
}) {
  const id = useId();
  const whatIf = useWhatIf();
  const [chosen, setChosen] = useState('');
  const [amount, setAmount] = useState('');
  const [message, setMessage] = useState<{ readonly refused: boolean; readonly text: string } | null>(null);
  const accountId = accounts.includes(chosen) ? chosen : (accounts[0] ?? '');

  const run = (build: () => AccountCommandRequest) => {
    try {
      const outcome = whatIf.dispatchInBranch(branch.id, build(), 'what-if');
      setMessage(
        outcome.status === 'accepted'
          ? {
              refused: false,
              text: `Done in branch ${branch.id} only (event #${outcome.facts.at(-1)?.position}).`,
            }
          : { refused: true, text: outcome.violation.message },
      );
    } catch (error) {
      if (!isDomainRuleViolation(error)) throw error;
      setMessage({ refused: true, text: error.message });
    }
  };
  const perform = (operation: Operation) =>
    run(() =>
      operation === 'CloseAccount'
        ? { type: operation, accountId: parseAccountId(accountId) }
        : { type: operation, accountId: parseAccountId(accountId), amount: parseAmount(amount) },
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    perform('DepositMoney');
  };

  return (
    <form aria-label={`Commands in branch ${branch.id}`} onSubmit={submit} className="inline-form">
      <label htmlFor={`${id}-account`}>Branch account</label>
      <select id={`${id}-account`} value={accountId} onChange={(e) => setChosen(e.target.value)}>
        {accounts.map((account) => (
          <option key={account} value={account}>
            {account}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-amount`}>Branch amount</label>
      <input
        id={`${id}-amount`}
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        inputMode="decimal"
      />
      <button type="submit">Deposit in branch</button>
      <button type="button" onClick={() => perform('WithdrawMoney')}>
        Withdraw in branch
      </button>
      <button type="button" onClick={() => perform('CloseAccount')}>
        Close in branch
      </button>
      {message && (
        <p
          role={message.refused ? 'alert' : 'status'}
          className={`feedback ${message.refused ? 'refused' : 'done'}`}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
