import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventColumns } from '../../eventLog/eventColumns';
import {
  columnsOf,
  created,
  freshFold,
  money,
  recordLedger,
  textbookStory,
} from '../../testing/ledgerFixtures';
import { randomLedger } from '../../testing/randomLedger';
import {
  balanceAt,
  balanceLine,
  balanceSeries,
  dailyBars,
  dailySeries,
  DAY_MS,
  indexAtOrBefore,
  logSpan,
} from './chartSeries';

const at = (iso: string): number => Date.parse(iso);

describe('the balance series', () => {
  const story = textbookStory();
  const log = columnsOf(story);
  const { models } = freshFold(story);

  it('lists the account’s events oldest first with the balance after each, in cents', () => {
    expect(balanceSeries(models.transactions, log, 'ACC-001')).toEqual({
      positions: [1, 2, 3, 4],
      times: [
        at('2026-01-01T09:00:00Z'),
        at('2026-01-01T10:00:00Z'),
        at('2026-01-02T10:00:00Z'),
        at('2026-01-02T11:00:00Z'),
      ],
      balances: [0, 100_000, 80_000, 75_000],
    });
    expect(balanceSeries(models.transactions, log, 'ACC-404')).toEqual({
      positions: [],
      times: [],
      balances: [],
    });
  });

  it('keeps times in order when the log recorded an event earlier than the one before it', () => {
    const events = recordLedger([
      { account: 'ACC-001', event: created('ACC-001', 500), at: '2026-01-02T10:00:00.000Z' },
      {
        account: 'ACC-001',
        event: money('MoneyDeposited', 100),
        at: '2026-01-01T10:00:00.000Z',
      },
    ]);
    const series = balanceSeries(freshFold(events).models.transactions, columnsOf(events), 'ACC-001');
    expect(series.times).toEqual([at('2026-01-02T10:00:00Z'), at('2026-01-02T10:00:00Z')]);
    expect(series.balances).toEqual([500, 600]);
  });

  it('finds the point at or before a position, and no balance before the account was opened', () => {
    expect(indexAtOrBefore([2, 5, 9], 1)).toBe(-1);
    expect(indexAtOrBefore([2, 5, 9], 5)).toBe(1);
    expect(indexAtOrBefore([2, 5, 9], 8)).toBe(1);
    expect(indexAtOrBefore([2, 5, 9], 100)).toBe(2);
    expect(indexAtOrBefore([], 3)).toBe(-1);
    const series = { positions: [2, 5], times: [1, 2], balances: [700, 300] };
    expect(balanceAt(series, 1)).toBeUndefined();
    expect(balanceAt(series, 4)).toBe(700);
  });

  it('holds the last balance flat until the ledger’s last event', () => {
    const series = { positions: [1, 3], times: [10, 20], balances: [500, 800] };
    expect(balanceLine(series, 35)).toEqual([
      [10, 20, 35],
      [500, 800, 800],
    ]);
    expect(balanceLine(series, 20)).toEqual([
      [10, 20],
      [500, 800],
    ]);
    expect(balanceLine({ positions: [], times: [], balances: [] }, 35)).toEqual([[], []]);
  });

  it('at any position: the series’ value there is the Balances model’s balance at that position', () => {
    fc.assert(
      fc.property(randomLedger(), fc.nat(), (events, seed) => {
        const position = events.length === 0 ? 0 : seed % (events.length + 1);
        const log = columnsOf(events);
        const present = freshFold(events).models;
        const past = freshFold(events.slice(0, position)).models;
        for (const accountId of present.balances.keys()) {
          const expected = past.balances.get(accountId)?.balance;
          // The whole history, read at the position (what the chart marks)…
          expect(balanceAt(balanceSeries(present.transactions, log, accountId), position)).toBe(expected);
          // …and the series as of the position ends at the same balance: the past is a prefix.
          const asOf = balanceSeries(past.transactions, log, accountId);
          expect(asOf.balances.at(-1)).toBe(expected);
          expect(asOf.positions.every((p) => p <= position)).toBe(true);
        }
      }),
    );
  });

  it('has ascending positions and never-decreasing times', () => {
    fc.assert(
      fc.property(randomLedger(), (events) => {
        const log = columnsOf(events);
        const { models } = freshFold(events);
        for (const accountId of models.balances.keys()) {
          const { positions, times } = balanceSeries(models.transactions, log, accountId);
          positions.forEach((p, i) => i === 0 || expect(p).toBeGreaterThan(positions[i - 1] as number));
          times.forEach((t, i) => i === 0 || expect(t).toBeGreaterThanOrEqual(times[i - 1] as number));
        }
      }),
    );
  });
});

describe('the daily series', () => {
  it('lists the days oldest first, with the bars at each day’s noon (UTC)', () => {
    const { models } = freshFold(textbookStory());
    const series = dailySeries(models.dailySummary);
    const day = Math.floor(at('2026-01-01T00:00:00Z') / DAY_MS);
    expect(series).toEqual({ days: [day, day + 1], deposits: [100_000, 0], withdrawals: [0, 25_000] });
    expect(dailyBars(series)).toEqual([
      [at('2026-01-01T12:00:00Z'), at('2026-01-02T12:00:00Z')],
      [100_000, 0],
      [0, 25_000],
    ]);
  });

  it('each day’s bars total the money that moved that day, and nothing else', () => {
    fc.assert(
      fc.property(randomLedger(), (events) => {
        const series = dailySeries(freshFold(events).models.dailySummary);
        const expected = new Map<number, { deposits: number; withdrawals: number }>();
        for (const event of events) {
          const day = Math.floor(Date.parse(event.metadata.recordedAt) / DAY_MS);
          const totals = expected.get(day) ?? { deposits: 0, withdrawals: 0 };
          const data = event.data as { initialDeposit?: number; amount?: number };
          if (event.type === 'MoneyWithdrawn') totals.withdrawals += data.amount ?? 0;
          else totals.deposits += data.initialDeposit ?? data.amount ?? 0;
          if (totals.deposits + totals.withdrawals > 0) expected.set(day, totals);
        }
        const days = [...expected.keys()].sort((a, b) => a - b);
        expect(series.days).toEqual(days);
        expect(series.deposits).toEqual(days.map((day) => expected.get(day)?.deposits));
        expect(series.withdrawals).toEqual(days.map((day) => expected.get(day)?.withdrawals));
      }),
    );
  });
});

describe('the time span of the charts', () => {
  it('runs from the first event to the last, and over whole UTC days, and nothing for an empty log', () => {
    expect(logSpan(new EventColumns())).toBeUndefined();
    expect(logSpan(columnsOf(textbookStory()))).toEqual({
      first: at('2026-01-01T09:00:00Z'),
      from: at('2026-01-01T00:00:00Z'),
      to: at('2026-01-03T00:00:00Z'),
      last: at('2026-01-02T11:00:00Z'),
    });
  });
});
