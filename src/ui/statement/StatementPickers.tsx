import { memo } from 'react';

interface StatementPickersProps {
  /** Prefix for the selects' ids. */
  readonly id: string;
  readonly accounts: readonly string[];
  readonly accountId: string;
  readonly onAccount: (accountId: string) => void;
  /** The account's months, "YYYY-MM", oldest first. */
  readonly months: readonly string[];
  readonly month: string;
  readonly onMonth: (month: string) => void;
}

/**
 * The "Statement account" and "Statement month" selects. Drawn again only when a list or a choice changes,
 * not at every move of the time machine: React re-selects every option of a controlled select it draws, and
 * a ledger may have 500 accounts. Lists are compared by content (a seek hands over a fresh list of months).
 */
export const StatementPickers = memo(function StatementPickers({
  id,
  accounts,
  accountId,
  onAccount,
  months,
  month,
  onMonth,
}: StatementPickersProps) {
  return (
    <div className="statement-pickers">
      <Picker
        id={`${id}-account`}
        label="Statement account"
        value={accountId}
        options={accounts}
        onPick={onAccount}
      />
      <Picker id={`${id}-month`} label="Statement month" value={month} options={months} onPick={onMonth} />
    </div>
  );
}, samePickers);

function samePickers(before: StatementPickersProps, after: StatementPickersProps): boolean {
  const sameList = (a: readonly string[], b: readonly string[]) =>
    a === b || (a.length === b.length && a.every((item, index) => item === b[index]));
  return (
    before.id === after.id &&
    before.accountId === after.accountId &&
    before.month === after.month &&
    before.onAccount === after.onAccount &&
    before.onMonth === after.onMonth &&
    sameList(before.accounts, after.accounts) &&
    sameList(before.months, after.months)
  );
}

/** A labelled select of plain options, disabled while there are none. */
function Picker({
  id,
  label,
  value,
  options,
  onPick,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly string[];
  readonly onPick: (value: string) => void;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={options.length === 0} onChange={(e) => onPick(e.target.value)}>
        {options.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
    </>
  );
}
