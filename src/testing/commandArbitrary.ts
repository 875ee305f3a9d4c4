import fc from 'fast-check';
import type { AccountCommandRequest } from '../commands/account/dispatchAccountCommand';
import type { AccountId } from '../domain/account';
import type { Cents } from '../domain/money';

const accountIds = ['ACC-001', 'ACC-002', 'ACC-003'] as AccountId[];
const accountId = fc.constantFrom(...accountIds);
const amount = fc
  .oneof(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 200_000 }))
  .map((value) => value as Cents);

/**
 * Random account commands over a few accounts, valid and invalid alike: the rules decide which are refused,
 * so a sequence exercises openings, deposits, overdrafts, closings and commands on missing accounts.
 */
export const accountCommand: fc.Arbitrary<AccountCommandRequest> = fc.oneof(
  fc
    .record({
      type: fc.constant('OpenAccount' as const),
      accountId: fc.option(accountId, { nil: undefined }),
      owner: fc.constantFrom('Ada', 'Bo', 'Cy'),
      initialDeposit: fc.oneof(fc.constant(0 as Cents), amount),
    })
    .map(({ accountId: id, ...open }) => (id === undefined ? open : { ...open, accountId: id })),
  fc.record({ type: fc.constant('DepositMoney' as const), accountId, amount }),
  fc.record({ type: fc.constant('WithdrawMoney' as const), accountId, amount }),
  fc.record({ type: fc.constant('CloseAccount' as const), accountId }),
);
