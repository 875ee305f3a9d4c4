import type { Virtualizer } from '@tanstack/react-virtual';

/**
 * The tallest scrolled content the explorer lays out. Browsers cap an element's height (Chromium about
 * 33.5M px, Firefox about 17.9M px): a million rows of 32 px would not fit, so beyond this the scroll range
 * is scaled.
 */
export const MAX_CONTENT_HEIGHT = 15_000_000;

/**
 * A list's scroll range in virtual pixels (every row at its full height) against the element's, in
 * physical pixels (the content capped at MAX_CONTENT_HEIGHT). Scroll positions map linearly between the
 * two, so that both ends map exactly: the top shows the first row and the bottom the last.
 */
export interface ScrollScale {
  /** The content's height in the element: what the spacer makes scrollable. */
  readonly physicalHeight: number;
  readonly virtualMax: number;
  readonly physicalMax: number;
}

export function scrollScale(virtualHeight: number, viewport: number, cap = MAX_CONTENT_HEIGHT): ScrollScale {
  const physicalHeight = Math.min(virtualHeight, cap);
  return {
    physicalHeight,
    virtualMax: Math.max(0, virtualHeight - viewport),
    physicalMax: Math.max(0, physicalHeight - viewport),
  };
}

/** The virtual offset shown at a physical scroll position. */
export function toVirtual(scale: ScrollScale, physical: number): number {
  if (scale.physicalMax <= 0) return 0;
  const clamped = Math.min(Math.max(physical, 0), scale.physicalMax);
  return scale.virtualMax === scale.physicalMax ? clamped : (clamped * scale.virtualMax) / scale.physicalMax;
}

/** The physical scroll position that shows a virtual offset. */
export function toPhysical(scale: ScrollScale, virtual: number): number {
  if (scale.virtualMax <= 0) return 0;
  const clamped = Math.min(Math.max(virtual, 0), scale.virtualMax);
  return scale.virtualMax === scale.physicalMax ? clamped : (clamped * scale.physicalMax) / scale.virtualMax;
}

type OffsetListener = (offset: number, isScrolling: boolean) => void;

/** How long the list must stay put before the scrollbar is moved to where the rows are. */
const SETTLE_MS = 120;

/**
 * The explorer's scroll element as TanStack Virtual sees it: offsets in virtual pixels. It is the
 * virtualizer's `observeElementOffset` (scroll events, mapped), `observeElementRect` (the client box) and
 * `scrollToFn` (virtual offsets, mapped back).
 *
 * It also shows offsets itself (`show`, to bring a row into view) without scrolling the element at first:
 * rows are placed at their virtual offset against the element's scroll position as it stands
 * (`physicalTop`), so the rows move in the frame that asked, and moving the scrollbar, which would make
 * the browser lay out the page at once, waits until the list has settled (while the time-travel slider is
 * dragged, it never has to). `redraw` then places the rows against the new scroll position.
 */
export class ScaledScroll {
  private element: HTMLElement | null = null;
  private listener: OffsetListener | null = null;
  private scale: ScrollScale = scrollScale(0, 0);
  private settling: ReturnType<typeof setTimeout> | undefined;
  /**
   * The last position written and the exact offset it stands for: the browser may round the position, and
   * mapping the rounded one back would move the rows by a pixel or two once scaled.
   */
  private written = { physical: Number.NaN, virtual: 0 };
  /** The element's scroll position as last read or written: rows are placed against it. */
  physicalTop = 0;
  /** The virtual offset shown. */
  virtualTop = 0;
  /**
   * What the element's borders and scroll bar take from its height (its border box less its client box),
   * measured by the resize observer: the viewport of a scroller whose height was just set is that height
   * less this, known without laying the page out.
   */
  chrome = 0;

  constructor(private readonly redraw: () => void) {}

  /** Adopts a new scale (the row count or the viewport changed) and shows where the element now is. */
  rescale(scale: ScrollScale): void {
    const same = scale.virtualMax === this.scale.virtualMax && scale.physicalMax === this.scale.physicalMax;
    this.scale = scale;
    if (same) return;
    this.written = { physical: Number.NaN, virtual: 0 };
    if (this.element) this.read(false);
  }

  /** Shows a virtual offset now; the element's own scroll position follows once the list has settled. */
  show(virtual: number): void {
    this.virtualTop = Math.min(Math.max(virtual, 0), this.scale.virtualMax);
    this.listener?.(this.virtualTop, false);
    clearTimeout(this.settling);
    this.settling = setTimeout(() => this.settle(), SETTLE_MS);
  }

  /** Moves the scrollbar to the offset shown, if it is not there yet; before the reader scrolls, too. */
  readonly settle = (): void => {
    clearTimeout(this.settling);
    this.settling = undefined;
    const physical = toPhysical(this.scale, this.virtualTop);
    if (!this.element || Math.abs(physical - this.physicalTop) < 0.5) return;
    this.write(physical);
    this.redraw();
  };

  private write(physical: number): void {
    if (!this.element) return;
    this.element.scrollTop = physical;
    // Read back at once: the write has just laid the element out, so this costs nothing more.
    this.physicalTop = this.element.scrollTop;
    this.written = { physical: this.physicalTop, virtual: this.virtualTop };
  }

  readonly observeElementOffset = (
    instance: Virtualizer<HTMLElement, Element>,
    listener: OffsetListener,
  ): (() => void) => {
    const element = instance.scrollElement;
    this.element = element;
    this.listener = listener;
    if (!element) return () => undefined;
    const onScroll = () => this.read(true);
    // The end of a scroll that the last scroll event already reported changes nothing on screen: telling
    // the virtualizer that scrolling stopped would only redraw the rows, and with wheel steps a frame apart
    // that redraw fell in the next step's frame (two renders of the rows in one frame). The virtualizer then
    // believes it is still scrolling until the next offset it is told: harmless with rows of one fixed height
    // (it renders in sync meanwhile, and skips measuring rows, which it never does here).
    const onScrollEnd = () => {
      if (Math.abs(element.scrollTop - this.physicalTop) >= 0.5) this.read(false);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    element.addEventListener('scrollend', onScrollEnd, { passive: true });
    element.addEventListener('wheel', this.settle, { passive: true });
    element.addEventListener('pointerdown', this.settle, { passive: true });
    this.read(false);
    return () => {
      clearTimeout(this.settling);
      element.removeEventListener('scroll', onScroll);
      element.removeEventListener('scrollend', onScrollEnd);
      element.removeEventListener('wheel', this.settle);
      element.removeEventListener('pointerdown', this.settle);
      if (this.listener === listener) this.listener = null;
    };
  };

  /** The viewport the rows are seen through: the client box, without the scrollbars. */
  readonly observeElementRect = (
    instance: Virtualizer<HTMLElement, Element>,
    listener: (rect: { width: number; height: number }) => void,
  ): (() => void) => {
    const element = instance.scrollElement;
    if (!element) return () => undefined;
    const measure = () => {
      this.chrome = element.offsetHeight - element.clientHeight;
      listener({ width: element.clientWidth, height: element.clientHeight });
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => observer.disconnect();
  };

  readonly scrollToFn = (offset: number, options: { adjustments?: number }): void => {
    if (!this.element) return;
    this.virtualTop = Math.min(Math.max(offset + (options.adjustments ?? 0), 0), this.scale.virtualMax);
    this.write(toPhysical(this.scale, this.virtualTop));
  };

  /** Reads where the reader scrolled to: the element's position is the truth again. */
  private read(isScrolling: boolean): void {
    if (!this.element) return;
    const physical = this.element.scrollTop;
    if (this.settling !== undefined && Math.abs(physical - this.physicalTop) < 0.5) {
      // Nothing moved the element since the offset shown was set: keep showing that offset.
      this.listener?.(this.virtualTop, isScrolling);
      return;
    }
    clearTimeout(this.settling);
    this.settling = undefined;
    this.physicalTop = physical;
    this.virtualTop =
      Math.abs(physical - this.written.physical) < 0.5
        ? this.written.virtual
        : toVirtual(this.scale, physical);
    this.listener?.(this.virtualTop, isScrolling);
  }
}
