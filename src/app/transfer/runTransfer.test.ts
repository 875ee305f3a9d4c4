import { describe, expect, it } from 'vitest';
import type { AccountId } from '../../domain/account';
import { parseAmount } from '../../domain/money';
import { createInMemoryEventStore } from '../../eventStore/inMemoryEventStore';
import { listBalances } from '../../projections/balances/queries';
import { closingTab } from '../../testing/closingTab';
import { freshFold } from '../../testing/ledgerFixtures';
import { createLedgerSession, type LedgerSession } from '../ledgerSession';
import { resumeTransfers, runTransfer } from './runTransfer';
import type { TransferLocks } from './transferLocks';

const A = 'ACC-001' as AccountId;
const B = 'ACC-002' as AccountId;

async function twoAccounts() {
  const store = createInMemoryEventStore();
  const session = createLedgerSession({ eventStore: store });
  await session.start();
  for (const [owner, initial] of [
    ['Ada', '500'],
    ['Bo', '0'],
  ] as const) {
    await session.dispatch({
      type: 'OpenAccount',
      owner,
      initialDeposit: parseAmount(initial, { allowZero: true }),
    });
  }
  return { store, session };
}

const balances = async (store: ReturnType<typeof createInMemoryEventStore>) =>
  listBalances(freshFold(await store.readAll()).models.balances).map((row) => row.balance);

describe('running a transfer through the session', () => {
  it('records the withdrawal and the deposit it caused, both by the person acting, in one correlation', async () => {
    const { store, session } = await twoAccounts();
    const state = await runTransfer(session, { from: A, to: B, amount: parseAmount('120') }, 'Grace');

    expect(state.step).toBe('completed');
    expect(await balances(store)).toEqual([38_000, 12_000]);
    const [withdrawal, deposit] = await store.readAll({ from: 3 });
    const command = withdrawal?.metadata.commandId;
    expect(withdrawal?.metadata).toMatchObject({
      actor: 'Grace',
      correlationId: command,
      causationId: command,
    });
    expect(deposit).toMatchObject({ type: 'MoneyDeposited', streamId: 'account-ACC-002' });
    expect(deposit?.metadata).toMatchObject({
      actor: 'Grace',
      correlationId: command,
      causationId: withdrawal?.id,
    });
    expect(deposit?.metadata.commandId).not.toBe(command);
  });

  it('refunds into the source, caused by the withdrawal, when the target is closed', async () => {
    const { store, session } = await twoAccounts();
    await session.dispatch({ type: 'CloseAccount', accountId: B });
    const state = await runTransfer(session, { from: A, to: B, amount: parseAmount('75') });

    expect(state.step).toBe('refunded');
    expect(await balances(store)).toEqual([50_000, 0]);
    const [withdrawal, refund, ...rest] = await store.readAll({ from: 4 });
    expect(rest).toEqual([]);
    expect(refund).toMatchObject({ type: 'MoneyDeposited', streamId: 'account-ACC-001' });
    expect(refund?.metadata).toMatchObject({
      correlationId: withdrawal?.metadata.commandId,
      causationId: withdrawal?.id,
    });
  });
});

describe('a transfer interrupted after its withdrawal', () => {
  it('is finished by resumeTransfers, once, however often it is resumed', async () => {
    const { store, session } = await twoAccounts();
    void runTransfer(closingTab(session), { from: A, to: B, amount: parseAmount('120') }, 'Grace');
    await settleWrites();
    expect(await balances(store)).toEqual([38_000, 0]); // withdrawn, not deposited
    const [pending] = session.transferJournal.pending();
    expect(pending).toMatchObject({ from: A, to: B, amount: 12_000, actor: 'Grace' });

    const resumed = await resumeTransfers(session);
    expect(resumed.map((state) => state.step)).toEqual(['completed']);
    expect(await balances(store)).toEqual([38_000, 12_000]);
    expect(session.transferJournal.pending()).toEqual([]);
    const [withdrawal, deposit] = await store.readAll({ from: 3 });
    expect(deposit?.metadata).toMatchObject({
      actor: 'Grace',
      correlationId: withdrawal?.metadata.commandId,
      causationId: withdrawal?.id,
    });

    // Noted again (as if a second tab had found it too): the deposit's id is the same, so nothing more moves.
    session.transferJournal.note(pending ?? expect.unreachable());
    expect((await resumeTransfers(session)).map((state) => state.step)).toEqual(['completed']);
    expect(await balances(store)).toEqual([38_000, 12_000]);
    expect(await store.readAll({ from: 5 })).toEqual([]);
  });

  it('is left alone while its lock is held (it is running, in this tab or another)', async () => {
    const { store, session } = await twoAccounts();
    void runTransfer(closingTab(session), { from: A, to: B, amount: parseAmount('120') });
    await settleWrites();
    const held: TransferLocks = { whileHolding: (_, work) => work(), ifFree: () => Promise.resolve(null) };
    expect(await resumeTransfers(session, held)).toEqual([]);
    expect(session.transferJournal.pending()).toHaveLength(1);
    expect(await balances(store)).toEqual([38_000, 0]);
  });

  it('refunds when the target was closed meanwhile', async () => {
    const { store, session } = await twoAccounts();
    void runTransfer(closingTab(session), { from: A, to: B, amount: parseAmount('75') });
    await settleWrites();
    await session.dispatch({ type: 'CloseAccount', accountId: B });
    expect((await resumeTransfers(session)).map((state) => state.step)).toEqual(['refunded']);
    expect(await balances(store)).toEqual([50_000, 0]);
  });

  it('is struck off when its withdrawal was refused, or never issued and long ago', async () => {
    const { session } = await twoAccounts();
    const noted = { from: A, to: B, amount: parseAmount('9000') };
    const refused = await session.dispatch(
      { type: 'WithdrawMoney', accountId: A, amount: noted.amount },
      { commandId: 'refused-withdrawal' },
    );
    expect(refused.status).toBe('refused');
    for (const [withdrawalCommandId, startedAt] of [
      ['refused-withdrawal', session.now()],
      ['never-issued', session.now()],
      ['long-gone', 0],
    ] as const)
      session.transferJournal.note({ withdrawalCommandId, ...noted, startedAt });
    expect(await resumeTransfers(session)).toEqual([]);
    expect(session.transferJournal.pending().map((entry) => entry.withdrawalCommandId)).toEqual([
      'never-issued',
    ]);
  });

  it('acts on no entry that does not match its withdrawal: the journal is not the log', async () => {
    const { store, session } = await twoAccounts();
    await session.dispatch(
      { type: 'WithdrawMoney', accountId: A, amount: parseAmount('4') },
      { commandId: 'plain-withdrawal' },
    );
    const claim = { withdrawalCommandId: 'plain-withdrawal', to: B, startedAt: session.now() };
    session.transferJournal.note({ ...claim, from: A, amount: parseAmount('400') });
    expect(await resumeTransfers(session)).toEqual([]);
    session.transferJournal.note({ ...claim, from: B, to: A, amount: parseAmount('4') });
    expect(await resumeTransfers(session)).toEqual([]);
    expect(await balances(store)).toEqual([49_600, 0]);
    expect(session.transferJournal.pending()).toEqual([]);
  });
});

/** Lets the in-memory store's appends and the session's reads run. */
const settleWrites = () => new Promise((resume) => setTimeout(resume, 0));

describe('a transfer whose follow-up meets trouble', () => {
  it('refunds after a deposit that could not be stored, and seals that deposit so that no resume makes it', async () => {
    const { store, session } = await twoAccounts();
    let failDeposits = true;
    const flaky: LedgerSession = {
      ...session,
      dispatch: (request, context) =>
        failDeposits && request.type === 'DepositMoney' && request.accountId === B
          ? Promise.reject(new Error('disk full'))
          : session.dispatch(request, context),
    };
    const state = await runTransfer(flaky, { from: A, to: B, amount: parseAmount('100') });
    expect(state.step).toBe('refunded');
    failDeposits = false;
    // Resumed anyway (as by another tab that found it noted): the deposit's id is now a refusal.
    const [withdrawal] = await store.readAll({ from: 3, to: 3 });
    session.transferJournal.note({
      withdrawalCommandId: withdrawal?.metadata.commandId ?? '',
      from: A,
      to: B,
      amount: parseAmount('100'),
      startedAt: session.now(),
    });
    expect((await resumeTransfers(session)).map((state) => state.step)).toEqual(['refunded']);
    expect(await balances(store)).toEqual([50_000, 0]);
  });

  it("refuses a follow-up whose id the log already holds for another account's command", async () => {
    const { store, session } = await twoAccounts();
    void runTransfer(closingTab(session), { from: A, to: B, amount: parseAmount('100') });
    await settleWrites();
    const [withdrawal] = await store.readAll({ from: 3, to: 3 });
    // As if an imported log held a command with the deposit's id, on the source account.
    await session.dispatch(
      { type: 'DepositMoney', accountId: A, amount: parseAmount('1') },
      { commandId: `${withdrawal?.id}:deposit` },
    );
    expect((await resumeTransfers(session)).map((state) => state.step)).toEqual(['refunded']);
    expect(await balances(store)).toEqual([50_100, 0]);
  });
});
