import type { Brand } from '../shared/brand';
import { DomainRuleViolation } from './DomainRuleViolation';

/** An amount of money in integer minor units (cents). Never a float. */
export type Cents = Brand<number, 'Cents'>;

/** The largest single amount accepted: 1,000,000,000.00. */
export const MAX_AMOUNT_CENTS = 100_000_000_000;
/** The largest balance an account may hold: 100,000,000,000.00. Keeps every sum a safe integer. */
export const MAX_BALANCE_CENTS = 10_000_000_000_000;

export const ZERO = 0 as Cents;

/** The one constructor from a number: the value must be a safe, non-negative integer. */
export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new DomainRuleViolation('InvalidAmount', `Amounts are whole, non-negative cents, not ${value}.`);
  }
  return value as Cents;
}

const PLAIN = /^(\d+)(?:\.(\d{1,2}))?$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/;

/**
 * Parses an amount as a person types it: "1000", "1,000.5", "0.25". At most two decimals; thousands
 * separators must be well placed. Works on the digits, so no floating-point rounding can creep in.
 * `allowZero` is for initial deposits, which may be zero; every other amount must be more than zero.
 */
export function parseAmount(input: string, { allowZero = false }: { allowZero?: boolean } = {}): Cents {
  const text = input.trim();
  const match = PLAIN.exec(text) ?? GROUPED.exec(text);
  if (!match) {
    throw new DomainRuleViolation(
      'InvalidAmount',
      text === ''
        ? 'Enter an amount.'
        : `"${text}" is not an amount: use digits with at most two decimals, like 1,000.50.`,
    );
  }
  const whole = (match[1] ?? '0').replaceAll(',', '').replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').padEnd(2, '0');
  if (whole.length > 10) throw tooLarge();
  const value = Number(whole) * 100 + Number(fraction);
  if (value > MAX_AMOUNT_CENTS) throw tooLarge();
  if (value === 0 && !allowZero) {
    throw new DomainRuleViolation('InvalidAmount', 'The amount must be more than zero.');
  }
  return value as Cents;
}

function tooLarge(): DomainRuleViolation {
  return new DomainRuleViolation(
    'InvalidAmount',
    `The amount may be at most ${formatMoney(MAX_AMOUNT_CENTS)}.`,
  );
}

const GROUPING = /\B(?=(\d{3})+(?!\d))/g;

/** "1,300.00", "-50.25": two decimals, comma thousands separators, independent of the browser's locale. */
export function formatMoney(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const absolute = Math.abs(amount);
  const whole = Math.floor(absolute / 100)
    .toString()
    .replace(GROUPING, ',');
  const fraction = (absolute % 100).toString().padStart(2, '0');
  return `${sign}${whole}.${fraction}`;
}
