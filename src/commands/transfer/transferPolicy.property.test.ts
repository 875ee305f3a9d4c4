import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountId, AccountState } from '../../domain/account';
import { MAX_BALANCE_CENTS, type Cents } from '../../domain/money';
import { describeTransfer } from './describeTransfer';
import { driveTransfer, type IssueCommand } from './driveTransfer';
import { startTransfer } from './transferPolicy';
import { TransferWorld } from '../../testing/transferWorld';

const A = 'ACC-001' as AccountId;
const B = 'ACC-002' as AccountId;

/** An account as the transfer may find it: missing, closed, open (possibly close to the balance limit). */
const accountState = (accountId: AccountId): fc.Arbitrary<AccountState | undefined> =>
  fc.oneof(
    fc.constant(undefined),
    fc.constant<AccountState>({ status: 'closed', accountId, owner: 'Bo' }),
    fc
      .oneof(fc.integer({ min: 0, max: 100_000 }), fc.constant(MAX_BALANCE_CENTS - 50))
      .map((balance): AccountState => ({
        status: 'open',
        accountId,
        owner: 'Ada',
        balance: balance as Cents,
      })),
  );

const scenario = fc.record({
  source: accountState(A),
  target: accountState(B),
  amount: fc.integer({ min: 1, max: 120_000 }),
  /** Another tab closes the emptied source right after the withdrawal (the refund then has nowhere to go). */
  sourceClosedMeanwhile: fc.boolean(),
  /** The n-th command (1-based) fails to be stored; 0 for none. */
  storageFailureAt: fc.integer({ min: 0, max: 3 }),
});

describe('the transfer policy, for any accounts and failures', () => {
  it('never creates or loses money, finishes in at most three commands, and links every follow-up to its cause', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (given) => {
        const world = new TransferWorld({
          ...(given.source && { [A]: given.source }),
          ...(given.target && { [B]: given.target }),
        });
        const before = world.balance(A) + world.balance(B);
        let calls = 0;
        const issue: IssueCommand = async (next) => {
          calls += 1;
          if (calls === given.storageFailureAt) throw new Error('disk full');
          const observation = await world.issue(next);
          if (calls === 1 && observation.accepted && given.sourceClosedMeanwhile)
            world.apply({ type: 'CloseAccount', accountId: A });
          return observation;
        };

        let state;
        try {
          state = await driveTransfer(
            startTransfer({ from: A, to: B, amount: given.amount as Cents }, 'withdrawal-1'),
            issue,
          );
        } catch (error) {
          // Only a withdrawal that could not be stored is thrown, and then nothing happened.
          expect(given.storageFailureAt).toBe(1);
          expect((error as Error).message).toBe('disk full');
          expect(world.log).toEqual([]);
          return;
        }
        expect(calls).toBeLessThanOrEqual(3);
        const after = world.balance(A) + world.balance(B);
        const stranded = state.step === 'stranded' ? given.amount : 0;
        expect(after + stranded).toBe(before);
        if (state.step === 'completed')
          expect(world.balance(B)).toBe((given.target as { balance: number }).balance + given.amount);
        if (state.step === 'refused' || state.step === 'refunded') expect(after).toBe(before);
        expect(describeTransfer(state).kind).toBe(
          state.step === 'completed' ? 'done' : state.step === 'stranded' ? 'stranded' : 'refused',
        );

        if (state.step === 'stranded')
          expect(given.sourceClosedMeanwhile || given.storageFailureAt === 3).toBe(true);

        const [withdrawal, ...followUps] = world.log;
        for (const event of followUps) {
          if (event.type === 'AccountClosed') continue; // the other tab's command, not the transfer's
          expect(event.metadata.correlationId).toBe(withdrawal?.metadata.commandId);
          expect(event.metadata.causationId).toBe(withdrawal?.id);
        }
      }),
      { numRuns: 300 },
    );
  });
});
