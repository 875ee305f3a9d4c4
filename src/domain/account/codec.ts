import { EventSchemaError } from '../EventSchemaError';
import { MAX_AMOUNT_CENTS, type Cents } from '../money';
import type { AccountId } from './accountId';
import { ACCOUNT_EVENT_SCHEMA_VERSION, type AccountEvent } from './events';
import { eventVersionSchema, isKnownEventType, knownVersionsOf, upcastAccountData } from './upcast';

type Fields = Readonly<Record<string, unknown>>;

/**
 * Turns the type, schema version and data of a stored event into a typed, current account event, checking
 * every field. Older versions are upcast first (upcast.ts), so every reader sees the current shape while the
 * log keeps what was written. Anything unknown or malformed throws EventSchemaError: the read side never
 * guesses.
 */
export function decodeAccountEvent(type: string, schemaVersion: number, data: unknown): AccountEvent {
  const fail = (reason: string) => new EventSchemaError(type, schemaVersion, reason);
  if (schemaVersion !== ACCOUNT_EVENT_SCHEMA_VERSION) {
    if (!isKnownEventType(type)) throw fail('unknown event type');
    if (eventVersionSchema(type, schemaVersion) === undefined)
      throw fail(`unknown schema version (known: ${knownVersionsOf(type)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw fail('data is not an object');
  const fields = upcastAccountData(type, schemaVersion, data as Fields);
  switch (type) {
    case 'AccountCreated':
      return {
        type,
        data: {
          accountId: text(fields, 'accountId', fail) as AccountId,
          owner: text(fields, 'owner', fail),
          initialDeposit: centsField(fields, 'initialDeposit', fail, true),
        },
      };
    case 'MoneyDeposited':
    case 'MoneyWithdrawn':
      return { type, data: { amount: centsField(fields, 'amount', fail, false) } };
    case 'AccountClosed':
      return { type, data: {} };
    default:
      throw fail('unknown event type');
  }
}

function text(fields: Fields, key: string, fail: (reason: string) => Error): string {
  const value = fields[key];
  if (typeof value !== 'string' || value === '') throw fail(`${key} must be a non-empty string`);
  return value;
}

/** A whole number of cents, within the largest single amount the domain accepts. */
function centsField(fields: Fields, key: string, fail: (reason: string) => Error, allowZero: boolean): Cents {
  const value = fields[key];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < (allowZero ? 0 : 1)) {
    throw fail(`${key} must be a whole number of cents${allowZero ? '' : ' above zero'}`);
  }
  if (value > MAX_AMOUNT_CENTS) throw fail(`${key} must be at most ${MAX_AMOUNT_CENTS} cents`);
  return value as Cents;
}
