/**
 * The round trip: a log exported and imported into a fresh ledger is the identical log (version-1 events
 * stay version 1), exports again to the identical lines, answers the same commands, and starts a session
 * with the identical read models — equal to those of the same ledger written entirely in cents.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventStore } from '../eventStore/EventStore';
import { createInMemoryEventStore } from '../eventStore/inMemoryEventStore';
import type { StoredEvent } from '../eventStore/types';
import { generateLedger } from '../sampleData/generateLedger';
import { freshFold } from '../testing/ledgerFixtures';
import { randomLedger } from '../testing/randomLedger';
import { BASE_EVENTS, file } from './corpus/build';
import { startedModelsOf } from './corpus/startedModels';
import { clampRange, exportToText, readLogChunks } from './exportEvents';
import { importNdjson } from './importNdjson';

const EXPORTED_AT = new Date('2026-05-01T12:00:00.000Z');

/** The same event written in version 1: amounts as decimal currency units. */
function asVersion1(event: StoredEvent): StoredEvent {
  const data = { ...(event.data as Record<string, number>) };
  for (const key of ['amount', 'initialDeposit']) {
    const cents = data[key];
    if (cents !== undefined) data[key] = cents / 100;
  }
  return { ...event, schemaVersion: 1, data };
}

/** A valid ledger: random steps with some events in version 1, or a generated sample ledger with commands. */
const ledger = fc.oneof(
  fc.tuple(randomLedger(), fc.array(fc.boolean(), { maxLength: 60 })).map(([events, versions]) => ({
    original: events,
    events: events.map((event, index) => (versions[index] === true ? asVersion1(event) : event)),
    requests: [],
  })),
  fc.record({ seed: fc.integer(), count: fc.integer({ min: 0, max: 400 }) }).map(({ seed, count }) => ({
    original: [] as StoredEvent[],
    events: [] as StoredEvent[],
    requests: [
      ...generateLedger({ events: count, seed, from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 3, 1) }),
    ],
  })),
);

async function exportAll(store: EventStore, chunkSize: number): Promise<string> {
  const span = clampRange(await store.headPosition());
  return exportToText(readLogChunks(store, span, chunkSize), EXPORTED_AT);
}

function* chunked(text: string, size: number): Generator<string> {
  for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size);
}

describe('export then import', () => {
  it('gives the identical log, commands, lines and read models', async () => {
    await fc.assert(
      fc.asyncProperty(
        ledger,
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 4096 }),
        async ({ original, events, requests }, chunkSize, textChunk) => {
          const source = createInMemoryEventStore();
          if (requests.length > 0) await source.appendBatch(requests);
          else await source.replaceLog(events);
          const text = await exportAll(source, chunkSize);

          const target = createInMemoryEventStore();
          await importNdjson(chunked(text, textChunk), target);

          const log = await source.readAll();
          expect(await target.readAll()).toStrictEqual(log);
          expect(await exportAll(target, 1000)).toBe(text);
          for (const commandId of new Set(log.map((event) => event.metadata.commandId))) {
            if (commandId)
              expect(await target.findCommand(commandId)).toEqual(await source.findCommand(commandId));
          }
          const models = await startedModelsOf(target);
          expect(models).toEqual(await startedModelsOf(source));
          expect(models).toEqual(freshFold(requests.length > 0 ? log : original));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps version-1 events stored as version 1, while every reader sees cents', async () => {
    const store = createInMemoryEventStore();
    await importNdjson([file(BASE_EVENTS)], store);
    const stored = await store.readAll();
    expect(stored.map((event) => [event.schemaVersion, event.data])).toEqual([
      [2, { accountId: 'ACC-001', owner: 'Ada', initialDeposit: 0 }],
      [2, { amount: 100_000 }],
      [1, { accountId: 'ACC-002', owner: 'Bo', initialDeposit: 50.5 }],
      [2, { amount: 20_000 }],
      [1, { amount: 50.5 }],
      [1, {}],
      [1, { amount: 50 }],
    ]);
    const balances = (await startedModelsOf(store)).models.balances;
    expect(balances.get('ACC-001')).toMatchObject({ balance: 75_000, status: 'Open' });
    expect(balances.get('ACC-002')).toMatchObject({ balance: 0, status: 'Closed' });
  });
});
