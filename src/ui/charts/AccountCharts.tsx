import { useMemo } from 'react';
import { emptyLedgerFact, type LedgerFactSource } from '../../projections/ledgerFact';
import { useSession } from '../SessionContext';
import { useTableView } from '../tables/onScreen';
import { ChartFigure } from './ChartFigure';
import { balanceChartOptions, dailyChartOptions } from './chartOptions';
import { balanceLine, balanceSeries, dailyBars, dailySeries, DAY_MS, logSpan } from './chartSeries';
import { balanceMarkerText, dailyMarkerText } from './markerText';

/**
 * One account's balance line and the ledger's daily bars, with the time-travel marker on both.
 *
 * Both draw the whole history (from the present's read models) and mark the position: the past is fixed,
 * so the series at any position is a prefix of the present's, and a seek only moves the marker. The series
 * are derived again only when the log grows or the account changes. The marker's words come from the read
 * models at the position, exactly what the tables show there. They follow the view at the turns of the
 * `OnScreenSection` around them, as the tables do.
 */
export function AccountCharts({ accountId }: { readonly accountId: string }) {
  const { log, timeline } = useSession();
  const head = useTableView((view) => view.head);
  // While the history behind restored read models loads, the log in memory grows without `head` moving.
  const loaded = useTableView(() => log.length);
  const position = useTableView((view) => view.position);
  const inPast = useTableView((view) => !view.followingPresent);
  const { balances, dailySummary } = useTableView((view) => view.readModels.models);

  // `head` and `loaded` stand for the growth of the log and of the present's models, folded in place.
  /* eslint-disable react-hooks/exhaustive-deps */
  const span = useMemo(() => logSpan(log), [log, head, loaded]);
  const line = useMemo(
    () => balanceLine(balanceSeries(timeline.present.models.transactions, log, accountId), span?.last ?? 0),
    [timeline, log, accountId, span],
  );
  const bars = useMemo(() => dailyBars(dailySeries(timeline.present.models.dailySummary)), [timeline, head]);
  /* eslint-enable react-hooks/exhaustive-deps */

  const eventTime = position === 0 ? undefined : timeOfEvent(log, position);
  const markerTime = position === 0 ? span?.first : eventTime;
  const day = eventTime === undefined ? undefined : dailySummary.get(Math.floor(eventTime / DAY_MS));
  return (
    <div className="charts">
      <ChartFigure
        label={`Balance of ${accountId} over time`}
        markerText={balanceMarkerText(accountId, position, eventTime, balances.get(accountId)?.balance)}
        options={balanceChartOptions}
        data={line}
        span={span}
        markerTime={markerTime}
        inPast={inPast}
      />
      <ChartFigure
        label="Daily deposits and withdrawals, all accounts"
        markerText={dailyMarkerText(position, eventTime, day)}
        options={dailyChartOptions}
        data={bars}
        span={span}
        markerTime={markerTime}
        inPast={inPast}
      />
    </div>
  );
}

/** When event `position` was recorded, or undefined while the history holding it is still loading. */
function timeOfEvent(log: LedgerFactSource, position: number): number | undefined {
  return position <= log.length ? log.factAt(position, emptyLedgerFact()).recordedAt : undefined;
}
