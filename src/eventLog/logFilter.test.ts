import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsOf, created, recordLedger, textbookStory } from '../testing/ledgerFixtures';
import { compileFilter, isUnfiltered, NO_FILTER, type LogFilter } from './logFilter';
import { filterFor, plainlyMatches, shuffledTimeLedger } from '../testing/logQueryArbitraries';

const matching = (filter: Partial<LogFilter>) => {
  const columns = columnsOf(textbookStory());
  const test = compileFilter(columns.view(), { ...NO_FILTER, ...filter });
  return [1, 2, 3, 4].filter((position) => test(position - 1));
};

describe('compileFilter', () => {
  it('lets everything through when empty, blanks included', () => {
    expect(matching({})).toEqual([1, 2, 3, 4]);
    expect(isUnfiltered({ type: null, stream: '  ', text: ' ' })).toBe(true);
    expect(isUnfiltered({ ...NO_FILTER, text: 'x' })).toBe(false);
  });

  it('selects by type', () => {
    expect(matching({ type: 'MoneyWithdrawn' })).toEqual([3, 4]);
    expect(matching({ type: 'AccountClosed' })).toEqual([]);
  });

  it('selects a stream by its exact id, or by a part of ids, ignoring case', () => {
    expect(matching({ stream: 'account-ACC-001' })).toEqual([1, 2, 3, 4]);
    expect(matching({ stream: 'acc-0' })).toEqual([1, 2, 3, 4]);
    expect(matching({ stream: 'ACC-002' })).toEqual([]);
  });

  it('finds text in the data as the log shows it, in the type, and in numbers', () => {
    expect(matching({ text: '"amount":20000' })).toEqual([3]);
    expect(matching({ text: 'withdrawn' })).toEqual([3, 4]);
    expect(matching({ text: '"owner":"Ada"' })).toEqual([1]);
    expect(matching({ text: 'tester' })).toEqual([1, 2, 3, 4]); // the actor
    expect(matching({ text: '3' })).toEqual([3]); // position 3, version 3
  });

  it('finds the empty data of a closing', () => {
    const columns = columnsOf(
      recordLedger([
        { account: 'ACC-009', event: created('ACC-009', 0) },
        { account: 'ACC-009', event: { type: 'AccountClosed', data: {} } },
      ]),
    );
    const test = compileFilter(columns.view(), { ...NO_FILTER, text: '{}' });
    expect([test(0), test(1)]).toEqual([false, true]);
  });

  it('combines the parts', () => {
    expect(matching({ type: 'MoneyWithdrawn', text: '5000' })).toEqual([4]);
  });

  it('agrees with looking at every event’s fields, on random logs and filters', () => {
    fc.assert(
      fc.property(
        shuffledTimeLedger.chain((events) => fc.tuple(fc.constant(events), filterFor(events))),
        ([events, filter]) => {
          const columns = columnsOf(events);
          const test = compileFilter(columns.view(), filter);
          for (let position = 1; position <= columns.length; position++) {
            expect(test(position - 1)).toBe(plainlyMatches(columns, position, filter));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
