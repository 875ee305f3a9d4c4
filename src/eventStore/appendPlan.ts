/**
 * Decides what a sequence of append requests does, as if they were appended one by one, without writing
 * anything: the single place where both implementations apply the rules of `append` and `appendBatch`.
 * The caller loads what it needs of the stored state, plans, and writes the plan in the same transaction.
 *
 * Per request, in order: a command id seen before (stored or earlier in the sequence) replays its result, or
 * throws CommandAlreadyRefusedError for a refused one; then the expected version is checked against the
 * stream's version including earlier requests (ConcurrencyError); then no event id may repeat within the
 * sequence (StorageError). Any throw means nothing of the sequence may be written.
 *
 * Event ids are not checked against the stored log: that would need an index of every event id, rewritten by
 * every bulk write, for ids that are random UUIDs. Commands, not events, are what retries repeat, and command
 * ids are checked against everything ever stored.
 */
import {
  appendResultOf,
  checkExpectedVersion,
  numberEvents,
  replayCommand,
  validateAppendRequest,
} from './appendRules';
import { StorageError } from './errors';
import type { AggregateSnapshot, AppendRequest, AppendResult, CommandRecord, StoredEvent } from './types';

export interface StreamState {
  readonly version: number;
  /** Position of the stream's first event. */
  readonly firstPosition: number;
}

/** What the plan needs to know of the stored log; only asked about the requests' streams and command ids. */
export interface KnownState {
  readonly head: number;
  stream(streamId: string): StreamState | undefined;
  command(commandId: string): CommandRecord | undefined;
}

/** A request that writes: its index in the sequence, its result and its numbered events. */
export interface PlannedAppend {
  readonly index: number;
  readonly request: AppendRequest;
  readonly result: AppendResult;
  readonly events: readonly StoredEvent[];
}

export interface AppendPlan {
  /** One per request, in order: the new result or the replayed original. */
  readonly results: readonly AppendResult[];
  /** Only the requests that write, in position order. */
  readonly appends: readonly PlannedAppend[];
  readonly eventCount: number;
  /** The final state of every stream that receives events. */
  readonly streams: ReadonlyMap<string, StreamState>;
  /** The last snapshot per stream id among the writing requests. */
  readonly snapshots: ReadonlyMap<string, AggregateSnapshot>;
}

/** Programming errors (a request without events, a bad expected version) are thrown before any planning. */
export function validateAll(requests: readonly AppendRequest[]): void {
  for (const request of requests) validateAppendRequest(request);
}

export function planAppends(requests: readonly AppendRequest[], known: KnownState): AppendPlan {
  const results: AppendResult[] = [];
  const appends: PlannedAppend[] = [];
  // Mutable per stream, so that a long batch updates one object per request instead of allocating one.
  const streams = new Map<string, { version: number; firstPosition: number }>();
  const commands = new Map<string, AppendResult>();
  const eventIds = new Set<string>();
  const snapshots = new Map<string, AggregateSnapshot>();
  let head = known.head;

  for (let index = 0; index < requests.length; index += 1) {
    const request = requests[index] as AppendRequest;
    const replayed = commands.get(request.commandId) ?? replayCommand(known.command(request.commandId));
    if (replayed !== undefined) {
      results.push(replayed);
      continue;
    }
    const stream = streamOf(streams, known, request.streamId);
    checkExpectedVersion(request.streamId, request.expected, stream.version);
    const events = numberEvents(request, head, stream.version);
    for (const { id } of events) {
      if (eventIds.has(id)) throw new StorageError(`Event id ${id} appears twice in one append.`);
      eventIds.add(id);
    }
    const result = appendResultOf(request.streamId, head, stream.version, events.length);
    head = result.lastPosition;
    stream.version = result.nextExpectedVersion;
    if (stream.firstPosition === 0) stream.firstPosition = result.firstPosition;
    commands.set(request.commandId, result);
    if (request.snapshot !== undefined) snapshots.set(request.snapshot.streamId, request.snapshot);
    results.push(result);
    appends.push({ index, request, result, events });
  }
  // Every stream in the map received events: a request that reaches streamOf either appends or throws.
  return { results, appends, eventCount: head - known.head, streams, snapshots };
}

/** The stream's state as planned so far, starting from the stored one (firstPosition 0: no events yet). */
function streamOf(
  streams: Map<string, { version: number; firstPosition: number }>,
  known: KnownState,
  streamId: string,
): { version: number; firstPosition: number } {
  let stream = streams.get(streamId);
  if (stream === undefined) {
    const stored = known.stream(streamId);
    stream = { version: stored?.version ?? 0, firstPosition: stored?.firstPosition ?? 0 };
    streams.set(streamId, stream);
  }
  return stream;
}

/** The AbortError that `appendBatch` rejects with once its signal has aborted. */
export function abortError(): DOMException {
  return new DOMException('The batch append was aborted.', 'AbortError');
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw abortError();
}

export function isAbortError(error: unknown): error is DOMException {
  return error instanceof DOMException && error.name === 'AbortError';
}
