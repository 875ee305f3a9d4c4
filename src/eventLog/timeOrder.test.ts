import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareByTime, sortByTime } from './timeOrder';

/** Runs a stepwise sort to its end and counts its steps. */
function sortAll(...args: Parameters<typeof sortByTime>): { sorted: number[]; steps: number } {
  const sorting = sortByTime(...args);
  let steps = 0;
  for (let next = sorting.next(); ; next = sorting.next(), steps++) {
    if (next.done) return { sorted: Array.from(next.value), steps };
  }
}

const times = fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 0, maxLength: 300 });

describe('sortByTime', () => {
  it('orders by time, then by position', () => {
    const recordedAt = Float64Array.from([30, 10, 30, 10, 20]);
    expect(sortAll(Uint32Array.from([1, 2, 3, 4, 5]), recordedAt).sorted).toEqual([2, 4, 5, 1, 3]);
    expect(compareByTime(recordedAt, 1, 3)).toBeLessThan(0);
  });

  it('equals a plain sort for any times and any subset of positions', () => {
    fc.assert(
      fc.property(times, fc.func(fc.boolean()), (values, keep) => {
        const recordedAt = Float64Array.from(values);
        const positions = values.map((_, row) => row + 1).filter((position) => keep(position));
        const expected = [...positions].sort((a, b) => compareByTime(recordedAt, a, b));
        expect(sortAll(Uint32Array.from(positions), recordedAt, 0, 7).sorted).toEqual(expected);
      }),
    );
  });

  it('merges new positions into a prefix sorted before', () => {
    fc.assert(
      fc.property(times, fc.nat(), (values, cut) => {
        const recordedAt = Float64Array.from(values);
        const all = values.map((_, row) => row + 1);
        const prefix = cut % (all.length + 1);
        const sortedPrefix = all.slice(0, prefix).sort((a, b) => compareByTime(recordedAt, a, b));
        const positions = Uint32Array.from([...sortedPrefix, ...all.slice(prefix)]);
        const expected = [...all].sort((a, b) => compareByTime(recordedAt, a, b));
        expect(sortAll(positions, recordedAt, prefix).sorted).toEqual(expected);
      }),
    );
  });

  it('hands control back while it works on a long list, and reports its share done', () => {
    const count = 10_000;
    const recordedAt = Float64Array.from({ length: count }, (_, row) => (row * 7919) % 1000);
    const sorting = sortByTime(
      Uint32Array.from({ length: count }, (_, row) => row + 1),
      recordedAt,
      0,
      1000,
    );
    const shares: number[] = [];
    for (let next = sorting.next(); !next.done; next = sorting.next()) shares.push(next.value);
    expect(shares.length).toBeGreaterThan(10);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.at(-1)).toBeLessThanOrEqual(1);
  });
});
