/**
 * The event store's vocabulary. Generic over aggregates: a stored event carries its type and data as plain
 * JSON, and only the domain knows their shapes.
 */

/** Metadata recorded with every event. `recordedAt` is an ISO-8601 instant. */
export interface EventMetadata {
  readonly recordedAt: string;
  readonly commandId?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly actor?: string;
}

/** An event as the log holds it. `position` is global and gap-free (1..N); `version` is per stream (1..n). */
export interface StoredEvent<Type extends string = string, Data = unknown> {
  readonly id: string;
  readonly position: number;
  readonly streamId: string;
  readonly version: number;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: EventMetadata;
}

/** An event about to be appended: the store assigns position and version. */
export interface NewEvent {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

/**
 * KurrentDB's expected states: `any` skips the check, `no_stream` requires the stream to be empty,
 * `stream_exists` requires at least one event, and a number requires exactly that current version.
 */
export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | number;

/** An aggregate's state at a stream version, persisted so that loading does not replay the whole stream. */
export interface AggregateSnapshot {
  readonly streamId: string;
  readonly version: number;
  readonly state: unknown;
}

export interface AppendRequest {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedVersion;
  /** The command that produced the events; a second append with the same id appends nothing. */
  readonly commandId: string;
  /** Written in the same transaction as the events, so a snapshot never runs ahead of the log. */
  readonly snapshot?: AggregateSnapshot;
}

export interface AppendResult {
  readonly streamId: string;
  /** Positions of the first and last appended event. */
  readonly firstPosition: number;
  readonly lastPosition: number;
  /** The stream's version after the append: the expected version for the next one. */
  readonly nextExpectedVersion: number;
}

/** What became of a command, remembered forever by its id. */
export type CommandRecord =
  | { readonly commandId: string; readonly kind: 'appended'; readonly result: AppendResult }
  | { readonly commandId: string; readonly kind: 'refused'; readonly code: string; readonly message: string };

export interface PositionRange {
  /** Inclusive; defaults to 1. */
  readonly from?: number;
  /** Inclusive; defaults to the head. */
  readonly to?: number;
}

export interface VersionRange {
  readonly fromVersion?: number;
  readonly toVersion?: number;
}

/** Receives appended events in position order, each exactly once, with no gaps. */
export type EventListener = (events: readonly StoredEvent[]) => void;

/** A read model persisted at a checkpoint, for fast start-up. */
export interface ReadModelSnapshot {
  readonly name: string;
  /** The position of the last event folded into `data`. */
  readonly checkpoint: number;
  /** The version of the projection code that wrote it; another version is ignored. */
  readonly schemaVersion: number;
  /** The id of the event at `checkpoint`: if the log holds another event there, the snapshot is stale. */
  readonly fingerprint: string;
  readonly data: unknown;
}
