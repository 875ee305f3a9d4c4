import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyLedgerFact, type LedgerFact } from '../projections/ledgerFact';
import { columnsOf, factsOf, textbookStory } from '../testing/ledgerFixtures';
import { EventColumns } from './eventColumns';
import { NO_FILTER, type LogFilter } from './logFilter';
import { filterFor, plainSelection, shuffledTimeLedger } from '../testing/logQueryArbitraries';
import {
  indexOfPosition,
  positionAt,
  selectEvents,
  type LogSelection,
  type SelectionProgress,
  type SortDirection,
  type SortKey,
} from './logSelection';

function run(...args: Parameters<typeof selectEvents>): {
  selection: LogSelection;
  reports: SelectionProgress[];
} {
  const computing = selectEvents(...args);
  const reports: SelectionProgress[] = [];
  for (;;) {
    const next = computing.next();
    if (next.done) return { selection: next.value, reports };
    reports.push(next.value);
  }
}

const shown = (selection: LogSelection, direction: SortDirection) =>
  Array.from({ length: selection.count }, (_, index) => positionAt(selection, direction, index));

const query = fc.record({
  by: fc.constantFrom<SortKey>('position', 'time'),
  direction: fc.constantFrom<SortDirection>('ascending', 'descending'),
});

/** A random log, a filter of what it holds, an order, and the selection computed at once. */
const queried = shuffledTimeLedger
  .chain((events) => fc.tuple(fc.constant(events), filterFor(events), query))
  .map(([events, filter, { by, direction }]) => {
    const columns = columnsOf(events);
    return { columns, filter, by, direction, selection: run(columns.view(), filter, by).selection };
  });

describe('selectEvents', () => {
  it('selects the whole log in position order without listing it', () => {
    const { selection } = run(columnsOf(textbookStory()).view(), NO_FILTER, 'position');
    expect(selection).toMatchObject({ count: 4, positions: null, length: 4 });
    expect(shown(selection, 'descending')).toEqual([4, 3, 2, 1]);
  });

  it('shows exactly the matching events in the chosen order, both ways, on random logs', () => {
    fc.assert(
      fc.property(queried, ({ columns, filter, by, direction, selection }) => {
        const expected = plainSelection(columns, filter, by);
        expect(shown(selection, direction)).toEqual(
          direction === 'ascending' ? expected : expected.reverse(),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('finds where each position is shown, and -1 for the ones left out', () => {
    fc.assert(
      fc.property(queried, ({ columns, direction, selection }) => {
        const list = shown(selection, direction);
        for (let position = 1; position <= columns.length + 1; position++) {
          expect(indexOfPosition(selection, direction, position, columns.view().recordedAt)).toBe(
            list.indexOf(position),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('extends a selection when the log grows, equal to computing it afresh', () => {
    fc.assert(
      fc.property(
        shuffledTimeLedger.chain((events) =>
          fc.tuple(fc.constant(events), filterFor(events), query, fc.nat(events.length)),
        ),
        ([events, filter, { by }, cut]) => {
          const columns = new EventColumns(4);
          const facts = factsOf(events);
          for (const fact of facts.slice(0, cut)) columns.append(fact);
          const before = run(columns.view(), filter, by).selection;
          for (const fact of facts.slice(cut)) columns.append(fact);
          const extended = run(columns.view(), filter, by, before).selection;
          const afresh = run(columns.view(), filter, by).selection;
          expect(shown(extended, 'ascending')).toEqual(shown(afresh, 'ascending'));
          expect(extended.length).toBe(events.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('does not reuse a selection made for another query', () => {
    const columns = columnsOf(textbookStory());
    const withdrawals: LogFilter = { ...NO_FILTER, type: 'MoneyWithdrawn' };
    const other = run(columns.view(), withdrawals, 'time').selection;
    const { selection } = run(columns.view(), { ...NO_FILTER, text: 'deposited' }, 'time', other);
    expect(shown(selection, 'ascending')).toEqual([2]);
  });

  it('reports its progress while it filters and sorts a long log', () => {
    const columns = new EventColumns();
    const deposit = { ...emptyLedgerFact(), streamId: 'account-A', accountId: 'A', type: 'MoneyDeposited' };
    for (let position = 1; position <= 100_000; position++)
      columns.append({
        ...deposit,
        position,
        version: position,
        recordedAt: 100_000 - position,
      } as LedgerFact);
    const { selection, reports } = run(columns.view(), NO_FILTER, 'time');
    expect(reports.some((report) => report.phase === 'filtering')).toBe(true);
    expect(reports.some((report) => report.phase === 'sorting')).toBe(true);
    expect(positionAt(selection, 'ascending', 0)).toBe(100_000);
  });
});
