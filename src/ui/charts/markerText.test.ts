import { describe, expect, it } from 'vitest';
import { balanceMarkerText, dailyMarkerText, describeMarker, utcText } from './markerText';

const time = Date.parse('2026-01-02T10:05:09.123Z');

describe('the marker in words', () => {
  it('names the event and its time in UTC, or says it stands before the first event', () => {
    expect(utcText(time)).toBe('2026-01-02 10:05:09 UTC');
    expect(describeMarker(3, time)).toBe('Marker at event #3 (2026-01-02 10:05:09 UTC)');
    expect(describeMarker(3, undefined)).toBe('Marker at event #3');
    expect(describeMarker(0, undefined)).toBe('Marker before the first event');
  });

  it('gives the balance there, or says the account is not open yet', () => {
    expect(balanceMarkerText('ACC-001', 3, time, 80_000)).toBe(
      'Marker at event #3 (2026-01-02 10:05:09 UTC): balance 800.00.',
    );
    expect(balanceMarkerText('ACC-002', 1, time, undefined)).toBe(
      'Marker at event #1 (2026-01-02 10:05:09 UTC): ACC-002 is not open yet.',
    );
  });

  it('gives the day’s totals up to the event', () => {
    expect(dailyMarkerText(3, time, { deposits: 100_000, withdrawals: 20_000 })).toBe(
      'Marker at event #3 (2026-01-02 10:05:09 UTC): that day up to this event, deposits 1,000.00 ' +
        'and withdrawals 200.00.',
    );
    expect(dailyMarkerText(3, time, undefined)).toContain('deposits 0.00 and withdrawals 0.00');
    expect(dailyMarkerText(0, undefined, undefined)).toBe('Marker before the first event.');
  });
});
