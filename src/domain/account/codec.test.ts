import { describe, expect, it } from 'vitest';
import { isEventSchemaError } from '../EventSchemaError';
import { decodeAccountEvent } from './codec';

describe('decodeAccountEvent', () => {
  it('decodes every current event type', () => {
    expect(
      decodeAccountEvent('AccountCreated', 2, { accountId: 'ACC-001', owner: 'Ada', initialDeposit: 0 }),
    ).toEqual({
      type: 'AccountCreated',
      data: { accountId: 'ACC-001', owner: 'Ada', initialDeposit: 0 },
    });
    expect(decodeAccountEvent('MoneyDeposited', 2, { amount: 5 })).toEqual({
      type: 'MoneyDeposited',
      data: { amount: 5 },
    });
    expect(decodeAccountEvent('AccountClosed', 2, {})).toEqual({ type: 'AccountClosed', data: {} });
  });

  it('upcasts version-1 events to the current shape as they are decoded', () => {
    expect(
      decodeAccountEvent('AccountCreated', 1, { accountId: 'ACC-001', owner: 'Ada', initialDeposit: 1000.5 }),
    ).toEqual({
      type: 'AccountCreated',
      data: { accountId: 'ACC-001', owner: 'Ada', initialDeposit: 100_050 },
    });
    expect(decodeAccountEvent('MoneyWithdrawn', 1, { amount: 19.99 })).toEqual({
      type: 'MoneyWithdrawn',
      data: { amount: 1999 },
    });
    expect(decodeAccountEvent('AccountClosed', 1, {})).toEqual({ type: 'AccountClosed', data: {} });
  });

  it('leaves the stored version-1 data as it was', () => {
    const stored = Object.freeze({ amount: 0.3 });
    expect(decodeAccountEvent('MoneyDeposited', 1, stored)).toEqual({
      type: 'MoneyDeposited',
      data: { amount: 30 },
    });
    expect(stored).toEqual({ amount: 0.3 });
  });

  it.each([
    ['Unknown', 2, {}, /unknown event type/],
    ['Unknown', 1, {}, /unknown event type/],
    ['MoneyDeposited', 7, { amount: 5 }, /unknown schema version \(known: 1, 2\)/],
    ['MoneyDeposited', 0, { amount: 5 }, /unknown schema version/],
    ['MoneyDeposited', 2, null, /not an object/],
    ['MoneyDeposited', 1, [], /not an object/],
    ['MoneyDeposited', 2, { amount: 1.5 }, /whole number of cents/],
    ['MoneyDeposited', 2, { amount: 0 }, /above zero/],
    ['MoneyDeposited', 2, { amount: 100_000_000_001 }, /at most 100000000000 cents/],
    ['MoneyWithdrawn', 2, { amount: '5' }, /whole number/],
    ['MoneyWithdrawn', 1, { amount: 0.1 + 0.2 }, /amount has more than two decimals/],
    ['MoneyDeposited', 1, { amount: 1e-7 }, /more than two decimals/],
    ['MoneyDeposited', 1, { amount: -5 }, /must not be negative/],
    ['MoneyDeposited', 1, { amount: Infinity }, /finite/],
    ['MoneyDeposited', 1, { amount: '5' }, /must be a number/],
    ['AccountCreated', 2, { accountId: '', owner: 'A', initialDeposit: 0 }, /accountId/],
    ['AccountCreated', 1, { accountId: 'ACC-1', owner: '', initialDeposit: 0 }, /owner/],
  ])('fails closed on %s v%i %j', (type, version, data, message) => {
    expect(() => decodeAccountEvent(type, version, data)).toThrowError(message);
    try {
      decodeAccountEvent(type, version, data);
    } catch (error) {
      expect(isEventSchemaError(error)).toBe(true);
      expect(error).toMatchObject({ eventType: type, schemaVersion: version });
    }
  });
});
