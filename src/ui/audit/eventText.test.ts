import { describe, expect, it } from 'vitest';
import { relativeTime, shortId, summarizeEvent } from './eventText';

const now = Date.parse('2026-05-01T12:00:00Z');
const ago = (seconds: number) => now - seconds * 1000;

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

  it('says how long ago, in the largest unit that fits, for the past and the future', () => {
    expect(relativeTime(ago(3), now)).toBe('just now');
    expect(relativeTime(ago(30), now)).toBe('30 seconds ago');
    expect(relativeTime(ago(120), now)).toBe('2 minutes ago');
    expect(relativeTime(ago(3 * 3600), now)).toBe('3 hours ago');
    expect(relativeTime(ago(86_400), now)).toBe('yesterday');
    expect(relativeTime(ago(400 * 86_400), now)).toBe('last year');
    expect(relativeTime(now + 7_200_000, now)).toBe('in 2 hours');
  });
});
