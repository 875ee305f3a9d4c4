import {
  accountDecider,
  accountStreamId,
  ACCOUNT_EVENT_SCHEMA_VERSION,
  decodeAccountEvent,
  type AccountCommand,
  type AccountEvent,
  type AccountState,
} from '../../domain/account';
import type { AggregateDefinition } from '../aggregate';

export const accountAggregate: AggregateDefinition<AccountCommand, AccountEvent, AccountState> = {
  decider: accountDecider,
  streamIdOf: (command) => accountStreamId(command.accountId),
  schemaVersion: ACCOUNT_EVENT_SCHEMA_VERSION,
  decode: decodeAccountEvent,
  restoreSnapshot: restoreAccountState,
};

/** Accepts only a well-formed state; a snapshot from an older or broken build is ignored, not trusted. */
function restoreAccountState(value: unknown): AccountState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const state = value as Record<string, unknown>;
  if (state['status'] === 'empty') return { status: 'empty' };
  const named = typeof state['accountId'] === 'string' && typeof state['owner'] === 'string';
  if (state['status'] === 'closed' && named) return value as AccountState;
  const balance = state['balance'];
  const validBalance = typeof balance === 'number' && Number.isSafeInteger(balance) && balance >= 0;
  if (state['status'] === 'open' && named && validBalance) return value as AccountState;
  return undefined;
}
