import { describe, expect, it } from 'vitest';
import { isDomainRuleViolation } from '../../domain/DomainRuleViolation';
import type { AccountId, AccountState } from '../../domain/account';
import type { Cents } from '../../domain/money';
import { describeTransfer } from './describeTransfer';
import { driveTransfer, type IssueCommand } from './driveTransfer';
import {
  followUpCommandId,
  onAccepted,
  onRefused,
  SAME_ACCOUNT,
  startTransfer,
  type TransferRequest,
} from './transferPolicy';
import { TransferWorld } from '../../testing/transferWorld';

const A = 'ACC-001' as AccountId;
const B = 'ACC-002' as AccountId;
const open = (accountId: AccountId, balance: number): AccountState => ({
  status: 'open',
  accountId,
  owner: 'Ada',
  balance: balance as Cents,
});
const closed = (accountId: AccountId): AccountState => ({ status: 'closed', accountId, owner: 'Bo' });
const transfer = (amount: number, from = A, to = B): TransferRequest => ({
  from,
  to,
  amount: amount as Cents,
});
/** A transfer started, its withdrawal with a fixed command id. */
const started = (request: TransferRequest) => startTransfer(request, 'withdrawal-1');

describe('the transfer policy', () => {
  it('withdraws as a fresh command, then deposits caused by the withdrawal and correlated to its command', async () => {
    const world = new TransferWorld({ [A]: open(A, 50_000), [B]: open(B, 0) });
    const state = await driveTransfer(started(transfer(12_000)), world.issue);

    expect(state.step).toBe('completed');
    expect([world.balance(A), world.balance(B)]).toEqual([38_000, 12_000]);
    const [withdrawal, deposit] = world.log;
    expect(withdrawal).toMatchObject({ type: 'MoneyWithdrawn', streamId: 'account-ACC-001' });
    expect(withdrawal?.metadata).toMatchObject({ correlationId: 'command-1', causationId: 'command-1' });
    expect(deposit).toMatchObject({ type: 'MoneyDeposited', streamId: 'account-ACC-002' });
    expect(deposit?.metadata).toMatchObject({
      commandId: 'command-2',
      correlationId: 'command-1',
      causationId: withdrawal?.id,
    });
    expect(describeTransfer(state)).toEqual({
      kind: 'done',
      message: 'Transferred 120.00 from ACC-001 to ACC-002 (events #1 and #2).',
    });
  });

  it('moves nothing when the withdrawal is refused', async () => {
    const world = new TransferWorld({ [A]: open(A, 1_000), [B]: open(B, 0) });
    const state = await driveTransfer(started(transfer(5_000)), world.issue);

    expect(state.step).toBe('refused');
    expect(world.issued).toHaveLength(1);
    expect(world.log).toEqual([]);
    const outcome = describeTransfer(state);
    expect(outcome.kind).toBe('refused');
    expect(outcome.message).toMatch(/^Transfer refused: Insufficient funds.*Nothing was moved\.$/);
  });

  it('refunds the source, caused by the withdrawal, when the target is closed', async () => {
    const world = new TransferWorld({ [A]: open(A, 10_000), [B]: closed(B) });
    const state = await driveTransfer(started(transfer(2_500)), world.issue);

    expect(state.step).toBe('refunded');
    expect(world.balance(A)).toBe(10_000);
    const [withdrawal, refund] = world.log;
    expect(world.log).toHaveLength(2);
    expect(refund).toMatchObject({ type: 'MoneyDeposited', streamId: 'account-ACC-001' });
    expect(refund?.metadata).toMatchObject({
      commandId: 'command-3',
      correlationId: 'command-1',
      causationId: withdrawal?.id,
    });
    expect(describeTransfer(state)).toEqual({
      kind: 'refused',
      message:
        'Transfer refused: Account ACC-002 is closed: nothing more can happen on it. The 25.00 withdrawn ' +
        'from ACC-001 (event #1) was refunded to it (event #2); nothing was lost.',
    });
  });

  it('refunds when the target does not exist', async () => {
    const world = new TransferWorld({ [A]: open(A, 10_000) });
    const state = await driveTransfer(started(transfer(100, A, 'ACC-404' as AccountId)), world.issue);
    expect(state.step).toBe('refunded');
    expect(world.balance(A)).toBe(10_000);
  });

  it('refunds when the deposit cannot be stored, and reports a refund that fails as stranded money', async () => {
    const world = new TransferWorld({ [A]: open(A, 10_000), [B]: open(B, 0) });
    let calls = 0;
    const depositFails: IssueCommand = async (next) => {
      if (++calls === 2) throw new Error('disk full');
      return world.issue(next);
    };
    const refunded = await driveTransfer(started(transfer(100)), depositFails);
    expect(refunded).toMatchObject({ step: 'refunded', depositRefusal: { code: 'NotStored' } });
    expect(world.balance(A)).toBe(10_000);

    calls = 0;
    const allFollowUpsFail: IssueCommand = async (next) => {
      if (++calls >= 2) throw new Error('disk full');
      return world.issue(next);
    };
    const stranded = await driveTransfer(started(transfer(100)), allFollowUpsFail);
    expect(stranded.step).toBe('stranded');
    const outcome = describeTransfer(stranded);
    expect(outcome.kind).toBe('stranded');
    expect(outcome.message).toContain('The 1.00 withdrawn at event #3 is in no account');
  });

  it('throws a storage failure of the withdrawal itself: nothing was written', async () => {
    const failing: IssueCommand = async () => {
      throw new Error('disk full');
    };
    await expect(driveTransfer(started(transfer(100)), failing)).rejects.toThrow('disk full');
  });

  it('refuses a transfer to the same account before issuing anything', () => {
    let thrown: unknown;
    try {
      startTransfer(transfer(100, A, A), 'withdrawal-1');
    } catch (error) {
      thrown = error;
    }
    expect(isDomainRuleViolation(thrown) && thrown.code).toBe(SAME_ACCOUNT);
  });

  it('gives the withdrawal the id chosen, and each follow-up an id fixed by the withdrawal event', () => {
    const first = started(transfer(100));
    expect(first.next?.commandId).toBe('withdrawal-1');
    const withdrawal = {
      id: 'event-7',
      position: 7,
      streamId: 'account-ACC-001',
      type: 'MoneyWithdrawn',
      metadata: { recordedAt: '2026-01-01T00:00:00.000Z' },
    };
    const depositing = onAccepted(first.state, [withdrawal]);
    expect(depositing.state.step).toBe('depositing');
    expect(depositing.next?.command).toEqual({ type: 'DepositMoney', accountId: B, amount: 100 });
    expect(depositing.next?.links.causationId).toBe('event-7');
    expect(depositing.next?.commandId).toBe(followUpCommandId(withdrawal, 'deposit'));
    const refunding = onRefused(depositing.state, { code: 'AccountClosed', message: 'Closed.' });
    expect(refunding.next?.commandId).toBe(followUpCommandId(withdrawal, 'refund'));
    expect(new Set([first.next?.commandId, depositing.next?.commandId, refunding.next?.commandId]).size).toBe(
      3,
    );
  });

  it('rejects observations once finished, and an acceptance without the expected event', () => {
    const { state } = started(transfer(100));
    expect(() => onAccepted(state, [])).toThrow('appended no MoneyWithdrawn event');
    const refusal = { code: 'InsufficientFunds', message: 'No.' };
    expect(() => onAccepted({ step: 'refused', request: transfer(1), refusal }, [])).toThrow(
      'The transfer has finished',
    );
  });
});
