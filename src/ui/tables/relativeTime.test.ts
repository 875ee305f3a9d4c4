import { describe, expect, it } from 'vitest';
import { relativeTime } from './relativeTime';

const now = Date.parse('2026-06-15T12:00:00Z');
const ago = (ms: number) => relativeTime(now - ms, now);

describe('relativeTime', () => {
  it('tells recent instants as just now', () => {
    expect(ago(10_000)).toBe('just now');
    expect(relativeTime(now + 20_000, now)).toBe('just now');
  });

  it('picks the unit by distance, rounded', () => {
    expect(ago(3 * 60_000)).toBe('3 minutes ago');
    expect(ago(2.4 * 3_600_000)).toBe('2 hours ago');
    expect(ago(26 * 3_600_000)).toBe('yesterday');
    expect(ago(5 * 86_400_000)).toBe('5 days ago');
    expect(ago(90 * 86_400_000)).toBe('3 months ago');
    expect(ago(800 * 86_400_000)).toBe('2 years ago');
  });

  it('tells the future too', () => {
    expect(relativeTime(now + 2 * 3_600_000, now)).toBe('in 2 hours');
  });
});
