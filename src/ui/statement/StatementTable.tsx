import { useId, useMemo, useState } from 'react';
import { statementLines, statementMonths, type StatementLine } from '../../projections/statement/queries';
import { usePresentAccountsAt } from '../commands/presentAccounts';
import { useAddedModel } from '../projections/useAddedModel';
import { useSession } from '../SessionContext';
import { jumpColumn, moneyColumn, timeColumn } from '../tables/columns';
import { DataTable, type Columns } from '../tables/DataTable';
import { inOnScreenSection, useTableView } from '../tables/onScreen';
import { bySlot, usePaging } from '../tables/Pager';
import { StatementPickers } from './StatementPickers';
import { StatementSummary } from './StatementSummary';

const columns: Columns<StatementLine> = [
  timeColumn('time', 'Date', (line) => line.time),
  jumpColumn('Event'),
  { id: 'type', header: 'Movement', accessorFn: (line) => line.type },
  moneyColumn('amount', 'Amount', (line) => line.amount),
  moneyColumn('balance', 'Balance', (line) => line.balance),
];

/**
 * One account's statement for one month: its movements with the running balance, as of the time shown, 20
 * to a page.
 */
export const StatementTable = inOnScreenSection(Statement);

function Statement() {
  const id = useId();
  const session = useSession();
  const { log } = session;
  const position = useTableView((view) => view.position);
  const { model } = useAddedModel('statement');
  // The present's accounts, not the shown position's: the picker stays as it is while the time machine
  // moves (a select of thousands of options costs a layout of every option each time its list changes),
  // and an account opened later says so.
  // At the section's turns (the head as the section last drew it), like everything else in it.
  const present = usePresentAccountsAt(useTableView((view) => view.head));
  const accounts = useMemo(() => present.map((row) => row.accountId), [present]);
  const [chosenAccount, setChosenAccount] = useState('');
  const accountId = accounts.includes(chosenAccount) ? chosenAccount : (accounts[0] ?? '');
  const months = model ? statementMonths(model, accountId) : [];
  const [chosenMonth, setChosenMonth] = useState('');
  const month = months.find((candidate) => candidate.month === chosenMonth) ?? months[months.length - 1];
  const lines = month ? statementLines(month, accountId, log) : [];
  // The page follows the month's latest line as of the time shown (the current event's, when it is this
  // account's), as a statement grows while the time machine moves on.
  const { from, to, pager } = usePaging('Statement', lines.length, lines.length - 1);
  const page = lines.slice(from, to);
  return (
    <section className="statement" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        Statement
      </h2>
      <StatementPickers
        id={id}
        accounts={accounts}
        accountId={accountId}
        onAccount={setChosenAccount}
        months={months.map((candidate) => candidate.month)}
        month={month?.month ?? ''}
        onMonth={setChosenMonth}
      />
      <StatementSummary month={month} accountId={accountId} />
      <DataTable
        label="Statement"
        columns={columns}
        rows={page}
        rowKey={bySlot}
        numeric={['position', 'amount', 'balance']}
        rowState={(line) => (line.position === position ? 'current' : undefined)}
        empty={
          !model
            ? 'The statement is still being built from the log…'
            : accountId === ''
              ? 'No account yet. Open one: its statement appears here month by month.'
              : `No account ${accountId} yet at this point of the log: it was opened later.`
        }
        pager={pager}
      />
    </section>
  );
}
