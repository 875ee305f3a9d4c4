/**
 * Contract property: for random appends over a few streams with random expected versions and occasionally
 * repeated command ids, the store behaves exactly like a plain reference model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConcurrencyError } from '../errors';
import type { EventStore } from '../EventStore';
import type { AppendResult, ExpectedVersion } from '../types';
import { appendRequest, newEvents, rejectionOf } from './fixtures';

interface Operation {
  readonly streamId: string;
  readonly count: number;
  readonly expected: ExpectedVersion;
  /** A command id shared with other operations, or null for a fresh one. */
  readonly sharedCommandId: string | null;
}

const operation: fc.Arbitrary<Operation> = fc.record({
  streamId: fc.constantFrom('account-a', 'account-b', 'transfer-1'),
  count: fc.integer({ min: 1, max: 3 }),
  expected: fc.oneof(fc.constantFrom<ExpectedVersion>('any', 'no_stream', 'stream_exists'), fc.nat(4)),
  sharedCommandId: fc.oneof(
    { arbitrary: fc.constant(null), weight: 4 },
    { arbitrary: fc.constantFrom('cmd-x', 'cmd-y'), weight: 1 },
  ),
});

interface LoggedEvent {
  readonly id: string;
  readonly position: number;
  readonly streamId: string;
  readonly version: number;
}

/** The reference: an array for the log, a map for versions, a map for the outcome of each command id. */
class Model {
  readonly log: LoggedEvent[] = [];
  readonly versions = new Map<string, number>();
  readonly results = new Map<string, AppendResult>();

  versionOf(streamId: string): number {
    return this.versions.get(streamId) ?? 0;
  }

  accepts(expected: ExpectedVersion, actual: number): boolean {
    if (expected === 'any') return true;
    if (expected === 'no_stream') return actual === 0;
    if (expected === 'stream_exists') return actual > 0;
    return expected === actual;
  }

  append(streamId: string, eventIds: readonly string[], commandId: string): AppendResult {
    const version = this.versionOf(streamId);
    eventIds.forEach((id, index) => {
      this.log.push({ id, position: this.log.length + 1, streamId, version: version + index + 1 });
    });
    const result = {
      streamId,
      firstPosition: this.log.length - eventIds.length + 1,
      lastPosition: this.log.length,
      nextExpectedVersion: version + eventIds.length,
    };
    this.versions.set(streamId, result.nextExpectedVersion);
    this.results.set(commandId, result);
    return result;
  }
}

async function applyOperation(store: EventStore, model: Model, op: Operation, index: number): Promise<void> {
  const commandId = op.sharedCommandId ?? `fresh-${index}`;
  const events = newEvents(op.count);
  const request = appendRequest(op.streamId, events, op.expected, { commandId });
  const recorded = model.results.get(commandId);
  const actual = model.versionOf(op.streamId);
  if (recorded !== undefined) {
    expect(await store.append(request)).toEqual(recorded);
  } else if (model.accepts(op.expected, actual)) {
    const expectedResult = model.append(
      op.streamId,
      events.map((event) => event.id),
      commandId,
    );
    expect(await store.append(request)).toEqual(expectedResult);
  } else {
    const error = await rejectionOf(store.append(request));
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({ streamId: op.streamId, expected: op.expected, actual });
  }
}

async function expectSameAsModel(store: EventStore, model: Model): Promise<void> {
  const log = (await store.readAll()).map(({ id, position, streamId, version }) => ({
    id,
    position,
    streamId,
    version,
  }));
  expect(log).toEqual(model.log);
  expect(await store.headPosition()).toBe(model.log.length);
  expect(await store.streamIds()).toEqual([...model.versions.keys()].sort());
  for (const [streamId, version] of model.versions) {
    expect(await store.streamVersion(streamId)).toBe(version);
    const stream = await store.readStream(streamId);
    expect(stream.map((event) => event.version)).toEqual(Array.from({ length: version }, (_, i) => i + 1));
  }
}

export function describeModelProperty(create: () => Promise<EventStore>): void {
  describe('reference model', () => {
    it('keeps positions gap-free, versions contiguous and failed appends empty for any append sequence', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 20 }), async (operations) => {
          const store = await create();
          try {
            const model = new Model();
            for (const [index, op] of operations.entries()) await applyOperation(store, model, op, index);
            await expectSameAsModel(store, model);
          } finally {
            store.close();
          }
        }),
        { numRuns: 30 },
      );
    });
  });
}
