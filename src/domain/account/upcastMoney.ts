import { formatMoney, MAX_AMOUNT_CENTS } from '../money';

/** The plain decimal notation a version-1 amount must print as: digits, then at most two decimals. */
const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * Converts a version-1 amount (a JSON number of currency units, like 1000.5) into integer cents, exactly.
 *
 * The number is read through its shortest decimal string (`String(1000.5)` is "1000.5"), which is the text
 * the writer meant, and the cents are built from those digits: no float arithmetic touches the result, so
 * 19.99 gives 1999 although 19.99 * 100 is 1998.9999999999998. A number whose shortest string has more than
 * two decimals (0.1 + 0.2 prints as 0.30000000000000004, 1e-7 as "1e-7") was never a sum of money and is
 * refused, as are negative, non-finite and oversized amounts. Returns the cents, or the reason for refusing
 * (in words completing "<field> …").
 */
export function decimalToCents(value: unknown, allowZero: boolean): number | { readonly refused: string } {
  if (typeof value !== 'number') return { refused: 'must be a number of currency units, like 19.99' };
  if (!Number.isFinite(value)) return { refused: 'must be a finite number' };
  if (value < 0) return { refused: `must not be negative (it is ${String(value)})` };
  const text = String(value);
  const match = PLAIN_DECIMAL.exec(text);
  if (match === null) {
    // Only exponent notation gets here: below 1e-6 (too many decimals) or from 1e21 (too large).
    return value < 1 ? moreThanTwoDecimals(text) : tooLarge(text);
  }
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > 2) return moreThanTwoDecimals(text);
  if (whole.length > 10) return tooLarge(text);
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (cents > MAX_AMOUNT_CENTS) return tooLarge(text);
  if (cents === 0 && !allowZero) return { refused: 'must be more than zero' };
  return cents;
}

function moreThanTwoDecimals(text: string) {
  return { refused: `has more than two decimals (${text}); amounts are whole cents` };
}

function tooLarge(text: string) {
  return { refused: `may be at most ${formatMoney(MAX_AMOUNT_CENTS)} (it is ${text})` };
}
