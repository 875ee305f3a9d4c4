import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asOfInstant } from './asOfInstant';

/**
 * A time as the browser's datetime-local value holds it: zero seconds are left out, as Chromium does. (The
 * e2e helper `localDateTime` in e2e/timeMachine.ts writes the same, inside the page.)
 */
function fieldValue(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  const minute = `${day}T${two(date.getHours())}:${two(date.getMinutes())}`;
  return date.getSeconds() === 0 ? minute : `${minute}:${two(date.getSeconds())}`;
}

describe('asOfInstant', () => {
  it('reads a time with seconds as the last millisecond of that second', () => {
    expect(asOfInstant('2026-11-22T10:00:05')).toBe(new Date(2026, 10, 22, 10, 0, 5, 999).getTime());
  });

  it('reads a value without seconds as second 00, not the whole minute', () => {
    expect(asOfInstant('2026-11-22T10:00')).toBe(new Date(2026, 10, 22, 10, 0, 0, 999).getTime());
  });

  it('reads a value with a fraction as that exact millisecond', () => {
    expect(asOfInstant('2026-11-22T10:00:05.250')).toBe(new Date(2026, 10, 22, 10, 0, 5, 250).getTime());
  });

  it('gives NaN for an empty or malformed value', () => {
    expect(asOfInstant('')).toBeNaN();
    expect(asOfInstant('yesterday')).toBeNaN();
  });

  it('includes every instant of the second the field shows, and nothing of the next second', () => {
    const anyInstant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });
    // Instants in the first second of a minute are drawn often: the field's value leaves their seconds out.
    const instants = fc.oneof(
      anyInstant,
      anyInstant.map((instant) => instant - (instant % 60_000) + (instant % 1000)),
    );
    fc.assert(
      fc.property(instants, (instant) => {
        // Where the clocks go back, the repeated hour's second pass names its first (see asOfInstant).
        const local = new Date(instant);
        fc.pre(new Date(fieldValue(local)).getTimezoneOffset() === local.getTimezoneOffset());
        const shown = asOfInstant(fieldValue(local));
        expect(shown).toBeGreaterThanOrEqual(instant);
        expect(shown - instant).toBeLessThan(1000);
      }),
    );
  });
});
