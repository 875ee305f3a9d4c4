import { describe, expect, it } from 'vitest';
import { ACCOUNT_EVENT_TYPES } from './events';
import {
  ACCOUNT_EVENT_SCHEMAS,
  ACCOUNT_UPCASTERS,
  CURRENT_SCHEMA_VERSION,
  eventVersionSchema,
  upcastAccountData,
} from './upcast';

describe('the schema registry', () => {
  it('knows every account event type, each up to the current version', () => {
    expect(ACCOUNT_EVENT_SCHEMAS.map((schema) => schema.type)).toEqual(ACCOUNT_EVENT_TYPES);
    for (const schema of ACCOUNT_EVENT_SCHEMAS) {
      expect(schema.versions.map((entry) => entry.version)).toEqual([1, CURRENT_SCHEMA_VERSION]);
    }
  });

  it('has one upcaster for every step from an old version to the next', () => {
    for (const schema of ACCOUNT_EVENT_SCHEMAS) {
      for (const { version } of schema.versions.filter((entry) => entry.version < CURRENT_SCHEMA_VERSION)) {
        const steps = ACCOUNT_UPCASTERS.filter(
          (step) => step.type === schema.type && step.fromVersion === version,
        );
        expect(steps).toHaveLength(1);
        expect(steps[0]?.toVersion).toBe(version + 1);
      }
    }
  });

  it('describes the fields of each version', () => {
    expect(eventVersionSchema('MoneyDeposited', 1)?.fields).toEqual([{ name: 'amount', kind: 'decimal' }]);
    expect(eventVersionSchema('MoneyDeposited', 2)?.fields).toEqual([{ name: 'amount', kind: 'cents' }]);
    expect(eventVersionSchema('MoneyDeposited', 3)).toBeUndefined();
    expect(eventVersionSchema('Unknown', 1)).toBeUndefined();
  });
});

describe('upcastAccountData', () => {
  it('turns version-1 decimal amounts into cents and keeps the other fields', () => {
    expect(
      upcastAccountData('AccountCreated', 1, { accountId: 'ACC-9', owner: 'Bo', initialDeposit: 1000.5 }),
    ).toEqual({ accountId: 'ACC-9', owner: 'Bo', initialDeposit: 100_050 });
    expect(upcastAccountData('MoneyDeposited', 1, { amount: 0.3 })).toEqual({ amount: 30 });
    expect(upcastAccountData('MoneyWithdrawn', 1, { amount: 19.99 })).toEqual({ amount: 1999 });
    expect(upcastAccountData('AccountClosed', 1, {})).toEqual({});
  });

  it('returns current data untouched, and never changes the data it is given', () => {
    const current = { amount: 5 };
    expect(upcastAccountData('MoneyDeposited', 2, current)).toBe(current);
    const old = Object.freeze({ amount: 12.5 });
    expect(upcastAccountData('MoneyDeposited', 1, old)).not.toBe(old);
    expect(old).toEqual({ amount: 12.5 });
  });

  it('refuses 0.1 + 0.2, which has more than two decimals, but accepts 0.3', () => {
    expect(() => upcastAccountData('MoneyDeposited', 1, { amount: 0.1 + 0.2 })).toThrowError(
      'MoneyDeposited v1: amount has more than two decimals (0.30000000000000004); amounts are whole cents',
    );
    expect(upcastAccountData('MoneyDeposited', 1, { amount: 0.3 })).toEqual({ amount: 30 });
  });

  it('refuses amounts that are not money, naming the field', () => {
    expect(() => upcastAccountData('MoneyWithdrawn', 1, { amount: 1e-7 })).toThrowError(/amount has more/);
    expect(() => upcastAccountData('AccountCreated', 1, { initialDeposit: -1 })).toThrowError(
      /initialDeposit must not be negative/,
    );
    expect(() => upcastAccountData('MoneyDeposited', 1, {})).toThrowError(/amount must be a number/);
  });
});
