import { describe, expect, it } from 'vitest';
import type { EventStore } from '../eventStore/EventStore';
import { createInMemoryEventStore } from '../eventStore/inMemoryEventStore';
import { accountAggregate } from './account/accountAggregate';
import { AggregateCache } from './aggregateCache';
import { handleCommand } from './handleCommand';
import { commandDependencies, deposit, openAccount, withdraw } from '../testing/accountCommands';

const open = openAccount;
const deps = (store: EventStore, cache?: AggregateCache<unknown>) =>
  commandDependencies(store, cache ? { cache } : {});

/** Counts the store's reads, to show which commands needed none. */
function countingReads(store: EventStore): { store: EventStore; reads: () => number } {
  let reads = 0;
  const counted = new Set(['findCommand', 'loadSnapshot', 'readStream', 'readAll', 'streamVersion']);
  const proxy = new Proxy(store, {
    get: (target, property) => {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (counted.has(String(property))) reads++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, reads: () => reads };
}

describe('handleCommand with an aggregate cache', () => {
  it('decides a command on a stream it wrote without reading the store', async () => {
    const { store, reads } = countingReads(createInMemoryEventStore());
    const writer = deps(store, new AggregateCache());
    await handleCommand(writer, accountAggregate, open, { commandId: 'c1' });
    const before = reads();
    const outcome = await handleCommand(writer, accountAggregate, deposit(500), { commandId: 'c2' });
    expect(outcome).toMatchObject({
      status: 'accepted',
      duplicate: false,
      result: { nextExpectedVersion: 2 },
    });
    expect(reads()).toBe(before);
  });

  it('recovers from a stale entry: the conflict reloads from the store', async () => {
    const store = createInMemoryEventStore();
    const mine = deps(store, new AggregateCache());
    await handleCommand(mine, accountAggregate, open, { commandId: 'c1' });
    await handleCommand(deps(store), accountAggregate, deposit(1_000), { commandId: 'other-tab' });
    const outcome = await handleCommand(mine, accountAggregate, deposit(1), { commandId: 'c2' });
    expect(outcome).toMatchObject({ status: 'accepted', result: { nextExpectedVersion: 3 } });
    const events = await store.readAll();
    expect(events.map((event) => event.version)).toEqual([1, 2, 3]);
  });

  it('never refuses on a stale entry: the refusal is decided again on the store’s state', async () => {
    const store = createInMemoryEventStore();
    const mine = deps(store, new AggregateCache());
    await handleCommand(mine, accountAggregate, open, { commandId: 'c1' });
    await handleCommand(deps(store), accountAggregate, deposit(1_000), { commandId: 'other-tab' });
    const outcome = await handleCommand(mine, accountAggregate, withdraw(600), { commandId: 'c2' });
    expect(outcome).toMatchObject({ status: 'accepted' });
  });

  it('reports a repeated command as a duplicate, and appends nothing', async () => {
    const store = createInMemoryEventStore();
    const mine = deps(store, new AggregateCache());
    await handleCommand(mine, accountAggregate, open, { commandId: 'c1' });
    const first = await handleCommand(mine, accountAggregate, deposit(5), { commandId: 'c2' });
    const again = await handleCommand(mine, accountAggregate, deposit(5), { commandId: 'c2' });
    expect(again).toEqual({ ...first, duplicate: true });
    const emptied = await handleCommand(mine, accountAggregate, withdraw(5), { commandId: 'c3' });
    // Deciding c3 again would now be refused (balance 0), but its id already has an outcome: accepted.
    expect(await handleCommand(mine, accountAggregate, withdraw(5), { commandId: 'c3' })).toEqual({
      ...emptied,
      duplicate: true,
    });
    expect(await store.headPosition()).toBe(3);
  });
});
