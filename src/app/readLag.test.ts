import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../eventStore/types';
import { textbookStory } from '../testing/ledgerFixtures';
import { manualClock } from '../testing/manualClock';
import { createReadLag } from './readLag';

function setUp() {
  const { clock, advance } = manualClock();
  const applied: number[] = [];
  const lag = createReadLag(
    (events: readonly StoredEvent[]) => applied.push(...events.map((e) => e.position)),
    clock,
  );
  const [first, second] = textbookStory() as [StoredEvent, StoredEvent];
  return { lag, advance, applied, first, second };
}

describe('simulated read lag', () => {
  it('passes events straight through while off', () => {
    const { lag, applied, first, second } = setUp();
    lag.deliver([first, second]);
    expect(applied).toEqual([1, 2]);
    expect(lag.waiting()).toEqual([]);
  });

  it('holds events for the delay, in order, and shows them waiting meanwhile', () => {
    const { lag, applied, first, second, advance } = setUp();
    lag.setDelay(1000);
    lag.deliver([first]);
    advance(400);
    lag.deliver([second]);
    expect(lag.waiting().map((event) => event.position)).toEqual([1, 2]);
    advance(600);
    expect(applied).toEqual([1]);
    advance(400);
    expect(applied).toEqual([1, 2]);
    expect(lag.waiting()).toEqual([]);
  });

  it('never lets a shorter delay overtake events already waiting', () => {
    const { lag, applied, first, second, advance } = setUp();
    lag.setDelay(5000);
    lag.deliver([first]);
    lag.setDelay(10);
    lag.deliver([second]);
    advance(100);
    expect(applied).toEqual([]);
    advance(5000);
    expect(applied).toEqual([1, 2]);
  });

  it('turning it off hands on everything at once; clearing drops what waits', () => {
    const { lag, applied, first, second, advance } = setUp();
    lag.setDelay(1000);
    lag.deliver([first]);
    lag.setDelay(0);
    expect(applied).toEqual([1]);
    lag.setDelay(1000);
    lag.deliver([second]);
    lag.clear();
    advance(2000);
    expect(applied).toEqual([1]);
    expect(lag.waiting()).toEqual([]);
  });
});
