import { accountIdOfStream, decodeAccountEvent, type AccountEvent, type AccountId } from '../domain/account';
import type { DomainEvent } from '../domain/decider';
import type { StoredEvent } from '../eventStore/types';

/** A domain event as the log recorded it: typed data plus position, stream, version and metadata. */
export type Recorded<Event extends DomainEvent> = Event extends unknown
  ? Omit<StoredEvent, 'type' | 'data'> & Event
  : never;

/** Every event the ledger's read side understands. A second bounded context adds its union here. */
export type LedgerEvent = Recorded<AccountEvent>;

/** Decodes a stored event for the read side; throws EventSchemaError on anything unknown (fails closed). */
export function toLedgerEvent(stored: StoredEvent): LedgerEvent {
  const event = decodeAccountEvent(stored.type, stored.schemaVersion, stored.data);
  return { ...stored, ...event } as LedgerEvent;
}

/** The account an account-stream event belongs to. */
export function accountOf(event: LedgerEvent): AccountId {
  return accountIdOfStream(event.streamId);
}
