/**
 * Builders for import files in tests: a small valid ledger (current and version-1 events, two accounts, one
 * closed) and ways to spoil exactly one thing in it. Lines are objects (serialised with JSON.stringify) or
 * raw strings (written as they are, for text that is not even JSON).
 */
export type Line = Readonly<Record<string, unknown>> | string;

export interface CorpusCase {
  readonly name: string;
  readonly text: string;
  /** The line the refusal must name (0: the file as a whole). */
  readonly line: number;
  readonly reason: RegExp;
}

export const EXPORTED_AT = '2026-05-01T12:00:00.000Z';

export function header(eventCount: number, overrides: Readonly<Record<string, unknown>> = {}): Line {
  return {
    format: 'chronoledger-events',
    formatVersion: 1,
    exportedAt: EXPORTED_AT,
    eventCount,
    ...overrides,
  };
}

export function event(
  position: number,
  account: string,
  version: number,
  type: string,
  data: Readonly<Record<string, unknown>>,
  /** null: a line without schemaVersion, which means version 1. */
  schemaVersion: number | null = 2,
): Readonly<Record<string, unknown>> {
  return {
    id: `evt-${position}`,
    position,
    streamId: `account-${account}`,
    version,
    type,
    ...(schemaVersion !== null && { schemaVersion }),
    data,
    metadata: {
      recordedAt: `2026-04-0${1 + (position % 5)}T09:00:00.000Z`,
      commandId: `cmd-${position}`,
      actor: 'tester',
    },
  };
}

/** ACC-001: opened at 0, +1,000.00, −200.00, −50.00 (750.00); ACC-002 (version 1): 50.50 in, out, closed. */
export const BASE_EVENTS: readonly Readonly<Record<string, unknown>>[] = [
  event(1, 'ACC-001', 1, 'AccountCreated', { accountId: 'ACC-001', owner: 'Ada', initialDeposit: 0 }),
  event(2, 'ACC-001', 2, 'MoneyDeposited', { amount: 100_000 }),
  event(3, 'ACC-002', 1, 'AccountCreated', { accountId: 'ACC-002', owner: 'Bo', initialDeposit: 50.5 }, 1),
  event(4, 'ACC-001', 3, 'MoneyWithdrawn', { amount: 20_000 }),
  event(5, 'ACC-002', 2, 'MoneyWithdrawn', { amount: 50.5 }, null),
  event(6, 'ACC-002', 3, 'AccountClosed', {}, 1),
  event(7, 'ACC-001', 4, 'MoneyWithdrawn', { amount: 50 }, 1),
];

export function file(events: readonly Line[], head: Line = header(events.length)): string {
  return (
    [head, ...events].map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') +
    '\n'
  );
}

/** The base file with event `position` replaced (or removed, for undefined). */
export function withEvent(
  position: number,
  replace: (original: Readonly<Record<string, unknown>>) => Line | undefined,
): string {
  const events = BASE_EVENTS.flatMap((original, index) => {
    if (index + 1 !== position) return [original];
    const replaced = replace(original);
    return replaced === undefined ? [] : [replaced];
  });
  return file(events);
}

export const patch = (position: number, changes: Readonly<Record<string, unknown>>) =>
  withEvent(position, (original) => ({ ...original, ...changes }));

export const patchData = (position: number, data: Readonly<Record<string, unknown>>) =>
  withEvent(position, (original) => ({ ...original, data }));

export const patchMetadata = (position: number, changes: Readonly<Record<string, unknown>>) =>
  withEvent(position, (original) => ({
    ...original,
    metadata: { ...(original['metadata'] as object), ...changes },
  }));

/** The base event at `position` with one key removed. */
export const without = (position: number, key: string) =>
  withEvent(position, (original) =>
    Object.fromEntries(Object.entries(original).filter(([name]) => name !== key)),
  );

/** A case expecting the refusal at event `position`, which is file line position + 1. */
export const at = (name: string, position: number, text: string, reason: RegExp): CorpusCase => ({
  name,
  text,
  line: position + 1,
  reason,
});
