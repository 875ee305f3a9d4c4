import { useId, useLayoutEffect, useRef } from 'react';
import type uPlot from 'uplot';
import type { TimeSpan } from './chartSeries';
import { MarkedChart, type ChartOptionsFactory } from './markedChart';

interface ChartFigureProps {
  /** The chart's accessible name and visible caption, e.g. "Balance of ACC-001 over time". */
  readonly label: string;
  /** Where the time-travel marker stands, in words: the chart's accessible description, shown under it. */
  readonly markerText: string;
  /** A module-level factory: a new one would make a new chart. */
  readonly options: ChartOptionsFactory;
  readonly data: uPlot.AlignedData;
  readonly span: TimeSpan | undefined;
  /** The time (ms) of the event the time machine shows; undefined hides the marker. */
  readonly markerTime: number | undefined;
  /** Whether the time machine shows the past: what follows the marker is then dimmed. */
  readonly inPast: boolean;
}

/**
 * A uPlot chart as an image with a name and a text alternative (a canvas says nothing to assistive
 * technology). It is not a control: the cursor shows values to pointer users, the text says the rest.
 * The chart is made once; data changes call `setData`, marker moves only move the marker.
 */
export function ChartFigure(props: ChartFigureProps) {
  const { label, markerText, options, data, span, markerTime, inPast } = props;
  const titleId = useId();
  const markerId = useId();
  const holder = useRef<HTMLDivElement>(null);
  const chart = useRef<MarkedChart | null>(null);

  // Layout effects run in this order, so the chart exists before data and marker are applied to it.
  useLayoutEffect(() => {
    if (!holder.current) return;
    const made = (chart.current = new MarkedChart(holder.current, options));
    return () => {
      made.destroy();
      chart.current = null;
    };
  }, [options]);
  useLayoutEffect(() => chart.current?.setData(data, span), [options, data, span]);
  useLayoutEffect(
    () => chart.current?.setMarker({ time: markerTime, inPast }),
    [options, markerTime, inPast],
  );

  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>{label}</figcaption>
      <div
        ref={holder}
        className="chart-plot"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={markerId}
      />
      <p id={markerId} className="chart-marker-text">
        {markerText}
      </p>
    </figure>
  );
}
