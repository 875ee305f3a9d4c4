import { accountIdOfStream, decodeAccountEvent, type AccountEventType } from '../domain/account';
import { assertNever } from '../shared/assertNever';
import type { StoredEvent } from '../eventStore/types';

/**
 * One event as the read side folds it: flat and numeric, so that a million of them fold without building a
 * million objects. Folds read it and must not keep it: the same object is refilled for the next event.
 */
export interface LedgerFact {
  position: number;
  streamId: string;
  accountId: string;
  version: number;
  type: AccountEventType;
  /** Cents: the initial deposit, the deposit or the withdrawal (always ≥ 0); 0 for a closing. */
  amount: number;
  /** The owner, for AccountCreated; '' otherwise. */
  owner: string;
  /** Milliseconds since the epoch. */
  recordedAt: number;
  /** Who issued the command; '' when nobody was recorded. */
  actor: string;
}

export function emptyLedgerFact(): LedgerFact {
  return {
    position: 0,
    streamId: '',
    accountId: '',
    version: 0,
    type: 'AccountClosed',
    amount: 0,
    owner: '',
    recordedAt: 0,
    actor: '',
  };
}

/**
 * Decodes a stored event into a fact (into `into` when given, to reuse it). Unknown types, versions or
 * malformed data throw EventSchemaError: the read side fails closed.
 */
export function factFromStored(stored: StoredEvent, into: LedgerFact = emptyLedgerFact()): LedgerFact {
  const event = decodeAccountEvent(stored.type, stored.schemaVersion, stored.data);
  into.position = stored.position;
  into.streamId = stored.streamId;
  into.accountId = accountIdOfStream(stored.streamId);
  into.version = stored.version;
  into.type = event.type;
  into.owner = event.type === 'AccountCreated' ? event.data.owner : '';
  into.recordedAt = Date.parse(stored.metadata.recordedAt);
  into.actor = stored.metadata.actor ?? '';
  switch (event.type) {
    case 'AccountCreated':
      into.amount = event.data.initialDeposit;
      break;
    case 'MoneyDeposited':
    case 'MoneyWithdrawn':
      into.amount = event.data.amount;
      break;
    case 'AccountClosed':
      into.amount = 0;
      break;
    default:
      assertNever(event, 'account event');
  }
  return into;
}

/** The event's data as the log stores it, rebuilt from a fact (for display). */
export function dataOfFact(fact: LedgerFact): Record<string, unknown> {
  switch (fact.type) {
    case 'AccountCreated':
      return { accountId: fact.accountId, owner: fact.owner, initialDeposit: fact.amount };
    case 'MoneyDeposited':
    case 'MoneyWithdrawn':
      return { amount: fact.amount };
    case 'AccountClosed':
      return {};
    default:
      return assertNever(fact.type, 'account event type');
  }
}

/** Anything that can refill a fact by position: the log in memory. */
export interface LedgerFactSource {
  readonly length: number;
  factAt(position: number, into: LedgerFact): LedgerFact;
}
