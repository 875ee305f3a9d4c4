import { useId, useState, type FormEvent } from 'react';
import { parseAccountId } from '../../domain/account';
import { parseAmount } from '../../domain/money';
import { formatMoney } from '../format';
import type { CommandRunner } from './useCommandRunner';

/** Opens an account; leaving the id empty takes the next free ACC-NNN. */
export function OpenAccountForm({
  runner,
  disabled,
}: {
  readonly runner: CommandRunner;
  readonly disabled: boolean;
}) {
  const id = useId();
  const [accountId, setAccountId] = useState('');
  const [owner, setOwner] = useState('');
  const [initialDeposit, setInitialDeposit] = useState('0');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const accepted = await runner.run(
      () => ({
        type: 'OpenAccount',
        owner,
        initialDeposit: parseAmount(initialDeposit, { allowZero: true }),
        ...(accountId.trim() !== '' && { accountId: parseAccountId(accountId) }),
      }),
      (outcome) =>
        `Opened account ${outcome.result.streamId.replace(/^account-/, '')} with ${formatMoney(parseAmount(initialDeposit, { allowZero: true }))}.`,
    );
    if (accepted) {
      setAccountId('');
      setOwner('');
      setInitialDeposit('0');
    }
  };

  return (
    <form aria-label="Open account" onSubmit={submit} className="command-form">
      <h2>Open an account</h2>
      <fieldset disabled={disabled || runner.busy}>
        <label htmlFor={`${id}-id`}>Account ID</label>
        <input
          id={`${id}-id`}
          value={accountId}
          onChange={(e) => setAccountId(e.target.value)}
          placeholder="optional, e.g. ACC-001"
          aria-describedby={`${id}-id-hint`}
          autoComplete="off"
        />
        <small id={`${id}-id-hint`}>Leave empty for the next free number.</small>
        <label htmlFor={`${id}-owner`}>Owner</label>
        <input
          id={`${id}-owner`}
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
          required
          maxLength={100}
          autoComplete="off"
        />
        <label htmlFor={`${id}-deposit`}>Initial deposit</label>
        <input
          id={`${id}-deposit`}
          value={initialDeposit}
          onChange={(e) => setInitialDeposit(e.target.value)}
          inputMode="decimal"
          autoComplete="off"
        />
        <button type="submit">Open account</button>
      </fieldset>
    </form>
  );
}
