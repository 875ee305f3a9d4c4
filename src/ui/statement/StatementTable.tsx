import { useId, useMemo, useState } from 'react';
import { statementLines, statementMonths, type StatementLine } from '../../projections/statement/queries';
import { useAddedModel } from '../projections/useAddedModel';
import { useSession } from '../SessionContext';
import { jumpColumn, moneyColumn, timeColumn } from '../tables/columns';
import { DataTable, type Columns } from '../tables/DataTable';
import { OnScreenSection, useTableView } from '../tables/onScreen';
import { usePaging } from '../tables/Pager';
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
export function StatementTable() {
  return (
    <OnScreenSection>
      <Statement />
    </OnScreenSection>
  );
}

function Statement() {
  const id = useId();
  const { log } = useSession();
  const position = useTableView((view) => view.position);
  const { model } = useAddedModel('statement');
  // Accounts are only ever added, so at any position the same count means the same accounts.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const accounts = useMemo(() => (model ? [...model.keys()].sort() : []), [model?.size]);
  const accountOptions = useMemo(
    () => accounts.map((account) => <option key={account}>{account}</option>),
    [accounts],
  );
  const [chosenAccount, setChosenAccount] = useState('');
  const accountId = accounts.includes(chosenAccount) ? chosenAccount : (accounts[0] ?? '');
  const months = model ? statementMonths(model, accountId) : [];
  const [chosenMonth, setChosenMonth] = useState('');
  const month = months.find((candidate) => candidate.month === chosenMonth) ?? months[months.length - 1];
  const lines = month ? statementLines(month, accountId, log) : [];
  const { from, to, pager } = usePaging('Statement', lines.length);
  return (
    <section className="statement" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        Statement
      </h2>
      <div className="statement-pickers">
        <label htmlFor={`${id}-account`}>Statement account</label>
        <select
          id={`${id}-account`}
          value={accountId}
          disabled={accounts.length === 0}
          onChange={(e) => setChosenAccount(e.target.value)}
        >
          {accountOptions}
        </select>
        <label htmlFor={`${id}-month`}>Statement month</label>
        <select
          id={`${id}-month`}
          value={month?.month ?? ''}
          disabled={months.length === 0}
          onChange={(e) => setChosenMonth(e.target.value)}
        >
          {months.map((candidate) => (
            <option key={candidate.month}>{candidate.month}</option>
          ))}
        </select>
      </div>
      {month && <StatementSummary month={month} accountId={accountId} />}
      <DataTable
        label="Statement"
        columns={columns}
        rows={lines.slice(from, to)}
        rowKey={(line) => String(line.position)}
        numeric={['position', 'amount', 'balance']}
        rowState={(line) => (line.position === position ? 'current' : undefined)}
        empty={
          model
            ? 'No account yet at this point of the log. Open one: its statement appears here month by month.'
            : 'The statement is still being built from the log…'
        }
        footer={pager}
      />
    </section>
  );
}
