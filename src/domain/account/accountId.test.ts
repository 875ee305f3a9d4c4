import { describe, expect, it } from 'vitest';
import { accountIdOfStream, accountStreamId, nextFreeAccountId, parseAccountId } from './accountId';

describe('account ids', () => {
  it('normalises what a person types', () => {
    expect(parseAccountId('  acc-7 ')).toBe('ACC-7');
  });

  it.each(['', ' ', '-ACC', 'ACC 1', 'A'.repeat(33), '<script>', 'ACC_1'])('refuses %j', (input) => {
    expect(() => parseAccountId(input)).toThrowError(/not an account id/);
  });

  it('maps to and from stream ids', () => {
    const id = parseAccountId('ACC-001');
    expect(accountStreamId(id)).toBe('account-ACC-001');
    expect(accountIdOfStream('account-ACC-001')).toBe(id);
  });

  it('takes the number after the highest ACC-NNN in use', () => {
    expect(nextFreeAccountId([])).toBe('ACC-001');
    expect(nextFreeAccountId(['ACC-001', 'ACC-002'])).toBe('ACC-003');
    expect(nextFreeAccountId(['SAVINGS', 'ACC-009', 'ACC-004'])).toBe('ACC-010');
    expect(nextFreeAccountId(['ACC-999'])).toBe('ACC-1000');
  });
});
