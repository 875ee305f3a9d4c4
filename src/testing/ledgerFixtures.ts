import type { AccountEvent } from '../domain/account';
import type { StoredEvent } from '../eventStore/types';
import { EventColumns } from '../eventLog/eventColumns';
import { factFromStored, type LedgerFact } from '../projections/ledgerFact';
import { ledgerProjections, type LedgerModels } from '../projections/ledgerProjections';
import { foldReadModels, initialReadModels, type ReadModels } from '../projections/projection';

/** Test data for the read side: records account events as the store would, one position and version each. */
export function recordLedger(
  entries: readonly { readonly account: string; readonly event: AccountEvent; readonly at?: string }[],
): StoredEvent[] {
  const versions = new Map<string, number>();
  return entries.map(({ account, event, at }, index) => {
    const streamId = `account-${account}`;
    const version = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, version);
    return {
      id: `event-${index + 1}`,
      position: index + 1,
      streamId,
      version,
      schemaVersion: 2,
      type: event.type,
      data: event.data,
      metadata: { recordedAt: at ?? `2026-01-0${1 + (index % 3)}T10:00:00.000Z`, actor: 'tester' },
    };
  });
}

/** A deposit or a withdrawal of `amount` cents, as the decider records it. */
export function money(type: 'MoneyDeposited' | 'MoneyWithdrawn', amount: number): AccountEvent {
  return { type, data: { amount } } as AccountEvent;
}

/** The textbook story: ACC-001 opened with 0, then +1,000, −200, −50. */
export function textbookStory(): StoredEvent[] {
  return recordLedger([
    { account: 'ACC-001', event: created('ACC-001', 0), at: '2026-01-01T09:00:00.000Z' },
    { account: 'ACC-001', event: money('MoneyDeposited', 100_000), at: '2026-01-01T10:00:00.000Z' },
    { account: 'ACC-001', event: money('MoneyWithdrawn', 20_000), at: '2026-01-02T10:00:00.000Z' },
    { account: 'ACC-001', event: money('MoneyWithdrawn', 5_000), at: '2026-01-02T11:00:00.000Z' },
  ]);
}

export function created(accountId: string, initialDeposit: number, owner = 'Ada'): AccountEvent {
  return { type: 'AccountCreated', data: { accountId, owner, initialDeposit } } as AccountEvent;
}

/** Independent fact objects, one per event (never reused), for folds in tests. */
export function factsOf(events: readonly StoredEvent[]): LedgerFact[] {
  return events.map((event) => factFromStored(event));
}

/** The log in memory holding these events. */
export function columnsOf(events: readonly StoredEvent[]): EventColumns {
  const columns = new EventColumns(4);
  for (const fact of factsOf(events)) columns.append(fact);
  return columns;
}

/** The reference: a fresh fold of the events from nothing. */
export function freshFold(events: readonly StoredEvent[]): ReadModels<LedgerModels> {
  return foldReadModels(ledgerProjections, initialReadModels(ledgerProjections), factsOf(events));
}
