/** Builders and waiting helpers shared by the event store contract cases. */
import type { EventStore } from '../EventStore';
import type { AggregateSnapshot, AppendRequest, ExpectedVersion, NewEvent, StoredEvent } from '../types';

let counter = 0;

/** An id unique within the test run. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

export function newEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    id: uniqueId('event'),
    type: 'Deposited',
    schemaVersion: 1,
    data: { amountMinor: 100, currency: 'EUR' },
    metadata: { recordedAt: '2024-03-01T09:30:00.000Z' },
    ...overrides,
  };
}

export function newEvents(count: number): NewEvent[] {
  return Array.from({ length: count }, () => newEvent());
}

interface RequestOptions {
  readonly commandId?: string;
  readonly snapshot?: AggregateSnapshot;
}

export function appendRequest(
  streamId: string,
  events: number | readonly NewEvent[],
  expected: ExpectedVersion = 'any',
  options: RequestOptions = {},
): AppendRequest {
  return {
    streamId,
    events: typeof events === 'number' ? newEvents(events) : events,
    expected,
    commandId: options.commandId ?? uniqueId('command'),
    ...(options.snapshot === undefined ? {} : { snapshot: options.snapshot }),
  };
}

/** Appends `count` events to each stream in turn, one append per stream. */
export async function seed(store: EventStore, counts: Readonly<Record<string, number>>): Promise<void> {
  for (const [streamId, count] of Object.entries(counts)) {
    await store.append(appendRequest(streamId, count));
  }
}

/** The rejection reason of `promise`; fails if it fulfils. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject, but it fulfilled.');
}

/** Polls until `condition` holds; fails after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Lets queued deliveries run: enough timer turns for a store to read and call its listeners. */
export async function settle(turns = 10): Promise<void> {
  for (let turn = 0; turn < turns; turn += 1) await new Promise((resolve) => setTimeout(resolve, 1));
}

export interface Collector {
  readonly batches: (readonly StoredEvent[])[];
  readonly positions: () => number[];
  readonly unsubscribe: () => void;
}

export function collect(store: EventStore, afterPosition: number): Collector {
  const batches: (readonly StoredEvent[])[] = [];
  const unsubscribe = store.subscribe(afterPosition, (events) => batches.push(events));
  return { batches, unsubscribe, positions: () => batches.flat().map((event) => event.position) };
}

/** 1..n */
export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(to - from + 1, 0) }, (_, index) => from + index);
}
