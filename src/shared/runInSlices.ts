/**
 * Long work run in slices, with pauses between them in which the page draws and handles input. One loop
 * serves both shapes the app has: a generator that yields its progress between small steps (the Event log's
 * selection), stepped for a few milliseconds a slice; and a function that does one slice itself and returns
 * the work left (the projection builds).
 */

/** Lets the page draw and handle input between two slices of long work. */
export type Pause = () => Promise<void>;

/**
 * Waits for the next frame to be drawn (so progress shows), then for input to be handled. A hidden page
 * draws no frames: after 100 ms it goes on anyway.
 */
export const pauseForPaint: Pause = () =>
  new Promise((resume) => {
    const fallback = setTimeout(resume, 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resume, 0);
    });
  });

/**
 * Waits for one task of its own: input that came meanwhile is handled first, and a frame drawn if one is
 * due. A message, unlike a nested timeout, is not held back 4 ms.
 */
export const pauseForTask: Pause = () =>
  new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(null);
  });

export interface SliceOptions<Progress> {
  /** Checked before every slice: once aborted, the rest is left undone. */
  readonly signal?: AbortSignal;
  readonly pause?: Pause;
  /**
   * Called after each slice that did not finish the work, with the progress it came to (`runInSlices` also
   * reports the finishing slice's, 0 events left).
   */
  readonly onProgress?: (progress: Progress) => void;
}

export interface SliceHandlers<Result> {
  readonly done: (result: Result) => void;
  /** The work threw, or the signal aborted it (an AbortError): it is stepped no further. */
  readonly failed: (error: unknown) => void;
}

/**
 * Steps `work` for `sliceMs` at a time (0: one step a slice), pausing between slices (by default for one
 * task). The first slice runs at once: a computation that ends in it is done before this returns.
 */
export function runGeneratorInSlices<Progress, Result>(
  work: Iterator<Progress, Result>,
  handlers: SliceHandlers<Result>,
  {
    signal,
    pause = pauseForTask,
    onProgress,
    sliceMs = 6,
  }: SliceOptions<Progress> & { sliceMs?: number } = {},
): void {
  const slice = (): void => {
    let step: IteratorResult<Progress, Result>;
    try {
      signal?.throwIfAborted();
      const end = performance.now() + sliceMs;
      step = work.next();
      while (!step.done && performance.now() < end) step = work.next();
    } catch (error) {
      handlers.failed(error);
      return;
    }
    if (step.done) {
      handlers.done(step.value);
      return;
    }
    onProgress?.(step.value);
    pause().then(slice, handlers.failed);
  };
  slice();
}

/**
 * Runs `step` (which does one slice of work and returns how much is left) until nothing is left, pausing
 * between slices (by default until a frame is drawn) so that the UI never freezes. `onProgress` gets the
 * work left after every slice, the last 0 included. An abort between slices rejects with an AbortError and
 * leaves the rest undone.
 */
export function runInSlices(step: () => number, options: SliceOptions<number> = {}): Promise<void> {
  const { onProgress } = options;
  return new Promise((resolve, reject) =>
    runGeneratorInSlices(
      untilNoneLeft(step),
      {
        done: () => {
          onProgress?.(0);
          resolve();
        },
        failed: reject,
      },
      { ...options, pause: options.pause ?? pauseForPaint, sliceMs: 0 },
    ),
  );
}

/** The work left after each call of `step`, until none is. */
function* untilNoneLeft(step: () => number): Generator<number, void> {
  for (let remaining = step(); remaining > 0; remaining = step()) yield remaining;
}
