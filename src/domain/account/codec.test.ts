import { describe, expect, it } from 'vitest';
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

  it.each([
    ['Unknown', 2, {}, /unknown event type/],
    ['MoneyDeposited', 7, { amount: 5 }, /unknown schema version/],
    ['MoneyDeposited', 2, null, /not an object/],
    ['MoneyDeposited', 2, { amount: 1.5 }, /whole number of cents/],
    ['MoneyDeposited', 2, { amount: 0 }, /above zero/],
    ['MoneyWithdrawn', 2, { amount: '5' }, /whole number/],
    ['AccountCreated', 2, { accountId: '', owner: 'A', initialDeposit: 0 }, /accountId/],
  ])('fails closed on %s v%i %j', (type, version, data, message) => {
    expect(() => decodeAccountEvent(type, version, data)).toThrowError(message);
  });
});
