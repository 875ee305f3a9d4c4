import { describe, expect, it } from 'vitest';
import { runInSlices } from './runInSlices';

/** Counts to `to`, yielding after every step, each step taking about `ms` of busy time. */
function* counting(to: number, ms: number): Generator<number, string> {
  for (let count = 1; count <= to; count++) {
    const until = performance.now() + ms;
    while (performance.now() < until);
    yield count;
  }
  return `counted to ${to}`;
}

describe('runInSlices', () => {
  it('ends a short computation before it returns', () => {
    let result = '';
    runInSlices(counting(3, 0), { progress: () => undefined, done: (value) => (result = value) });
    expect(result).toBe('counted to 3');
  });

  it('spreads a long computation over tasks, reporting progress between them', async () => {
    const seen: number[] = [];
    const result = await new Promise<string>((resolve) =>
      runInSlices(counting(40, 1), { progress: (count) => seen.push(count), done: resolve }, 5),
    );
    expect(result).toBe('counted to 40');
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('stops for good when asked', async () => {
    let done = false;
    const stop = runInSlices(counting(1000, 1), { progress: () => undefined, done: () => (done = true) }, 2);
    stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done).toBe(false);
  });
});
