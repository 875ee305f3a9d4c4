import { describe, expect, it } from 'vitest';
import { columnsOf, freshFold, textbookStory } from '../testing/ledgerFixtures';
import { diffLedger } from './diff';
import { LONGEST_REAL_TIME_GAP_MS, nextPlaybackPosition, playbackDelay } from './playback';

describe('diff', () => {
  it('lists accounts and days that changed between two points, before → after', () => {
    const story = textbookStory();
    const diff = diffLedger(freshFold(story.slice(0, 1)), freshFold(story));
    expect(diff).toMatchObject({ from: 1, to: 4 });
    expect(diff.accounts).toEqual([
      {
        accountId: 'ACC-001',
        before: { balance: 0, status: 'Open' },
        after: { balance: 75_000, status: 'Open' },
      },
    ]);
    expect(diff.days.map((day) => [day.date, day.before?.net ?? null, day.after?.net ?? null])).toEqual([
      ['2026-01-01', null, 100_000],
      ['2026-01-02', null, -25_000],
    ]);
    expect(diffLedger(freshFold(story), freshFold(story))).toMatchObject({ accounts: [], days: [] });
  });
});

describe('as of a time', () => {
  it('finds the last event recorded at or before the time', () => {
    const log = columnsOf(textbookStory());
    expect(log.lastPositionAtOrBefore(Date.parse('2026-01-01T09:59:59.999Z'))).toBe(1);
    expect(log.lastPositionAtOrBefore(Date.parse('2026-01-01T10:00:00.000Z'))).toBe(2);
    expect(log.lastPositionAtOrBefore(Date.parse('2025-12-31T00:00:00Z'))).toBe(0);
    expect(log.lastPositionAtOrBefore(Date.parse('2030-01-01T00:00:00Z'))).toBe(4);
  });
});

describe('playback', () => {
  it('steps at the chosen speed, and in real time follows the recorded gaps, compressing long ones', () => {
    expect(playbackDelay('1×', 0, 0)).toBe(500);
    expect(playbackDelay('2×', 0, 0)).toBe(250);
    expect(playbackDelay('0.5×', 0, 0)).toBe(1000);
    expect(playbackDelay('5×', 0, 0)).toBe(100);
    expect(playbackDelay('real time', 1_000, 1_700)).toBe(700);
    expect(playbackDelay('real time', 0, 86_400_000)).toBe(LONGEST_REAL_TIME_GAP_MS);
  });

  it('stops at the end unless looping', () => {
    expect(nextPlaybackPosition(2, 4, false)).toBe(3);
    expect(nextPlaybackPosition(4, 4, false)).toBeNull();
    expect(nextPlaybackPosition(4, 4, true)).toBe(0);
  });
});
