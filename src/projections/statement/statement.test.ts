import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnsOf,
  created,
  factsOf,
  freshFold,
  money,
  recordLedger,
  textbookStory,
} from '../../testing/ledgerFixtures';
import { randomLedger } from '../../testing/randomLedger';
import type { LedgerFact } from '../ledgerFact';
import { foldReadModels, initialReadModels } from '../projection';
import { statementLines, statementMonths } from './queries';
import { StatementModel, statementProjection, type StatementMonth } from './statementProjection';

const set = { statement: statementProjection };
const foldStatement = (events: Parameters<typeof factsOf>[0]): StatementModel =>
  foldReadModels(set, initialReadModels(set), factsOf(events)).models.statement;

describe('Statement', () => {
  it('groups the textbook story into its month with opening, totals and closing', () => {
    const story = textbookStory();
    const [january] = statementMonths(foldStatement(story), 'ACC-001');
    expect(january).toEqual({
      month: '2026-01',
      opening: 0,
      deposits: 100_000,
      withdrawals: 25_000,
      closing: 75_000,
      movements: 4,
      firstPosition: 1,
      lastPosition: 4,
    });
    const lines = statementLines(january as StatementMonth, 'ACC-001', columnsOf(story));
    expect(lines.map((line) => [line.position, line.amount, line.balance])).toEqual([
      [1, 0, 0],
      [2, 100_000, 100_000],
      [3, -20_000, 80_000],
      [4, -5_000, 75_000],
    ]);
  });

  it('opens a month with the closing of the one before, in UTC', () => {
    const events = recordLedger([
      { account: 'ACC-001', event: created('ACC-001', 500), at: '2026-01-31T23:59:59.999Z' },
      {
        account: 'ACC-001',
        event: money('MoneyDeposited', 250),
        at: '2026-02-01T00:00:00.000Z',
      },
    ]);
    const months = statementMonths(foldStatement(events), 'ACC-001');
    expect(months.map((month) => [month.month, month.opening, month.closing])).toEqual([
      ['2026-01', 0, 500],
      ['2026-02', 500, 750],
    ]);
    expect(statementMonths(foldStatement(events), 'ACC-404')).toEqual([]);
  });

  it('property: months chain, add up, end at the balance, and their lines run to the closing', () => {
    fc.assert(
      fc.property(randomLedger(), (events) => {
        const model = foldStatement(events);
        const balances = freshFold(events).models.balances;
        const log = columnsOf(events);
        expect([...model.keys()].sort()).toEqual([...balances.keys()].sort());
        for (const accountId of model.keys()) {
          const months = model.monthsOf(accountId);
          let opening = 0;
          let movements = 0;
          for (const month of months) {
            expect(month.opening).toBe(opening);
            expect(month.closing).toBe(month.opening + month.deposits - month.withdrawals);
            const lines = statementLines(month, accountId, log);
            expect(lines).toHaveLength(month.movements);
            expect(lines.at(-1)?.balance).toBe(month.closing);
            opening = month.closing;
            movements += month.movements;
          }
          expect(opening).toBe(balances.get(accountId)?.balance);
          expect(movements).toBe(log.countOfStream(`account-${accountId}`));
        }
      }),
    );
  });

  it('property: a clone and its original go on apart, and persisted data restores equal', () => {
    fc.assert(
      fc.property(randomLedger(), fc.nat(), (events, seed) => {
        const cut = seed % (events.length + 1);
        // The log up to the cut, then its later events each in a month of its own (so that both sides close
        // months after the copy was made), with their amounts changed by `amount`.
        const goOn = (amount: (cents: number) => number) =>
          factsOf(events).map((fact) =>
            fact.position <= cut
              ? fact
              : {
                  ...fact,
                  amount: amount(fact.amount),
                  recordedAt: fact.recordedAt + (fact.position - cut) * 35 * 86_400_000,
                },
          );
        const freshly = (facts: LedgerFact[]) =>
          foldReadModels(set, initialReadModels(set), facts).models.statement;
        const early = foldStatement(events.slice(0, cut));
        const copy = statementProjection.clone(early);
        const [mainLine, branch] = [goOn((cents) => cents), goOn((cents) => cents * 2 + 1)];
        const later = foldReadModels(set, { checkpoint: cut, models: { statement: early } }, mainLine);
        expect(later.models.statement).toEqual(freshly(mainLine));
        expect(copy).toEqual(foldStatement(events.slice(0, cut)));
        const persisted = structuredClone(statementProjection.persist(copy));
        expect(statementProjection.restore(persisted)).toEqual(copy);
        // The copy closes its own months where the original has closed others: it must see none of theirs.
        const copyLater = foldReadModels(set, { checkpoint: cut, models: { statement: copy } }, branch);
        expect(copyLater.models.statement).toEqual(freshly(branch));
      }),
    );
  });

  it('keeps a copy to its own closed months once the original has closed others', () => {
    const day = 86_400_000;
    const january = Date.UTC(2026, 0, 5);
    const original = StatementModel.empty();
    original.record('ACC-1', 100, january, 1);
    const copy = original.copy();
    original.record('ACC-1', 5, january + 40 * day, 2);
    original.record('ACC-1', 7, january + 80 * day, 3);
    copy.record('ACC-1', 50, january + 35 * day, 2);
    copy.record('ACC-1', 70, january + 70 * day, 3);
    expect(copy.monthsOf('ACC-1').map((month) => [month.month, month.closing])).toEqual([
      ['2026-01', 100],
      ['2026-02', 150],
      ['2026-03', 220],
    ]);
    expect(original.monthsOf('ACC-1').map((month) => [month.month, month.closing])).toEqual([
      ['2026-01', 100],
      ['2026-02', 105],
      ['2026-03', 112],
    ]);
  });

  it('refuses persisted data that is not a statement', () => {
    for (const data of [null, {}, [['ACC-1', [{ month: 'soon' }]]], [[1, []]], [['ACC-1', 'x']]]) {
      expect(statementProjection.restore(data)).toBeUndefined();
    }
    const month = {
      month: '2026-01',
      opening: 0,
      deposits: 500,
      withdrawals: 200,
      closing: 300,
      movements: 2,
      firstPosition: 1,
      lastPosition: 2,
    };
    expect(statementProjection.restore([['ACC-1', [month]]])).toBeDefined();
    for (const wrong of [{ month: '2026-13' }, { month: '2026-00' }, { closing: 299 }]) {
      expect(statementProjection.restore([['ACC-1', [{ ...month, ...wrong }]]])).toBeUndefined();
    }
    expect(statementProjection.restore([['ACC-1', []]])).toBeUndefined();
    expect(
      statementProjection.restore([
        ['ACC-1', [month]],
        ['ACC-1', [month]],
      ]),
    ).toBeUndefined();
  });
});
