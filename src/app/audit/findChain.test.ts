import { describe, expect, it } from 'vitest';
import type { AccountId } from '../../domain/account';
import { parseAmount } from '../../domain/money';
import type { EventStore } from '../../eventStore/EventStore';
import { createInMemoryEventStore } from '../../eventStore/inMemoryEventStore';
import type { StoredEvent } from '../../eventStore/types';
import { closingTab } from '../../testing/closingTab';
import { createLedgerSession } from '../ledgerSession';
import { resumeTransfers, runTransfer } from '../transfer/runTransfer';
import { eventsUnder } from './causationTree';
import { findChain } from './findChain';

const A = 'ACC-001' as AccountId;
const B = 'ACC-002' as AccountId;

async function ledger() {
  const store = createInMemoryEventStore();
  const session = createLedgerSession({ eventStore: store });
  await session.start();
  await session.dispatch({ type: 'OpenAccount', owner: 'Ada', initialDeposit: parseAmount('1000') });
  await session.dispatch({ type: 'OpenAccount', owner: 'Bo', initialDeposit: parseAmount('1') });
  const noise = async (count: number) => {
    for (let i = 0; i < count; i++)
      await session.dispatch({ type: 'DepositMoney', accountId: B, amount: parseAmount('1') });
  };
  return { store, session, noise };
}

/** Counts the events a store hands out, to show the reads stay bounded. */
function counting(store: EventStore): { store: EventStore; read: () => number } {
  let read = 0;
  const counted: EventStore = Object.create(store);
  counted.readAll = async (range) => {
    const events = await store.readAll(range);
    read += events.length;
    return events;
  };
  return { store: counted, read: () => read };
}

const positions = (events: readonly StoredEvent[]) => events.map((event) => event.position);

describe('finding a causation chain', () => {
  it('follows a transfer from its command through the withdrawal to the deposit, reading only near it', async () => {
    const { store, session, noise } = await ledger();
    await noise(300);
    await runTransfer(session, { from: A, to: B, amount: parseAmount('5') }, 'Grace');
    await noise(300);
    const [withdrawal] = await store.readAll({ from: 303, to: 303 });
    const correlationId = withdrawal?.metadata.correlationId ?? '';

    const { store: watched, read } = counting(store);
    const chain = await findChain(watched, correlationId, 304, { window: 50, scanLimit: 1000 });
    expect(chain.root.commandId).toBe(correlationId);
    expect(chain.root.events.map((node) => node.event.type)).toEqual(['MoneyWithdrawn']);
    const [depositCommand] = chain.root.events[0]?.caused ?? [];
    expect(depositCommand?.events.map((node) => [node.event.position, node.event.type])).toEqual([
      [304, 'MoneyDeposited'],
    ]);
    expect(positions(eventsUnder(chain.root))).toEqual([303, 304]);
    expect(chain.scanStoppedAt).toBeNull();
    expect(read()).toBeLessThanOrEqual(2 + 50);
  });

  it('shows the refund of a refused deposit under the withdrawal that triggered it', async () => {
    const { store, session } = await ledger();
    await session.dispatch({ type: 'WithdrawMoney', accountId: B, amount: parseAmount('1') });
    await session.dispatch({ type: 'CloseAccount', accountId: B });
    await runTransfer(session, { from: A, to: B, amount: parseAmount('5') });
    const [withdrawal, refund] = await store.readAll({ from: 5 });
    const chain = await findChain(store, withdrawal?.metadata.commandId ?? '', 6);
    const [refundCommand] = chain.root.events[0]?.caused ?? [];
    expect(refundCommand?.events[0]?.event).toEqual(refund);
    expect(refund?.streamId).toBe('account-ACC-001');
  });

  it('misses a reaction later than the window, and says where a scan was cut', async () => {
    const { store, session, noise } = await ledger();
    await session.dispatch({ type: 'WithdrawMoney', accountId: A, amount: parseAmount('5') });
    const [withdrawal] = await store.readAll({ from: 3, to: 3 });
    if (!withdrawal) throw new Error('no withdrawal');
    const correlationId = withdrawal.metadata.commandId ?? '';
    await noise(20);
    const links = { correlationId, causationId: withdrawal.id };
    await session.dispatch({ type: 'DepositMoney', accountId: B, amount: parseAmount('5') }, links);

    const near = await findChain(store, correlationId, 3, { window: 8, scanLimit: 1000 });
    expect(positions(eventsUnder(near.root))).toEqual([3]);
    const wide = await findChain(store, correlationId, 3, { window: 32, scanLimit: 1000 });
    expect(positions(eventsUnder(wide.root))).toEqual([3, 24]);
    const cut = await findChain(store, correlationId, 3, { window: 32, scanLimit: 10 });
    expect(cut.scanStoppedAt).toBe(12);
  });

  it("finds a transfer's deposit however late it came (a transfer finished after an interruption)", async () => {
    const { store, session, noise } = await ledger();
    void runTransfer(closingTab(session), { from: A, to: B, amount: parseAmount('5') });
    await new Promise((resume) => setTimeout(resume, 0));
    await noise(40);
    expect((await resumeTransfers(session)).map((state) => state.step)).toEqual(['completed']);
    const [withdrawal] = await store.readAll({ from: 3, to: 3 });
    const chain = await findChain(store, withdrawal?.metadata.commandId ?? '', 3, {
      window: 8,
      scanLimit: 1000,
    });
    expect(positions(eventsUnder(chain.root))).toEqual([3, 44]);
    expect(chain.strays).toEqual([]);
  });

  it('starts at the clicked event when the correlation is no command of this log', async () => {
    const { store, session } = await ledger();
    await session.dispatch(
      { type: 'DepositMoney', accountId: A, amount: parseAmount('2') },
      { correlationId: 'from-elsewhere' },
    );
    const chain = await findChain(store, 'from-elsewhere', 3);
    expect(chain.root.events).toEqual([]);
    expect(chain.strays.flatMap((command) => positions(eventsUnder(command)))).toEqual([3]);
  });
});
