import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainRuleViolation } from './DomainRuleViolation';
import { formatMoney, MAX_AMOUNT_CENTS, parseAmount } from './money';

describe('parseAmount', () => {
  it.each([
    ['1000', 100_000],
    ['1,000', 100_000],
    ['1,300.5', 130_050],
    ['0.1', 10],
    ['0.01', 1],
    [' 42.00 ', 4_200],
    ['007', 700],
  ])('reads %j as %i cents', (input, expected) => {
    expect(parseAmount(input)).toBe(expected);
  });

  it.each(['', 'abc', '1.234', '-5', '1e3', '1,00', '12,3456', '0x10', '1.', '.5', 'NaN', 'Infinity'])(
    'refuses %j with a readable reason',
    (input) => {
      expect(() => parseAmount(input)).toThrowError(/amount/i);
    },
  );

  it('refuses zero unless zero is allowed (initial deposits)', () => {
    expect(() => parseAmount('0')).toThrowError('The amount must be more than zero.');
    expect(parseAmount('0', { allowZero: true })).toBe(0);
  });

  it('refuses amounts beyond the limit', () => {
    expect(() => parseAmount('1000000000.01')).toThrowError(/at most 1,000,000,000.00/);
    expect(() => parseAmount('99999999999999999999')).toThrowError(/at most/);
    expect(parseAmount('1,000,000,000.00')).toBe(MAX_AMOUNT_CENTS);
  });

  it('throws only domain rule violations', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        try {
          const value = parseAmount(input);
          expect(Number.isSafeInteger(value) && value > 0).toBe(true);
        } catch (error) {
          expect(isDomainRuleViolation(error)).toBe(true);
        }
      }),
    );
  });

  it('round-trips every valid amount through formatMoney without rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_AMOUNT_CENTS }), (cents) => {
        expect(parseAmount(formatMoney(cents))).toBe(cents);
      }),
    );
  });
});

describe('formatMoney', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [75_000, '750.00'],
    [130_000, '1,300.00'],
    [123_456_789, '1,234,567.89'],
    [-20_000, '-200.00'],
  ])('shows %i cents as %s', (value, expected) => {
    expect(formatMoney(value)).toBe(expected);
  });
});
