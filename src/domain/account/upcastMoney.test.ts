import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT_CENTS } from '../money';
import { decimalToCents } from './upcastMoney';

describe('decimalToCents', () => {
  it.each([
    [1000.5, 100_050],
    [19.99, 1999],
    [0.3, 30],
    [0.1, 10],
    [0.01, 1],
    [1.1, 110],
    [4.35, 435],
    [1e9, MAX_AMOUNT_CENTS],
    [123_456_789.12, 12_345_678_912],
  ])('converts %d exactly to %i cents', (value, cents) => {
    expect(decimalToCents(value, false)).toBe(cents);
  });

  it('converts through the digits, not through value * 100', () => {
    expect(19.99 * 100).not.toBe(1999);
    expect(decimalToCents(19.99, false)).toBe(1999);
  });

  it.each([
    [0.1 + 0.2, /more than two decimals \(0.30000000000000004\)/],
    [1e-7, /more than two decimals \(1e-7\)/],
    [0.001, /more than two decimals/],
    [1.005, /more than two decimals/],
    [-5, /must not be negative/],
    [-0.01, /must not be negative/],
    [Infinity, /finite/],
    [-Infinity, /finite/],
    [NaN, /finite/],
    [1e21, /at most 1,000,000,000.00/],
    [1_000_000_000.01, /at most/],
    [0, /more than zero/],
    ['5', /must be a number/],
    [null, /must be a number/],
  ])('refuses %s', (value, reason) => {
    const result = decimalToCents(value, false);
    expect(result).toEqual({ refused: expect.stringMatching(reason) });
  });

  it('accepts zero only where zero is allowed (an initial deposit)', () => {
    expect(decimalToCents(0, true)).toBe(0);
    expect(decimalToCents(0, false)).toMatchObject({ refused: 'must be more than zero' });
  });

  it('is exact for every amount of whole cents written as units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_AMOUNT_CENTS }), (cents) => {
        expect(decimalToCents(cents / 100, false)).toBe(cents);
      }),
      { numRuns: 2000 },
    );
  });
});
