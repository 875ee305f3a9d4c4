import { describe, expect, it } from 'vitest';
import { shortId, summarizeEvent } from './eventText';

describe('event texts', () => {
  it('summarizes events in their current shape, upcasting old ones, and survives unreadable data', () => {
    expect(summarizeEvent({ type: 'MoneyDeposited', schemaVersion: 2, data: { amount: 25_000 } })).toBe(
      'MoneyDeposited 250.00',
    );
    expect(
      summarizeEvent({
        type: 'AccountCreated',
        schemaVersion: 1,
        data: { accountId: 'ACC-001', owner: 'Alice', initialDeposit: 1000 },
      }),
    ).toBe('AccountCreated for Alice with 1,000.00');
    expect(summarizeEvent({ type: 'AccountClosed', schemaVersion: 2, data: {} })).toBe('AccountClosed');
    expect(summarizeEvent({ type: 'MoneyWithdrawn', schemaVersion: 2, data: {} })).toBe(
      'MoneyWithdrawn (unreadable data)',
    );
  });

  it('shortens long ids only', () => {
    expect(shortId('3f2a9c1e-0000-4000-8000-000000000000')).toBe('3f2a9c1e…');
    expect(shortId('id-7')).toBe('id-7');
  });
});
