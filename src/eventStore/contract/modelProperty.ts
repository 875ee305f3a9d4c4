/**
 * Contract, as a property: for random appends and batches of appends over a few streams, with random expected
 * versions and occasionally repeated command ids, the store behaves exactly like a plain reference model. A
 * batch is the model's appends one by one, undone entirely when one of them fails its expected version.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConcurrencyError } from '../errors';
import type { EventStore } from '../EventStore';
import type { AppendRequest, AppendResult, ExpectedVersion } from '../types';
import { appendRequest, newEvents, rejectionOf } from './fixtures';

interface Operation {
  readonly streamId: string;
  readonly count: number;
  readonly expected: ExpectedVersion;
  /** A command id shared with other operations, or null for a fresh one. */
  readonly sharedCommandId: string | null;
}

/** One `append`, or one `appendBatch` of several operations. */
type Step =
  { readonly kind: 'append'; readonly op: Operation } | { readonly kind: 'batch'; readonly ops: Operation[] };

const operation: fc.Arbitrary<Operation> = fc.record({
  streamId: fc.constantFrom('account-a', 'account-b', 'transfer-1'),
  count: fc.integer({ min: 1, max: 3 }),
  expected: fc.oneof(fc.constantFrom<ExpectedVersion>('any', 'no_stream', 'stream_exists'), fc.nat(4)),
  sharedCommandId: fc.oneof(
    { arbitrary: fc.constant(null), weight: 4 },
    { arbitrary: fc.constantFrom('cmd-x', 'cmd-y'), weight: 1 },
  ),
});

const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: operation.map((op) => ({ kind: 'append', op }) as const), weight: 2 },
  {
    arbitrary: fc
      .array(operation, { minLength: 1, maxLength: 6 })
      .map((ops) => ({ kind: 'batch', ops }) as const),
    weight: 1,
  },
);

interface LoggedEvent {
  readonly id: string;
  readonly position: number;
  readonly streamId: string;
  readonly version: number;
}

/** The reference: an array for the log, a map for versions, a map for the outcome of each command id. */
class Model {
  constructor(
    readonly log: LoggedEvent[] = [],
    readonly versions = new Map<string, number>(),
    readonly results = new Map<string, AppendResult>(),
  ) {}

  copy(): Model {
    return new Model([...this.log], new Map(this.versions), new Map(this.results));
  }

  versionOf(streamId: string): number {
    return this.versions.get(streamId) ?? 0;
  }

  accepts(expected: ExpectedVersion, actual: number): boolean {
    if (expected === 'any') return true;
    if (expected === 'no_stream') return actual === 0;
    if (expected === 'stream_exists') return actual > 0;
    return expected === actual;
  }

  /** The result of the request, or the version it failed against. */
  apply(request: AppendRequest): AppendResult | { readonly actual: number } {
    const recorded = this.results.get(request.commandId);
    if (recorded !== undefined) return recorded;
    const { streamId } = request;
    const version = this.versionOf(streamId);
    if (!this.accepts(request.expected, version)) return { actual: version };
    request.events.forEach(({ id }, index) => {
      this.log.push({ id, position: this.log.length + 1, streamId, version: version + index + 1 });
    });
    const count = request.events.length;
    const result = {
      streamId,
      firstPosition: this.log.length - count + 1,
      lastPosition: this.log.length,
      nextExpectedVersion: version + count,
    };
    this.versions.set(streamId, result.nextExpectedVersion);
    this.results.set(request.commandId, result);
    return result;
  }
}

function requestOf(op: Operation, fresh: string): AppendRequest {
  return appendRequest(op.streamId, newEvents(op.count), op.expected, {
    commandId: op.sharedCommandId ?? fresh,
  });
}

/** Applies the step to the store and the model; returns the model to continue with. */
async function applyStep(store: EventStore, model: Model, step: Step, index: number): Promise<Model> {
  const ops = step.kind === 'append' ? [step.op] : step.ops;
  const requests = ops.map((op, opIndex) => requestOf(op, `fresh-${index}-${opIndex}`));
  const next = model.copy();
  const outcomes = requests.map((request) => next.apply(request));
  const failed = outcomes.findIndex((outcome) => 'actual' in outcome);
  const call = () =>
    step.kind === 'append'
      ? store.append(requests[0] as AppendRequest).then((r) => [r])
      : store.appendBatch(requests);
  if (failed === -1) {
    expect(await call()).toEqual(outcomes);
    return next;
  }
  const error = await rejectionOf(call());
  const op = ops[failed];
  expect(error).toBeInstanceOf(ConcurrencyError);
  expect(error).toMatchObject({ streamId: op?.streamId, expected: op?.expected, ...outcomes[failed] });
  return model;
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
  for (const [commandId, result] of model.results) {
    expect(await store.findCommand(commandId)).toEqual({ commandId, kind: 'appended', result });
  }
}

export function describeModelProperty(create: () => Promise<EventStore>): void {
  describe('reference model', () => {
    it('keeps positions gap-free, versions contiguous and failed appends empty for any append sequence', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 20 }), async (steps) => {
          const store = await create();
          try {
            let model = new Model();
            for (const [index, each] of steps.entries()) model = await applyStep(store, model, each, index);
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
