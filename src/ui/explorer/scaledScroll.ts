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

/**
 * The explorer's scroll element as TanStack Virtual sees it: offsets in virtual pixels. It is the
 * virtualizer's `observeElementOffset` (scroll events, mapped) and `scrollToFn` (virtual offsets, mapped
 * back), and it scrolls rows into view itself, telling the virtualizer at once so that the rows for the
 * new offset are drawn in the same frame as the scroll.
 */
export class ScaledScroll {
  private element: HTMLElement | null = null;
  private listener: OffsetListener | null = null;
  private scale: ScrollScale = scrollScale(0, 0);
  /** The physical position and the exact virtual offset of the last write, to read it back without rounding. */
  private written = { physical: -1, virtual: 0 };
  /** The element's scroll position when the offset was last reported: rows are placed against it. */
  physicalTop = 0;
  /** The virtual offset last reported. */
  virtualTop = 0;

  /** Adopts a new scale (the row count or the viewport changed) and reports where the element now is. */
  rescale(scale: ScrollScale): void {
    const same = scale.virtualMax === this.scale.virtualMax && scale.physicalMax === this.scale.physicalMax;
    this.scale = scale;
    if (same) return;
    this.written = { physical: -1, virtual: 0 };
    if (this.element) this.report(false);
  }

  readonly observeElementOffset = (
    instance: Virtualizer<HTMLElement, Element>,
    listener: OffsetListener,
  ): (() => void) => {
    const element = instance.scrollElement;
    this.element = element;
    this.listener = listener;
    if (!element) return () => undefined;
    const onScroll = () => this.report(true);
    const onScrollEnd = () => this.report(false);
    element.addEventListener('scroll', onScroll, { passive: true });
    element.addEventListener('scrollend', onScrollEnd, { passive: true });
    this.report(false);
    return () => {
      element.removeEventListener('scroll', onScroll);
      element.removeEventListener('scrollend', onScrollEnd);
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
    const measure = () => listener({ width: element.clientWidth, height: element.clientHeight });
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => observer.disconnect();
  };

  readonly scrollToFn = (offset: number, options: { adjustments?: number }): void => {
    this.write(offset + (options.adjustments ?? 0));
  };

  /** Scrolls to a virtual offset and tells the virtualizer now, without waiting for the scroll event. */
  scrollTo(virtual: number): void {
    this.write(virtual);
    this.report(false);
  }

  private write(virtual: number): void {
    if (!this.element) return;
    const physical = toPhysical(this.scale, virtual);
    this.element.scrollTop = physical;
    this.written = {
      physical: this.element.scrollTop,
      virtual: Math.min(Math.max(virtual, 0), this.scale.virtualMax),
    };
  }

  private report(isScrolling: boolean): void {
    if (!this.element) return;
    const physical = this.element.scrollTop;
    this.physicalTop = physical;
    this.virtualTop =
      Math.abs(physical - this.written.physical) < 1 ? this.written.virtual : toVirtual(this.scale, physical);
    this.listener?.(this.virtualTop, isScrolling);
  }
}
