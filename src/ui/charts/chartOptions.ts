import uPlot from 'uplot';
import { formatMoney } from '../format';
import type { TimeSpan } from './chartSeries';

/** Canvas cannot read CSS variables: these mirror --accent, --ok and --danger of styles.css. */
const ACCENT = '#1f3a5f';
const DEPOSIT = '#1d6b3a';
const WITHDRAWAL = '#a3161b';
const GRID = '#e6e9ee';

/** uPlot's path builders are optional in its types; its full build, the one bundled here, has them all. */
function pathBuilder<Factory>(factory: Factory | undefined, name: string): Factory {
  if (!factory) throw new Error(`This build of uPlot has no ${name} paths.`);
  return factory;
}
const steppedPaths = pathBuilder(uPlot.paths.stepped, 'stepped');
const barPaths = pathBuilder(uPlot.paths.bars, 'bar');

/** Chart heights in CSS pixels (plot and axes; the legend comes on top). */
export const CHART_HEIGHT = 220;

const compactUnits = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

/** Axis labels: cents become currency units here, at the display edge, in short form ("12K"). */
const moneyTicks = (_: uPlot, splits: number[]): string[] =>
  splits.map((cents) => compactUnits.format(cents / 100));

/** Legend values: the exact amount, as the tables show it. */
const moneyValue = (_: uPlot, cents: number | null): string =>
  cents === null || !Number.isFinite(cents) ? '—' : formatMoney(Math.round(cents));

/** At least this much room (ms) on each side of the balance line, for a ledger of a single instant. */
const MIN_PADDING_MS = 1_000;

/** The data's extent widened to [from, to]; the bounds uPlot reports for no data (null) are ignored. */
function widen(min: number, max: number, from: number, to: number): [number, number] {
  return [Number.isFinite(min) ? Math.min(min, from) : from, Number.isFinite(max) ? Math.max(max, to) : to];
}

/**
 * The balance chart's x scale: from the ledger's first event to its last (a little padded), so that the
 * marker lies inside whichever event it stands on. `span` is read at every rescale (after each `setData`).
 */
function eventTimeScale(span: () => TimeSpan | undefined): uPlot.Scale {
  return {
    time: true,
    range: (plot, min, max) => {
      const whole = span();
      if (!whole) return [min, max];
      // One point: uPlot makes it a day long (86,400 "seconds", in ms here); the span alone is right then.
      const single = (plot.data[0]?.length ?? 0) < 2;
      const [first, last] = single ? [whole.first, whole.last] : widen(min, max, whole.first, whole.last);
      const padding = Math.max(MIN_PADDING_MS, (last - first) * 0.04);
      return [first - padding, last + padding];
    },
  };
}

/** The daily chart's x scale: whole UTC days over the ledger's history, so each day's bars fit inside. */
function dayScale(span: () => TimeSpan | undefined): uPlot.Scale {
  return {
    time: true,
    range: (_, min, max) => {
      const whole = span();
      return whole ? widen(min, max, whole.from, whole.to) : [min, max];
    },
  };
}

/** Amounts grow from zero (balances are never negative); an empty chart still gets a sensible scale. */
const fromZero: uPlot.Scale = { range: (_, __, max) => [0, Math.max(100, max * 1.1)] };

/** What both charts share: times in ms and UTC (like the daily summary's days), and no drag-to-zoom. */
function baseOptions(width: number): Omit<uPlot.Options, 'series'> {
  const axis = { stroke: '#5b6675', grid: { stroke: GRID, width: 1 }, ticks: { stroke: GRID, width: 1 } };
  return {
    width,
    height: CHART_HEIGHT,
    ms: 1,
    tzDate: (ms) => uPlot.tzDate(new Date(ms), 'Etc/UTC'),
    cursor: { drag: { x: false, y: false } },
    legend: { live: true },
    axes: [axis, { ...axis, values: moneyTicks, size: 56 }],
  };
}

/** The balance after each event, as steps: a balance holds until the next event changes it. */
export function balanceChartOptions(width: number, span: () => TimeSpan | undefined): uPlot.Options {
  return {
    ...baseOptions(width),
    scales: { x: eventTimeScale(span), y: fromZero },
    series: [
      { label: 'Time (UTC)', value: '{YYYY}-{MM}-{DD} {HH}:{mm}:{ss}' },
      {
        label: 'Balance',
        stroke: ACCENT,
        width: 2,
        fill: 'rgb(31 58 95 / 8%)',
        // uPlot's default: points are drawn only while they are few enough to tell apart.
        paths: steppedPaths({ align: 1 }),
        value: moneyValue,
      },
    ],
  };
}

/** Deposits and withdrawals side by side around each day's noon, so each pair sits inside its day. */
export function dailyChartOptions(width: number, span: () => TimeSpan | undefined): uPlot.Options {
  const bars = (label: string, color: string, align: -1 | 1): uPlot.Series => ({
    label,
    stroke: color,
    fill: color,
    paths: barPaths({ size: [0.45, 40, 2], align }),
    points: { show: false },
    value: moneyValue,
  });
  return {
    ...baseOptions(width),
    scales: { x: dayScale(span), y: fromZero },
    series: [
      { label: 'Day (UTC)', value: '{YYYY}-{MM}-{DD}' },
      bars('Deposits', DEPOSIT, -1),
      bars('Withdrawals', WITHDRAWAL, 1),
    ],
  };
}
