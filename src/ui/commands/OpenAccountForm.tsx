import { useId, type FormEvent } from 'react';
import { parseAccountId } from '../../domain/account';
import { parseAmount } from '../../domain/money';
import { formatMoney } from '../format';
import type { CommandRunner } from './useCommandRunner';
import { useCommandField } from './useCommandField';

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
  const accountIdField = useCommandField('');
  const ownerField = useCommandField('');
  const depositField = useCommandField('0');
  const [accountId, owner, initialDeposit] = [accountIdField.value, ownerField.value, depositField.value];

  // As in the operations form: the button says it is unavailable, the fields stay as they are.
  const locked = disabled || runner.busy;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (locked) return;
    const clearFields = [accountIdField.sent(), ownerField.sent(), depositField.sent()];
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
    if (accepted) for (const clear of clearFields) clear();
  };

  return (
    <form aria-label="Open account" aria-describedby={describedBy} onSubmit={submit} className="command-form">
      <h2>Open an account</h2>
      <fieldset>
        <label htmlFor={`${id}-id`}>Account ID</label>
        <input
          id={`${id}-id`}
          {...accountIdField.inputProps}
          placeholder="optional, e.g. ACC-001"
          aria-describedby={`${id}-id-hint`}
          autoComplete="off"
        />
        <small id={`${id}-id-hint`}>Leave empty for the next free number.</small>
        <label htmlFor={`${id}-owner`}>Owner</label>
        <input id={`${id}-owner`} {...ownerField.inputProps} required maxLength={100} autoComplete="off" />
        <label htmlFor={`${id}-deposit`}>Initial deposit</label>
        <input id={`${id}-deposit`} {...depositField.inputProps} inputMode="decimal" autoComplete="off" />
        <button type="submit" aria-disabled={locked}>
          Open account
        </button>
      </fieldset>
    </form>
  );
}
