import { useId, useState } from 'react';
import { AccountOptions, usePresentAccounts } from '../commands/presentAccounts';
import { inOnScreenSection } from '../tables/onScreen';
import { AccountCharts } from './AccountCharts';
import 'uplot/dist/uPlot.min.css';
import './charts.css';

/** The region "Charts": the "Chart account" select and the two charts, or what to do while there is nothing. */
export const ChartsPanel = inOnScreenSection(Charts);

function Charts() {
  const titleId = useId();
  const selectId = useId();
  // Accounts come from the present, so the choice stays put while the time machine moves.
  const accounts = usePresentAccounts();
  const [chosen, setChosen] = useState('');
  const accountId = accounts.some((row) => row.accountId === chosen)
    ? chosen
    : (accounts[0]?.accountId ?? '');

  return (
    <section aria-labelledby={titleId} className="data-table charts-panel">
      <div className="charts-head">
        <h2 id={titleId}>Charts</h2>
        <label htmlFor={selectId}>Chart account</label>
        <select
          id={selectId}
          value={accountId}
          disabled={accounts.length === 0}
          onChange={(event) => setChosen(event.target.value)}
        >
          <AccountOptions accounts={accounts} none="No accounts yet" />
        </select>
      </div>
      {accounts.length === 0 ? (
        <p className="empty-state">
          Nothing to chart yet. Open an account (or load sample data) to see its balance over time and the
          daily deposits and withdrawals.
        </p>
      ) : (
        <>
          <p className="hint">
            Times are in UTC. The marker is the event the time machine shows; in the past, what follows it is
            dimmed.
          </p>
          <AccountCharts accountId={accountId} />
        </>
      )}
    </section>
  );
}
