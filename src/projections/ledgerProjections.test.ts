import { describe, expect, it } from 'vitest';
import {
  columnsOf,
  created,
  factsOf,
  freshFold,
  money,
  recordLedger,
  textbookStory,
} from '../testing/ledgerFixtures';
import { listBalances } from './balances/queries';
import { listDays } from './dailySummary/queries';
import { ledgerProjections } from './ledgerProjections';
import { foldReadModels, initialReadModels } from './projection';
import { accountHistory, transactionRows } from './transactions/queries';

describe('the ledger read models on the textbook story', () => {
  const story = textbookStory();
  const { checkpoint, models } = freshFold(story);

  it('carry the checkpoint of the last event applied', () => expect(checkpoint).toBe(4));

  it('Balances: one row per account with balance, status and last update', () => {
    expect(listBalances(models.balances)).toEqual([
      {
        accountId: 'ACC-001',
        owner: 'Ada',
        balance: 75_000,
        status: 'Open',
        lastUpdated: Date.parse('2026-01-02T11:00:00.000Z'),
        lastPosition: 4,
      },
    ]);
  });

  it('Transactions: newest first, signed amounts and the balance after each', () => {
    const rows = transactionRows(models.transactions, columnsOf(story), 1, 4);
    expect(rows.map((row) => [row.position, row.type, row.amount, row.balanceAfter])).toEqual([
      [4, 'MoneyWithdrawn', -5_000, 75_000],
      [3, 'MoneyWithdrawn', -20_000, 80_000],
      [2, 'MoneyDeposited', 100_000, 100_000],
      [1, 'AccountCreated', 0, 0],
    ]);
    expect(rows[0]).toMatchObject({
      accountId: 'ACC-001',
      actor: 'tester',
      time: Date.parse('2026-01-02T11:00:00.000Z'),
    });
    expect(transactionRows(models.transactions, columnsOf(story), 2, 3).map((row) => row.position)).toEqual([
      3, 2,
    ]);
  });

  it('Transactions: one account’s history, oldest first, up to a position', () => {
    const history = accountHistory(models.transactions, columnsOf(story), 'ACC-001', 3);
    expect(history.map((row) => [row.position, row.balanceAfter])).toEqual([
      [1, 0],
      [2, 100_000],
      [3, 80_000],
    ]);
    expect(accountHistory(models.transactions, columnsOf(story), 'ACC-404')).toEqual([]);
  });

  it('Daily summary: deposits, withdrawals and net per UTC day', () => {
    expect(listDays(models.dailySummary)).toEqual([
      { date: '2026-01-02', deposits: 0, withdrawals: 25_000, net: -25_000 },
      { date: '2026-01-01', deposits: 100_000, withdrawals: 0, net: 100_000 },
    ]);
  });
});

describe('projection details', () => {
  it('count initial deposits as deposits and mark closed accounts', () => {
    const events = recordLedger([
      { account: 'ACC-002', event: created('ACC-002', 100_000, 'Bo'), at: '2026-03-01T00:00:00.000Z' },
      {
        account: 'ACC-002',
        event: money('MoneyWithdrawn', 100_000),
        at: '2026-03-01T00:00:01.000Z',
      },
      { account: 'ACC-002', event: { type: 'AccountClosed', data: {} }, at: '2026-03-01T00:00:02.000Z' },
    ]);
    const { models } = freshFold(events);
    expect(listDays(models.dailySummary)).toEqual([
      { date: '2026-03-01', deposits: 100_000, withdrawals: 100_000, net: 0 },
    ]);
    expect(listBalances(models.balances)[0]).toMatchObject({ balance: 0, status: 'Closed', lastPosition: 3 });
  });

  it('skip events already applied and refuse a gap', () => {
    const facts = factsOf(textbookStory());
    const again = foldReadModels(ledgerProjections, freshFold(textbookStory()), facts);
    expect(again.checkpoint).toBe(4);
    expect(listBalances(again.models.balances)[0]?.balance).toBe(75_000);
    expect(() =>
      foldReadModels(ledgerProjections, initialReadModels(ledgerProjections), facts.slice(1)),
    ).toThrowError(/must not skip/);
  });

  it('rows a query handed out stay as they were while the fold goes on, and a new query sees the change', () => {
    const story = textbookStory();
    const early = freshFold(story.slice(0, 2));
    const [balances, days] = [listBalances(early.models.balances), listDays(early.models.dailySummary)];
    const [balancesThen, daysThen] = [structuredClone(balances), structuredClone(days)];
    const later = foldReadModels(ledgerProjections, early, factsOf(story));
    expect(later.models.balances).toBe(early.models.balances);
    expect(balances).toEqual(balancesThen);
    expect(days).toEqual(daysThen);
    const whole = freshFold(story);
    expect(listBalances(later.models.balances)).toEqual(listBalances(whole.models.balances));
    expect(listDays(later.models.dailySummary)).toEqual(listDays(whole.models.dailySummary));
    expect(listDays(later.models.dailySummary)).not.toEqual(daysThen);
  });

  it('clones are independent of the models they were copied from', () => {
    const story = textbookStory();
    const early = freshFold(story.slice(0, 2));
    const copy = Object.fromEntries(
      Object.entries(ledgerProjections).map(([name, projection]) => [
        name,
        projection.clone(early.models[name as never]),
      ]),
    );
    foldReadModels(ledgerProjections, early, factsOf(story));
    expect(listBalances(copy['balances'] as never)[0]?.balance).toBe(100_000);
  });
});
