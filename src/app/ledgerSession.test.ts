import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseAccountId } from '../domain/account';
import { parseAmount } from '../domain/money';
import type { EventStore } from '../eventStore/EventStore';
import { createInMemoryEventStore } from '../eventStore/inMemoryEventStore';
import { listBalances } from '../projections/balances/queries';
import { freshFold as foldOf } from '../testing/ledgerFixtures';
import { accountCommand } from '../testing/commandArbitrary';
import { createLedgerSession, type LedgerSession } from './ledgerSession';

/** Resolves once the session has received every event in the store (delivery is asynchronous). */
async function settled(session: LedgerSession, store: EventStore): Promise<void> {
  const head = await store.headPosition();
  for (let tries = 0; session.view.getState().head < head; tries++) {
    if (tries > 1000) throw new Error('The session never caught up with the store.');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

async function freshFold(store: EventStore, upTo?: number) {
  return foldOf(await store.readAll(upTo === undefined ? {} : { to: upTo }));
}

async function startedSession(checkpointEvery = 256) {
  const store = createInMemoryEventStore();
  let clock = Date.parse('2026-01-01T00:00:00.000Z');
  const session = createLedgerSession({
    eventStore: store,
    checkpointEvery,
    now: () => new Date((clock += 3_600_000)),
  });
  await session.start();
  return { store, session };
}

const balanceShown = (session: LedgerSession) =>
  listBalances(session.view.getState().readModels.models.balances).map((row) => row.balance);

describe('the ledger session', () => {
  it('lets the projections folded on their own follow when the log grows, never on a seek', async () => {
    const { store, session } = await startedSession();
    const follow = vi.spyOn(session.projections, 'follow');
    await session.dispatch({ type: 'OpenAccount', owner: 'Ada', initialDeposit: parseAmount('5') });
    await settled(session, store);
    const afterGrowing = follow.mock.calls.length;
    expect(afterGrowing).toBeGreaterThan(0);
    session.seek(0);
    session.seek(1);
    session.returnToPresent();
    expect(follow).toHaveBeenCalledTimes(afterGrowing);
  });

  it('runs the textbook example and travels back through it', async () => {
    const { store, session } = await startedSession();
    const accountId = parseAccountId('ACC-001');
    await session.dispatch({
      type: 'OpenAccount',
      owner: 'Ada',
      initialDeposit: parseAmount('0', { allowZero: true }),
    });
    await session.dispatch({ type: 'DepositMoney', accountId, amount: parseAmount('1,000') });
    await session.dispatch({ type: 'WithdrawMoney', accountId, amount: parseAmount('200') });
    await session.dispatch({ type: 'WithdrawMoney', accountId, amount: parseAmount('50') });
    await settled(session, store);
    expect(balanceShown(session)).toEqual([75_000]);

    const seen = [1, 2, 3, 4].map((position) => {
      session.seek(position);
      return balanceShown(session)[0];
    });
    expect(seen).toEqual([0, 100_000, 80_000, 75_000]);
    session.seek(2);
    expect(session.view.getState()).toMatchObject({ position: 2, followingPresent: false, head: 4 });
    session.returnToPresent();
    expect(session.view.getState()).toMatchObject({ position: 4, followingPresent: true });
  });

  it('keeps the past still while new events arrive, and follows them at the present', async () => {
    const { store, session } = await startedSession();
    await session.dispatch({ type: 'OpenAccount', owner: 'Ada', initialDeposit: parseAmount('5') });
    await settled(session, store);
    session.seek(0);
    await session.dispatch({
      type: 'DepositMoney',
      accountId: parseAccountId('ACC-001'),
      amount: parseAmount('1'),
    });
    await settled(session, store);
    expect(session.view.getState()).toMatchObject({ position: 0, head: 2 });
    expect(balanceShown(session)).toEqual([]);
    session.returnToPresent();
    expect(balanceShown(session)).toEqual([600]);
  });

  it('restores the read models from the log at start-up', async () => {
    const { store, session } = await startedSession();
    await session.dispatch({ type: 'OpenAccount', owner: 'Ada', initialDeposit: parseAmount('12.34') });
    const restarted = createLedgerSession({ eventStore: store });
    await restarted.start();
    expect(restarted.view.getState()).toMatchObject({ status: 'ready', head: 1, position: 1 });
    expect(balanceShown(restarted)).toEqual([1_234]);
  });

  it('property: live read models equal a fresh fold, and a seek to p equals the fold of the first p events', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(accountCommand, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (commands, checkpointEvery, seekSeeds) => {
          const { store, session } = await startedSession(checkpointEvery);
          for (const command of commands) await session.dispatch(command);
          await settled(session, store);
          expect(session.timeline.present).toEqual(await freshFold(store));
          const head = session.timeline.head;
          for (const seed of seekSeeds) {
            const position = seed % (head + 1);
            expect(session.timeline.seek(position).readModels).toEqual(await freshFold(store, position));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
