// Test data for the Event log's filters and sorts (used by *.test.ts only): random valid logs whose
// recorded times may be out of order (imports and back-dated sample data make such logs), random filters
// built from what the log holds, and the reference answers computed the plain way, one fact at a time.
import fc from 'fast-check';
import { ACCOUNT_EVENT_TYPES } from '../domain/account';
import type { EventColumns } from '../eventLog/eventColumns';
import type { LogFilter } from '../eventLog/logFilter';
import type { StoredEvent } from '../eventStore/types';
import { dataOfFact, emptyLedgerFact } from '../projections/ledgerFact';
import { randomLedger } from './randomLedger';

/** A random log, its events recorded at times drawn from a few instants, so out of order and with ties. */
export const shuffledTimeLedger: fc.Arbitrary<StoredEvent[]> = randomLedger().chain((events) =>
  fc
    .array(fc.integer({ min: 0, max: 5 }), { minLength: events.length, maxLength: events.length })
    .map((hours) =>
      events.map((event, index) => ({
        ...event,
        metadata: {
          ...event.metadata,
          actor: ['ada', 'Grace', ''][index % 3] as string,
          recordedAt: new Date(Date.UTC(2026, 0, 1, hours[index])).toISOString(),
        },
      })),
    ),
);

/** A filter made of parts of what the log holds (and some texts it does not), or nothing. */
export function filterFor(events: readonly StoredEvent[]): fc.Arbitrary<LogFilter> {
  const words = [
    ...events.flatMap((event) => [event.streamId, event.type, JSON.stringify(event.data)]),
    'acc-00',
    'MONEY',
    '"amount":',
    '{}',
    '1',
    '00',
    'ada',
    'nothing like it',
  ];
  const part = fc.oneof(
    fc.constant(''),
    fc.constantFrom(...words),
    fc
      .constantFrom(...words)
      .chain((word) =>
        fc
          .tuple(fc.nat(word.length), fc.nat(word.length))
          .map(([a, b]) => word.slice(Math.min(a, b), Math.max(a, b))),
      ),
  );
  return fc.record({
    type: fc.constantFrom(null, ...ACCOUNT_EVENT_TYPES),
    stream: fc.oneof(
      fc.constant(''),
      fc.constantFrom('account-ACC-001', ...events.map((event) => event.streamId)),
      part,
    ),
    text: part,
  });
}

/** The reference: does the event at `position` match, by looking at its fields as the log shows them? */
export function plainlyMatches(columns: EventColumns, position: number, filter: LogFilter): boolean {
  const fact = columns.factAt(position, emptyLedgerFact());
  if (filter.type !== null && fact.type !== filter.type) return false;
  const stream = filter.stream.trim();
  const streams = new Set(
    Array.from({ length: columns.length }, (_, row) => columnsStream(columns, row + 1)),
  );
  const exact = streams.has(stream);
  if (
    stream &&
    !(exact ? fact.streamId === stream : fact.streamId.toLowerCase().includes(stream.toLowerCase()))
  )
    return false;
  const text = filter.text.trim().toLowerCase();
  const fields = [
    String(position),
    fact.streamId,
    String(fact.version),
    fact.type,
    JSON.stringify(dataOfFact(fact)),
    fact.actor,
  ];
  return text === '' || fields.some((field) => field.toLowerCase().includes(text));
}

const columnsStream = (columns: EventColumns, position: number) =>
  columns.factAt(position, emptyLedgerFact()).streamId;

/** The reference selection: every matching position, sorted by (time, position) or by position. */
export function plainSelection(columns: EventColumns, filter: LogFilter, by: 'position' | 'time'): number[] {
  const positions = Array.from({ length: columns.length }, (_, row) => row + 1).filter((position) =>
    plainlyMatches(columns, position, filter),
  );
  const time = (position: number) => columns.factAt(position, emptyLedgerFact()).recordedAt;
  return by === 'time' ? positions.sort((a, b) => time(a) - time(b) || a - b) : positions;
}
