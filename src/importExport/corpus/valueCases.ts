/** Amounts and texts that are not money or not allowed, in current (cents) and version-1 (decimal) events. */
import { at, type CorpusCase, patch, patchData, withEvent } from './build';

/** Event 2 (MoneyDeposited v2) with its amount written as raw JSON text. */
const rawAmount = (position: number, json: string) =>
  withEvent(position, (original) => JSON.stringify(original).replace(/"amount":[^,}]+/, `"amount":${json}`));

const v1Deposit = (amount: number) => patch(5, { type: 'MoneyWithdrawn', data: { amount } });

export const valueCases: readonly CorpusCase[] = [
  at('an amount of 1e400', 2, rawAmount(2, '1e400'), /amount must be a whole number of cents/),
  at(
    'an amount beyond safe integers',
    2,
    rawAmount(2, '123456789012345678901234567890'),
    /whole number of cents/,
  ),
  at(
    'an amount above the largest',
    2,
    patchData(2, { amount: 100_000_000_001 }),
    /at most 100000000000 cents/,
  ),
  at('an amount in fractions of a cent', 2, patchData(2, { amount: 1.5 }), /whole number of cents/),
  at('a negative amount', 2, patchData(2, { amount: -5 }), /above zero/),
  at('a zero deposit', 2, patchData(2, { amount: 0 }), /above zero/),
  at('an amount written as a string', 2, patchData(2, { amount: '1000.00' }), /whole number of cents/),
  at('an amount that is an object', 2, patchData(2, { amount: { cents: 5 } }), /whole number of cents/),
  at(
    'a version-1 amount of 0.1 + 0.2',
    5,
    v1Deposit(0.1 + 0.2),
    /more than two decimals \(0.30000000000000004\)/,
  ),
  at('a version-1 amount of 1e-7', 5, v1Deposit(1e-7), /more than two decimals \(1e-7\)/),
  at('a negative version-1 amount', 5, v1Deposit(-1), /must not be negative/),
  at('a version-1 amount of 1e400', 5, rawAmount(5, '1e400'), /must be a finite number/),
  at(
    'a version-1 amount above the largest',
    5,
    v1Deposit(1_000_000_000.01),
    /may be at most 1,000,000,000.00/,
  ),
  at(
    'a version-1 amount as a string',
    5,
    v1Deposit('50.50' as unknown as number),
    /must be a number of currency units/,
  ),
  at(
    'a version-1 initial deposit of three decimals',
    3,
    patchData(3, { accountId: 'ACC-002', owner: 'Bo', initialDeposit: 12.345 }),
    /initialDeposit has more than two decimals/,
  ),
  at(
    'an empty owner',
    1,
    patchData(1, { accountId: 'ACC-001', owner: '', initialDeposit: 0 }),
    /owner must be a non-empty string/,
  ),
  at(
    'a numeric owner',
    1,
    patchData(1, { accountId: 'ACC-001', owner: 7, initialDeposit: 0 }),
    /owner must be a non-empty string/,
  ),
];
