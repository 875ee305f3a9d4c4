import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CONTENT_HEIGHT, scrollScale, toPhysical, toVirtual } from './scaledScroll';

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
