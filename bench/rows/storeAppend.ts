import Dexie, { type Table } from 'dexie';
import { dispatchAccountCommand } from '../../src/commands/account/dispatchAccountCommand';
import { ACCOUNT_EVENT_SCHEMA_VERSION, accountIdOfStream } from '../../src/domain/account';
import { cents } from '../../src/domain/money';
import { openDexieEventStore } from '../../src/eventStore/dexie/dexieEventStore';
import type { EventStore } from '../../src/eventStore/EventStore';
import type { NewEvent, StoredEvent } from '../../src/eventStore/types';
import { countLabel, LEDGER_SEED, sampleLedger } from '../ledgers';
import { seededRandom, type Random } from '../prng';
import { row, type BenchModule } from '../row';
import { percentile, settleHeap, timeAsync } from '../stats';
import { FRAME_MS, INSTANT_MS } from '../targets';

const SEED_EVENTS = 3_000;
const APPENDS = 200;
const WARM_UP = 10;
const DATABASES = { store: 'bench-store', bare: 'bench-bare' } as const;

/** The baseline's database: one table keyed by position, nothing else. */
class BareDatabase extends Dexie {
  events!: Table<StoredEvent, number>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ events: 'position' });
  }
}

/** An open account of the seeded log and the version its stream is at. */
interface Target {
  readonly streamId: string;
  version: number;
}

/**
 * Appends of one event through the Dexie event store (the app's durable log) into a fresh on-disk database
 * already holding 3,000 events in ~50 streams: p50 and p99 over 200 appends, after 10 unmeasured ones.
 * Baseline: one bare Dexie `add` of the same record (one IndexedDB read-write transaction, the floor any
 * append pays), interleaved with the store's appends. Then the same for a whole command through
 * `dispatchAccountCommand` (find command, load aggregate, decide, append), whose baseline is the store append.
 */
export const storeAppendModule: BenchModule = {
  name: 'Append through the Dexie store',
  async run({ log }) {
    await Promise.all(Object.values(DATABASES).map((name) => Dexie.delete(name)));
    const store = await openDexieEventStore({ databaseName: DATABASES.store });
    const bare = new BareDatabase(DATABASES.bare);
    try {
      await bare.open();
      const targets = await seed(store, bare);
      log(`seeded ${SEED_EVENTS} events; appending to ${targets.length} open accounts`);
      await settleHeap();
      const random = seededRandom(LEDGER_SEED);
      const { appends, adds } = await measureAppends(store, bare, targets, random);
      const dispatches = await measureDispatches(store, targets, random);
      const p = (samples: number[], rank: number) => percentile(samples, rank);
      const stored = `${countLabel(SEED_EVENTS)} events stored`;
      return [
        row({
          name: `Store append p50, ${stored}`,
          value: p(appends, 50),
          unit: 'ms',
          target: FRAME_MS,
          baseline: p(adds, 50),
        }),
        row({
          name: `Store append p99, ${stored}`,
          value: p(appends, 99),
          unit: 'ms',
          target: INSTANT_MS,
          baseline: p(adds, 99),
        }),
        row({
          name: 'Command dispatch p50 (deposit)',
          value: p(dispatches, 50),
          unit: 'ms',
          target: FRAME_MS,
          baseline: p(appends, 50),
        }),
        row({
          name: 'Command dispatch p99 (deposit)',
          value: p(dispatches, 99),
          unit: 'ms',
          target: INSTANT_MS,
          baseline: p(appends, 99),
        }),
      ];
    } finally {
      store.close();
      bare.close();
      await Promise.all(Object.values(DATABASES).map((name) => Dexie.delete(name)));
    }
  },
};

/** One append per stream (its whole history) into the store, one bulkAdd into the bare table. */
async function seed(store: EventStore, bare: BareDatabase): Promise<Target[]> {
  const events = sampleLedger(SEED_EVENTS);
  const streams = new Map<string, NewEvent[]>();
  for (const { id, type, schemaVersion, data, metadata, streamId } of events) {
    const history = streams.get(streamId) ?? [];
    history.push({ id, type, schemaVersion, data, metadata });
    streams.set(streamId, history);
  }
  for (const [streamId, history] of streams) {
    await store.append({ streamId, events: history, expected: 'no_stream', commandId: `seed-${streamId}` });
  }
  await bare.events.bulkAdd(events.map((event) => ({ ...event })));
  return [...streams]
    .filter(([, history]) => history.at(-1)?.type !== 'AccountClosed')
    .map(([streamId, history]) => ({ streamId, version: history.length }));
}

/** Store appends and bare adds, alternating, each of a one-event deposit to a random open account. */
async function measureAppends(
  store: EventStore,
  bare: BareDatabase,
  targets: Target[],
  random: Random,
): Promise<{ appends: number[]; adds: number[] }> {
  const appends: number[] = [];
  const adds: number[] = [];
  for (let i = 0; i < WARM_UP + APPENDS; i += 1) {
    const target = random.pick(targets);
    const event = deposit(`bench-append-${i}`);
    const request = {
      streamId: target.streamId,
      events: [event],
      expected: target.version,
      commandId: event.id,
    };
    const appendMs = await timeAsync(() => store.append(request));
    target.version += 1;
    const record = {
      ...event,
      position: SEED_EVENTS + i + 1,
      streamId: target.streamId,
      version: target.version,
    };
    const addMs = await timeAsync(() => bare.events.add(record));
    if (i >= WARM_UP) {
      appends.push(appendMs);
      adds.push(addMs);
    }
  }
  return { appends, adds };
}

/** Whole deposit commands to random open accounts, as the UI issues them. */
async function measureDispatches(store: EventStore, targets: Target[], random: Random): Promise<number[]> {
  const deps = { store, now: () => new Date(), newId: () => crypto.randomUUID(), snapshotEvery: 100 };
  const dispatches: number[] = [];
  for (let i = 0; i < WARM_UP + APPENDS; i += 1) {
    const accountId = accountIdOfStream(random.pick(targets).streamId);
    const command = { type: 'DepositMoney', accountId, amount: cents(100) } as const;
    let status = '';
    const ms = await timeAsync(async () => {
      status = (await dispatchAccountCommand(deps, command, { commandId: `bench-dispatch-${i}` })).status;
    });
    if (status !== 'accepted') throw new Error(`A deposit to ${accountId} was ${status}.`);
    if (i >= WARM_UP) dispatches.push(ms);
  }
  return dispatches;
}

/** A deposit of 1.00 as a new event; its id doubles as the command id. */
function deposit(id: string): NewEvent {
  return {
    id,
    type: 'MoneyDeposited',
    schemaVersion: ACCOUNT_EVENT_SCHEMA_VERSION,
    data: { amount: 100 },
    metadata: { recordedAt: new Date().toISOString(), commandId: id },
  };
}
