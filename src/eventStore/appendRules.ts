/**
 * The rules every EventStore implementation applies to an append, independent of where events are kept.
 * Implementations call these inside their write transaction so that the check and the write are atomic.
 */
import { CommandAlreadyRefusedError } from './commandErrors';
import { ConcurrencyError } from './errors';
import type { AppendRequest, AppendResult, CommandRecord, ExpectedVersion, StoredEvent } from './types';

/** Rejects requests that can only come from a programming error; these are not storage failures. */
export function validateAppendRequest(request: AppendRequest): void {
  if (request.events.length === 0) {
    throw new Error(`Append to ${request.streamId} has no events.`);
  }
  const { expected } = request;
  if (typeof expected === 'number' && !(Number.isInteger(expected) && expected >= 0)) {
    throw new Error(`Expected version must be a non-negative integer, got ${String(expected)}.`);
  }
}

/** Throws ConcurrencyError unless a stream at `actual` satisfies `expected`. */
export function checkExpectedVersion(streamId: string, expected: ExpectedVersion, actual: number): void {
  if (!satisfies(expected, actual)) {
    throw new ConcurrencyError(streamId, expected, actual);
  }
}

function satisfies(expected: ExpectedVersion, actual: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === 0;
    case 'stream_exists':
      return actual > 0;
    default:
      return actual === expected;
  }
}

/**
 * The answer to a command id seen before: the original result for an appended command, the original
 * refusal (thrown) for a refused one, undefined for a new id.
 */
export function replayCommand(record: CommandRecord | undefined): AppendResult | undefined {
  if (record === undefined) return undefined;
  if (record.kind === 'refused') {
    throw new CommandAlreadyRefusedError(record.commandId, record.code, record.message);
  }
  return record.result;
}

/**
 * The records for a request's events, numbered after the log head and the stream's current version.
 * Only the fields of StoredEvent are kept, so extra properties of the caller's objects never reach the log.
 */
export function numberEvents(request: AppendRequest, head: number, currentVersion: number): StoredEvent[] {
  return request.events.map((event, index) => ({
    id: event.id,
    position: head + index + 1,
    streamId: request.streamId,
    version: currentVersion + index + 1,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
  }));
}

export function appendResultOf(
  streamId: string,
  head: number,
  currentVersion: number,
  count: number,
): AppendResult {
  return {
    streamId,
    firstPosition: head + 1,
    lastPosition: head + count,
    nextExpectedVersion: currentVersion + count,
  };
}
