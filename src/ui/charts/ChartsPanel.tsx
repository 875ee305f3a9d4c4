import { useId, useMemo, useState } from 'react';
import { listBalances } from '../../projections/balances/queries';
import { useSession } from '../SessionContext';
import { OnScreenSection, useTableView } from '../tables/onScreen';
import { AccountCharts } from './AccountCharts';
import 'uplot/dist/uPlot.min.css';
import './charts.css';

/** The region "Charts": the "Chart account" select and the two charts, or what to do while there is nothing. */
export function ChartsPanel() {
  return (
    <OnScreenSection>
      <Charts />
    </OnScreenSection>
  );
}

function Charts() {
  const titleId = useId();
  const selectId = useId();
  const { timeline } = useSession();
  // Accounts come from the present, so the choice stays put while the time machine moves; they are listed
  // again only when the log grows.
  const head = useTableView((view) => view.head);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const accounts = useMemo(() => listBalances(timeline.present.models.balances), [timeline, head]);
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
          {accounts.length === 0 && <option value="">No accounts yet</option>}
          {accounts.map((row) => (
            <option key={row.accountId} value={row.accountId}>
              {row.accountId} · {row.owner}
            </option>
          ))}
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
