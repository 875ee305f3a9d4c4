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

export interface SliceOptions {
  readonly signal?: AbortSignal;
  readonly pause?: Pause;
  /** Called after each slice with the work left. */
  readonly onProgress?: (remaining: number) => void;
}

/**
 * Runs `step` (which does one slice of work and returns how much is left) until nothing is left, pausing
 * between slices so that the UI never freezes. An abort between slices rejects with an AbortError and
 * leaves the rest undone.
 */
export async function runInSlices(step: () => number, options: SliceOptions = {}): Promise<void> {
  const pause = options.pause ?? pauseForPaint;
  for (;;) {
    options.signal?.throwIfAborted();
    const remaining = step();
    options.onProgress?.(remaining);
    if (remaining === 0) return;
    await pause();
  }
}
