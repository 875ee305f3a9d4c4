import fc from 'fast-check';
import type { StoredEvent } from '../eventStore/types';
import { created, money, recordLedger } from './ledgerFixtures';

type Step = {
  kind: 'open' | 'deposit' | 'withdraw' | 'close';
  account: number;
  amount: number;
  hours: number;
};

const step: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom('open', 'deposit', 'withdraw', 'close'),
  account: fc.integer({ min: 1, max: 4 }),
  amount: fc.integer({ min: 1, max: 100_000 }),
  hours: fc.integer({ min: 0, max: 30 }),
});

/**
 * A random but valid account log (the rules hold: no overdraft, nothing on closed or missing accounts),
 * spread over a few days, for read-side properties that need no command handling.
 */
export function randomLedger(): fc.Arbitrary<StoredEvent[]> {
  return fc.array(step, { maxLength: 60 }).map((steps) => {
    const balances = new Map<string, number | 'closed'>();
    let time = Date.parse('2026-01-01T00:00:00.000Z');
    const entries: Parameters<typeof recordLedger>[0][number][] = [];
    for (const { kind, account, amount, hours } of steps) {
      const id = `ACC-${String(account).padStart(3, '0')}`;
      const balance = balances.get(id);
      time += hours * 3_600_000;
      const at = new Date(time).toISOString();
      if (kind === 'open' && balance === undefined) {
        balances.set(id, amount % 3 === 0 ? 0 : amount);
        entries.push({ account: id, event: created(id, amount % 3 === 0 ? 0 : amount), at });
      } else if (typeof balance === 'number' && kind === 'deposit') {
        balances.set(id, balance + amount);
        entries.push({
          account: id,
          event: money('MoneyDeposited', amount),
          at,
        });
      } else if (typeof balance === 'number' && kind === 'withdraw' && amount <= balance) {
        balances.set(id, balance - amount);
        entries.push({
          account: id,
          event: money('MoneyWithdrawn', amount),
          at,
        });
      } else if (balance === 0 && kind === 'close') {
        balances.set(id, 'closed');
        entries.push({ account: id, event: { type: 'AccountClosed', data: {} }, at });
      }
    }
    return recordLedger(entries);
  });
}
