import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CONTENT_HEIGHT, ScaledScroll, scrollScale, toPhysical, toVirtual } from './scaledScroll';

const ROW = 32;

describe('the scaled scroll range', () => {
  it('is the plain one while the content fits', () => {
    const scale = scrollScale(10_000 * ROW, 400);
    expect(scale.physicalHeight).toBe(10_000 * ROW);
    expect(toVirtual(scale, 1234.5)).toBe(1234.5);
    expect(toPhysical(scale, 1234.5)).toBe(1234.5);
  });

  it('caps the content of a million rows and maps both ends exactly', () => {
    const scale = scrollScale(1_000_000 * ROW + 36, 420);
    expect(scale.physicalHeight).toBe(MAX_CONTENT_HEIGHT);
    expect(toVirtual(scale, 0)).toBe(0);
    expect(toVirtual(scale, scale.physicalMax)).toBe(1_000_000 * ROW + 36 - 420);
    expect(toPhysical(scale, scale.virtualMax)).toBe(scale.physicalMax);
  });

  it('clamps positions outside the range', () => {
    const scale = scrollScale(1_000_000 * ROW, 400);
    expect(toVirtual(scale, -50)).toBe(0);
    expect(toVirtual(scale, scale.physicalMax + 999)).toBe(scale.virtualMax);
    expect(toPhysical(scale, scale.virtualMax * 2)).toBe(scale.physicalMax);
  });

  it('is monotonic and maps back exactly, for any list and position', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 100, max: 2000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rows, viewport, a, b) => {
          const scale = scrollScale(rows * ROW, viewport);
          const [low, high] = [Math.min(a, b), Math.max(a, b)].map((share) => share * scale.physicalMax);
          expect(toVirtual(scale, low as number)).toBeLessThanOrEqual(toVirtual(scale, high as number));
          const virtual = toVirtual(scale, low as number);
          expect(toVirtual(scale, toPhysical(scale, virtual))).toBeCloseTo(virtual, 3);
          // Every row's top has a physical position that shows it: each row can be reached.
          const row = Math.floor(a * Math.max(0, rows - 1));
          const physical = toPhysical(scale, Math.min(row * ROW, scale.virtualMax));
          expect(toVirtual(scale, physical)).toBeCloseTo(Math.min(row * ROW, scale.virtualMax), 3);
        },
      ),
    );
  });
});

describe('ScaledScroll', () => {
  /** Just what the scroll listeners read of an element: its events and its scroll position. */
  class FakeScroller extends EventTarget {
    scrollTop = 0;
    scrollTo(top: number, type: 'scroll' | 'scrollend') {
      this.scrollTop = top;
      this.dispatchEvent(new Event(type));
    }
  }

  const observed = () => {
    const element = new FakeScroller();
    const scroll = new ScaledScroll(() => undefined);
    scroll.rescale(scrollScale(1_000 * ROW, 400));
    const reports: [number, boolean][] = [];
    const instance = { scrollElement: element } as unknown as Parameters<
      ScaledScroll['observeElementOffset']
    >[0];
    scroll.observeElementOffset(instance, (offset, isScrolling) => reports.push([offset, isScrolling]));
    reports.length = 0;
    return { element, reports };
  };

  it('reports each scroll, and the end of a scroll only when it moved the rows', () => {
    const { element, reports } = observed();
    element.scrollTo(320, 'scroll');
    element.scrollTo(320, 'scrollend');
    expect(reports).toEqual([[320, true]]);
    element.scrollTo(640, 'scrollend');
    expect(reports).toEqual([
      [320, true],
      [640, false],
    ]);
  });
});
