import { afterEach, describe, expect, it, vi } from 'vitest';
import { pauseForPaint, runGeneratorInSlices, runInSlices } from './runInSlices';

/** Counts to `to`, yielding after every step, each step taking about `ms` of busy time. */
function* counting(to: number, ms: number): Generator<number, string> {
  for (let count = 1; count <= to; count++) {
    const until = performance.now() + ms;
    while (performance.now() < until);
    yield count;
  }
  return `counted to ${to}`;
}

const noHandlers = { done: () => undefined, failed: () => undefined };
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('runGeneratorInSlices', () => {
  it('ends a short computation before it returns', () => {
    let result = '';
    runGeneratorInSlices(counting(3, 0), { ...noHandlers, done: (value) => (result = value) });
    expect(result).toBe('counted to 3');
  });

  it('spreads a long computation over tasks, reporting progress between them', async () => {
    const seen: number[] = [];
    const result = await new Promise<string>((resolve, reject) =>
      runGeneratorInSlices(
        counting(40, 1),
        { done: resolve, failed: reject },
        { onProgress: (count) => seen.push(count), sliceMs: 5 },
      ),
    );
    expect(result).toBe('counted to 40');
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('stops for good when aborted, telling so with an AbortError', async () => {
    const abort = new AbortController();
    const steps = vi.fn();
    let failure: unknown;
    function* counted() {
      for (;;) yield steps();
    }
    runGeneratorInSlices(
      counted(),
      { done: () => expect.unreachable(), failed: (error) => (failure = error) },
      { signal: abort.signal, sliceMs: 1 },
    );
    abort.abort();
    const stepped = steps.mock.calls.length;
    await settled();
    expect(steps).toHaveBeenCalledTimes(stepped);
    expect(failure).toBeInstanceOf(DOMException);
    expect((failure as DOMException).name).toBe('AbortError');
  });

  it('hands an error of the work to `failed` and steps no further', async () => {
    const broken = (function* () {
      yield 1;
      throw new Error('broken step');
    })();
    const failed = vi.fn();
    runGeneratorInSlices(broken, { done: () => expect.unreachable(), failed }, { sliceMs: 0 });
    await settled();
    expect(failed).toHaveBeenCalledExactlyOnceWith(new Error('broken step'));
  });
});

describe('runInSlices', () => {
  /** A step function over `total` units of work, `per` a slice. */
  const work = (total: number, per: number) => {
    let left = total;
    return vi.fn(() => (left = Math.max(0, left - per)));
  };

  it('runs slices until nothing is left, pausing between them and reporting the work left', async () => {
    const step = work(10, 3);
    const pause = vi.fn(() => Promise.resolve());
    const progress: number[] = [];
    await runInSlices(step, { pause, onProgress: (left) => progress.push(left) });
    expect(step).toHaveBeenCalledTimes(4);
    expect(pause).toHaveBeenCalledTimes(3);
    expect(progress).toEqual([7, 4, 1, 0]);
  });

  it('runs its first slice before it returns', () => {
    const step = work(10, 3);
    void runInSlices(step, { pause: () => new Promise(() => undefined) });
    expect(step).toHaveBeenCalledOnce();
  });

  it('rejects with an AbortError when aborted during a pause, and leaves the rest undone', async () => {
    const abort = new AbortController();
    const step = work(10, 3);
    const running = runInSlices(step, {
      signal: abort.signal,
      pause: () => {
        abort.abort();
        return Promise.resolve();
      },
    });
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(step).toHaveBeenCalledOnce();
  });

  it('does no work once aborted', async () => {
    const step = work(10, 3);
    await expect(runInSlices(step, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(step).not.toHaveBeenCalled();
  });

  it('rejects with the error a slice throws', async () => {
    const step = () => {
      throw new Error('fold failed');
    };
    await expect(runInSlices(step)).rejects.toThrow('fold failed');
  });
});

describe('pauseForPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for a frame, then for a task', async () => {
    vi.useFakeTimers();
    let drawFrame: () => void = () => undefined;
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => (drawFrame = callback));
    let resumed = false;
    void pauseForPaint().then(() => (resumed = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(resumed).toBe(false);
    drawFrame();
    await vi.advanceTimersByTimeAsync(0);
    expect(resumed).toBe(true);
  });

  it('goes on after 100 ms on a page that draws no frames', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    let resumed = false;
    void pauseForPaint().then(() => (resumed = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(resumed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resumed).toBe(true);
  });
});
