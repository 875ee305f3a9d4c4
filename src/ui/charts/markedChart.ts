import uPlot from 'uplot';
import { CHART_HEIGHT } from './chartOptions';
import type { TimeSpan } from './chartSeries';

export type ChartOptionsFactory = (width: number, span: () => TimeSpan | undefined) => uPlot.Options;

/** Where the time machine stands on a chart: a time (ms), and whether it is in the past (dims what follows). */
export interface ChartMarker {
  readonly time: number | undefined;
  readonly inPast: boolean;
}

/**
 * A uPlot chart with the time-travel marker. The chart is made once; new data goes through `setData`, and
 * moving the marker only moves two overlay elements (a line and a veil over the future), so a seek never
 * redraws the canvas. The chart follows its holder's width.
 */
export class MarkedChart {
  private readonly plot: uPlot;
  private readonly line = overlay('chart-marker-line');
  private readonly veil = overlay('chart-future-veil');
  private readonly resizes: ResizeObserver;
  private span: TimeSpan | undefined = undefined;
  private marker: ChartMarker = { time: undefined, inPast: false };

  /** Starts empty: data and marker come with `setData` and `setMarker`. */
  constructor(holder: HTMLElement, options: ChartOptionsFactory) {
    const settings = options(widthOf(holder), () => this.span);
    // After every redraw (new data, new size) the scale may have changed: put the marker back in place.
    settings.hooks = { ...settings.hooks, draw: [(plot) => this.placeMarker(plot)] };
    this.plot = new uPlot(settings, settings.series.map((): number[] => []) as uPlot.AlignedData, holder);
    this.plot.over.append(this.veil, this.line);
    this.resizes = new ResizeObserver(() => this.fitWidth(holder));
    this.resizes.observe(holder);
  }

  setData(data: uPlot.AlignedData, span: TimeSpan | undefined): void {
    this.span = span;
    this.plot.setData(data);
  }

  setMarker(marker: ChartMarker): void {
    this.marker = marker;
    this.placeMarker(this.plot);
  }

  destroy(): void {
    this.resizes.disconnect();
    this.plot.destroy();
  }

  /** Takes the plot as an argument: the first draw runs inside uPlot's constructor. */
  private placeMarker(plot: uPlot): void {
    const { time, inPast } = this.marker;
    const x = time === undefined ? NaN : Math.max(0, plot.valToPos(time, 'x'));
    const shown = Number.isFinite(x);
    this.line.hidden = !shown;
    this.veil.hidden = !shown || !inPast;
    if (!shown) return;
    this.line.style.transform = `translateX(${x}px)`;
    this.line.classList.toggle('in-the-past', inPast);
    this.veil.style.left = `${x}px`;
  }

  private fitWidth(holder: HTMLElement): void {
    const width = widthOf(holder);
    if (width !== this.plot.width) this.plot.setSize({ width, height: CHART_HEIGHT });
  }
}

function overlay(className: string): HTMLDivElement {
  const element = document.createElement('div');
  element.className = className;
  element.hidden = true;
  return element;
}

/** The holder's content width (at least a little, so a hidden chart still builds). */
function widthOf(holder: HTMLElement): number {
  return Math.max(120, Math.floor(holder.clientWidth));
}
