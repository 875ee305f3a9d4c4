import type { AccountEvent } from '../domain/account';
import type { LedgerEvent } from '../projections/ledgerEvent';

/** Test data for the read side: records account events as the store would, one position and version each. */
export function recordLedger(
  entries: readonly { readonly account: string; readonly event: AccountEvent; readonly at?: string }[],
): LedgerEvent[] {
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
      metadata: { recordedAt: at ?? `2026-01-0${1 + (index % 3)}T10:00:00.000Z`, actor: 'tester' },
      ...event,
    } as LedgerEvent;
  });
}

/** The textbook story: ACC-001 opened with 0, then +1,000, −200, −50. */
export function textbookStory(): LedgerEvent[] {
  return recordLedger([
    { account: 'ACC-001', event: created('ACC-001', 0), at: '2026-01-01T09:00:00.000Z' },
    {
      account: 'ACC-001',
      event: { type: 'MoneyDeposited', data: { amount: cents(100_000) } },
      at: '2026-01-01T10:00:00.000Z',
    },
    {
      account: 'ACC-001',
      event: { type: 'MoneyWithdrawn', data: { amount: cents(20_000) } },
      at: '2026-01-02T10:00:00.000Z',
    },
    {
      account: 'ACC-001',
      event: { type: 'MoneyWithdrawn', data: { amount: cents(5_000) } },
      at: '2026-01-02T11:00:00.000Z',
    },
  ]);
}

export function created(accountId: string, initialDeposit: number, owner = 'Ada'): AccountEvent {
  return {
    type: 'AccountCreated',
    data: { accountId: accountId as never, owner, initialDeposit: cents(initialDeposit) },
  };
}

function cents(value: number) {
  return value as never;
}
