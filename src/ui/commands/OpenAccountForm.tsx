import { useId, useState, type FormEvent } from 'react';
import { parseAccountId } from '../../domain/account';
import { parseAmount } from '../../domain/money';
import { formatMoney } from '../format';
import type { CommandRunner } from './useCommandRunner';

/** Opens an account; leaving the id empty takes the next free ACC-NNN. */
export function OpenAccountForm({
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
  const [accountId, setAccountId] = useState('');
  const [owner, setOwner] = useState('');
  const [initialDeposit, setInitialDeposit] = useState('0');

  // As in the operations form: the button says it is unavailable, the fields stay as they are.
  const locked = disabled || runner.busy;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (locked) return;
    const sent = { accountId, owner, initialDeposit };
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
      // Emptied unless changed while the command ran.
      setAccountId((current) => (current === sent.accountId ? '' : current));
      setOwner((current) => (current === sent.owner ? '' : current));
      setInitialDeposit((current) => (current === sent.initialDeposit ? '0' : current));
    }
  };

  return (
    <form aria-label="Open account" aria-describedby={describedBy} onSubmit={submit} className="command-form">
      <h2>Open an account</h2>
      <fieldset>
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
        <button type="submit" aria-disabled={locked}>
          Open account
        </button>
      </fieldset>
    </form>
  );
}
