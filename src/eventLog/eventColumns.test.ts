import { describe, expect, it } from 'vitest';
import { emptyLedgerFact } from '../projections/ledgerFact';
import { columnsOf, factsOf, textbookStory } from '../testing/ledgerFixtures';
import { EventColumns } from './eventColumns';

describe('EventColumns', () => {
  it('gives back every fact exactly, growing past its first capacity', () => {
    const facts = factsOf(textbookStory());
    const columns = columnsOf(textbookStory());
    expect(columns.length).toBe(4);
    for (const fact of facts) expect(columns.factAt(fact.position, emptyLedgerFact())).toEqual(fact);
  });

  it('refuses a gap and a position it does not hold', () => {
    const columns = new EventColumns();
    const [first, second] = factsOf(textbookStory());
    expect(() => columns.append(second as never)).toThrowError(/gap/);
    columns.append(first as never);
    expect(() => columns.factAt(2, emptyLedgerFact())).toThrowError(RangeError);
    expect(() => columns.factAt(0, emptyLedgerFact())).toThrowError(RangeError);
  });

  it('finds one stream’s positions in a range', () => {
    const columns = columnsOf(textbookStory());
    expect(columns.positionsOfStream('account-ACC-001')).toEqual([1, 2, 3, 4]);
    expect(columns.positionsOfStream('account-ACC-001', 2, 3)).toEqual([2, 3]);
    expect(columns.positionsOfStream('account-NOPE')).toEqual([]);
  });

  it('holds about 36 bytes an event', () => {
    const columns = new EventColumns(1000);
    expect(columns.bytes).toBe(1000 * (4 + 4 + 1 + 8 + 4 + 8 + 4));
  });
});

describe('EventColumns, counting a stream', () => {
  it('counts exactly the events of that stream, and nothing for an unknown one', () => {
    const columns = columnsOf(textbookStory());
    expect(columns.countOfStream('account-ACC-001')).toBe(4);
    expect(columns.countOfStream('account-NOPE')).toBe(0);
  });
});
