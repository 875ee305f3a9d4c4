import { describe, expect, it } from 'vitest';
import type { AccountCommand } from '../domain/account';
import type { Cents } from '../domain/money';
import { ConcurrencyError } from '../eventStore/errors';
import type { EventStore } from '../eventStore/EventStore';
import { createInMemoryEventStore } from '../eventStore/inMemoryEventStore';
import { accountAggregate } from './account/accountAggregate';
import { dispatchAccountCommand } from './account/dispatchAccountCommand';
import { handleCommand, type CommandDependencies } from './handleCommand';
import { loadAggregate } from './loadAggregate';
import { commandDependencies, deposit, openAccount, withdraw } from '../testing/accountCommands';

const open = openAccount;
const dependencies = (store: EventStore = createInMemoryEventStore(), snapshotEvery = 100) =>
  commandDependencies(store, { snapshotEvery });

const run = (deps: CommandDependencies, command: AccountCommand, commandId: string) =>
  handleCommand(deps, accountAggregate, command, { commandId, actor: 'teller' });

describe('handleCommand', () => {
  it('appends the decided events with full metadata and the expected version', async () => {
    const deps = dependencies();
    await run(deps, open, 'c1');
    const outcome = await run(deps, deposit(100_000), 'c2');
    expect(outcome).toEqual({
      status: 'accepted',
      duplicate: false,
      result: { streamId: 'account-ACC-001', firstPosition: 2, lastPosition: 2, nextExpectedVersion: 2 },
    });
    const [, stored] = await deps.store.readAll();
    expect(stored).toMatchObject({
      type: 'MoneyDeposited',
      schemaVersion: 2,
      version: 2,
      data: { amount: 100_000 },
      metadata: {
        recordedAt: '2026-05-01T12:00:00.000Z',
        commandId: 'c2',
        correlationId: 'c2',
        causationId: 'c2',
        actor: 'teller',
      },
    });
  });

  it('answers a repeated command id with the original outcome and appends nothing', async () => {
    const deps = dependencies();
    await run(deps, open, 'c1');
    const first = await run(deps, deposit(500), 'c2');
    const again = await run(deps, deposit(500), 'c2');
    expect(again).toEqual({ ...first, duplicate: true });
    expect(await deps.store.headPosition()).toBe(2);
  });

  it('refuses by the rules, appends nothing, and gives the same refusal to a retry', async () => {
    const deps = dependencies();
    await run(deps, open, 'c1');
    const refused = await run(deps, withdraw(1), 'c2');
    expect(refused).toMatchObject({ status: 'refused', violation: { code: 'InsufficientFunds' } });
    await run(deps, deposit(10), 'c3');
    // The balance would now allow it, but the command with that id was already refused: it stays refused.
    expect(await run(deps, withdraw(1), 'c2')).toMatchObject({
      status: 'refused',
      violation: { code: 'InsufficientFunds' },
    });
    expect(await deps.store.headPosition()).toBe(2);
  });

  it('answers with the outcome on record when another tab carried out the same command id meanwhile', async () => {
    const store = createInMemoryEventStore();
    const deps = dependencies(store);
    await run(deps, open, 'c1');
    // Between this tab's refusal and its record of it, another tab appends a command with the same id.
    const recordRefusal = store.recordRefusal.bind(store);
    store.recordRefusal = async (commandId, code, message) => {
      await run(dependencies(store), deposit(5), commandId);
      return recordRefusal(commandId, code, message);
    };
    const outcome = await run(deps, withdraw(1), 'c2');
    expect(outcome).toMatchObject({ status: 'accepted', duplicate: true, result: { firstPosition: 2 } });
  });

  it('decides again once on a concurrency conflict', async () => {
    const store = createInMemoryEventStore();
    const deps = dependencies(racingStore(store, 1));
    await run(dependencies(store), open, 'c0');
    await run(dependencies(store), deposit(300), 'c1');
    const outcome = await run(deps, withdraw(300), 'c2');
    // A competing withdrawal of 100 landed first; deciding again sees 200 left and refuses.
    expect(outcome).toMatchObject({ status: 'refused', violation: { code: 'InsufficientFunds' } });
    expect((await store.readAll()).map((event) => event.type)).toEqual([
      'AccountCreated',
      'MoneyDeposited',
      'MoneyWithdrawn',
    ]);
  });

  it('reports a second conflict in a row as a ConcurrencyError', async () => {
    const store = createInMemoryEventStore();
    await run(dependencies(store), open, 'c0');
    await run(dependencies(store), deposit(10_000), 'c1');
    const deps = dependencies(racingStore(store, 2));
    await expect(run(deps, withdraw(100), 'c2')).rejects.toBeInstanceOf(ConcurrencyError);
  });

  it('persists a snapshot every N events and loads from it', async () => {
    const deps = dependencies(createInMemoryEventStore(), 3);
    await run(deps, open, 'c0');
    for (let index = 1; index <= 7; index++) await run(deps, deposit(100), `c${index}`);
    expect(await deps.store.loadSnapshot('account-ACC-001')).toEqual({
      streamId: 'account-ACC-001',
      version: 6,
      state: { status: 'open', accountId: 'ACC-001', owner: 'Ada', balance: 500 },
    });
    const loaded = await loadAggregate(deps.store, accountAggregate, 'account-ACC-001');
    expect(loaded).toEqual({
      state: { status: 'open', accountId: 'ACC-001', owner: 'Ada', balance: 700 },
      version: 8,
      snapshotVersion: 6,
      replayed: 2,
    });
  });

  it('fills in the next free account id when none is given', async () => {
    const deps = dependencies();
    const context = (commandId: string) => ({ commandId });
    await dispatchAccountCommand(
      deps,
      { type: 'OpenAccount', owner: 'Ada', initialDeposit: 0 as Cents },
      context('a'),
    );
    const second = await dispatchAccountCommand(
      deps,
      { type: 'OpenAccount', owner: 'Bo', initialDeposit: 5 as Cents },
      context('b'),
    );
    expect(second).toMatchObject({ status: 'accepted', result: { streamId: 'account-ACC-002' } });
  });
});

/**
 * A store where, for the first `races` appends, another writer withdraws 100 from the same stream just
 * before: the way two tabs collide.
 */
function racingStore(store: EventStore, races: number): EventStore {
  let remaining = races;
  const append: EventStore['append'] = async (request) => {
    if (remaining-- > 0) {
      const version = await store.streamVersion(request.streamId);
      const rival = `rival-${remaining}`;
      const metadata = { recordedAt: '2026-05-01T11:00:00.000Z' };
      await store.append({
        streamId: request.streamId,
        expected: version,
        commandId: rival,
        events: [{ id: rival, type: 'MoneyWithdrawn', schemaVersion: 2, data: { amount: 100 }, metadata }],
      });
    }
    return store.append(request);
  };
  return new Proxy(store, {
    get: (target, property) => {
      if (property === 'append') return append;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
