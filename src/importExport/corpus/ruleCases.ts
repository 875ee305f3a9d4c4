/** Files whose every line is well formed but whose log breaks the ledger's rules when replayed. */
import { at, BASE_EVENTS, type CorpusCase, event, file, patchData } from './build';

/** The base ledger with one more event after it (position 8). */
const thenEvent = (account: string, version: number, type: string, data: Readonly<Record<string, unknown>>) =>
  file([...BASE_EVENTS, event(8, account, version, type, data)]);

export const ruleCases: readonly CorpusCase[] = [
  at(
    'an overdraft',
    4,
    patchData(4, { amount: 200_000 }),
    /MoneyWithdrawn breaks a rule of the ledger: Insufficient funds: account ACC-001 holds 1,000.00, so 2,000.00 cannot be withdrawn/,
  ),
  at(
    'a version-1 overdraft',
    5,
    patchData(5, { amount: 60 }),
    /Insufficient funds: account ACC-002 holds 50.50, so 60.00/,
  ),
  at(
    'a deposit into a closed account',
    8,
    thenEvent('ACC-002', 4, 'MoneyDeposited', { amount: 100 }),
    /Account ACC-002 is closed/,
  ),
  at(
    'a withdrawal from a closed account',
    8,
    thenEvent('ACC-002', 4, 'MoneyWithdrawn', { amount: 100 }),
    /is closed/,
  ),
  at(
    'a deposit into an account never opened',
    8,
    thenEvent('ACC-003', 1, 'MoneyDeposited', { amount: 100 }),
    /Account ACC-003 does not exist/,
  ),
  at(
    'an account opened twice',
    8,
    thenEvent('ACC-001', 5, 'AccountCreated', { accountId: 'ACC-001', owner: 'Ada', initialDeposit: 0 }),
    /Account ACC-001 already exists/,
  ),
  at('a closing with money left', 8, thenEvent('ACC-001', 5, 'AccountClosed', {}), /still holds 750.00/),
  at('a closing of a closed account', 8, thenEvent('ACC-002', 4, 'AccountClosed', {}), /is closed/),
  at(
    'another account’s id in AccountCreated',
    1,
    patchData(1, { accountId: 'ACC-009', owner: 'Ada', initialDeposit: 0 }),
    /data.accountId is "ACC-009", but the rules record "ACC-001"/,
  ),
  at(
    'an owner with spaces around it',
    1,
    patchData(1, { accountId: 'ACC-001', owner: '  Ada ', initialDeposit: 0 }),
    /data.owner is " {2}Ada ", but the rules record "Ada"/,
  ),
  at(
    'an owner of blanks',
    1,
    patchData(1, { accountId: 'ACC-001', owner: '   ', initialDeposit: 0 }),
    /Enter the owner’s name/,
  ),
  at(
    'an owner over 100 characters',
    1,
    patchData(1, { accountId: 'ACC-001', owner: 'A'.repeat(101), initialDeposit: 0 }),
    /at most 100 characters/,
  ),
  at(
    'a version-1 overdraft on the last line',
    7,
    patchData(7, { amount: 800.01 }),
    /holds 800.00, so 800.01 cannot be withdrawn/,
  ),
  at(
    'an overdraft by one cent',
    8,
    thenEvent('ACC-001', 5, 'MoneyWithdrawn', { amount: 75_001 }),
    /holds 750.00, so 750.01/,
  ),
  at('a deposit over the largest balance', 101, overLimit(), /over the largest balance allowed/),
];

/** An account opened with the largest amount, then 100 deposits of it: the 100th crosses the balance limit. */
function overLimit(): string {
  const max = 100_000_000_000;
  const events = [
    event(1, 'ACC-001', 1, 'AccountCreated', { accountId: 'ACC-001', owner: 'Ada', initialDeposit: max }),
  ];
  for (let version = 2; version <= 101; version += 1)
    events.push(event(version, 'ACC-001', version, 'MoneyDeposited', { amount: max }));
  return file(events);
}
