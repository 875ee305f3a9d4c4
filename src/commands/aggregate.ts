import type { Decider, DomainEvent } from '../domain/decider';

/**
 * What the generic command engine needs to know about one kind of aggregate. Nothing here is specific to
 * accounts, so a second bounded context (orders) plugs in the same way.
 */
export interface AggregateDefinition<Command, Event extends DomainEvent, State> {
  readonly decider: Decider<Command, Event, State>;
  /** The stream a command acts on, e.g. "account-ACC-001". */
  streamIdOf(command: Command): string;
  /** The schema version written for new events of this aggregate. */
  readonly schemaVersion: number;
  /** Decodes a stored event of this aggregate's stream; throws EventSchemaError on anything unknown. */
  decode(type: string, schemaVersion: number, data: unknown): Event;
  /** Validates a persisted snapshot's state; `undefined` means "ignore it and replay the stream". */
  restoreSnapshot(state: unknown): State | undefined;
}
