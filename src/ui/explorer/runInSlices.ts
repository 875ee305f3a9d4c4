/**
 * Runs a stepwise computation (a generator that yields between steps) a few milliseconds at a time, in
 * tasks of its own, so that typing, scrolling and drawing go on meanwhile. The first slice runs at once: a
 * short computation ends before the caller returns. Returns a function that stops it for good.
 */
export function runInSlices<Progress, Result>(
  work: Generator<Progress, Result>,
  handlers: { readonly progress: (progress: Progress) => void; readonly done: (result: Result) => void },
  sliceMs = 6,
): () => void {
  let stopped = false;
  const channel = new MessageChannel();
  const slice = () => {
    if (stopped) return;
    const end = performance.now() + sliceMs;
    let step = work.next();
    while (!step.done && performance.now() < end) step = work.next();
    if (step.done) {
      stop();
      handlers.done(step.value);
    } else {
      handlers.progress(step.value);
      channel.port2.postMessage(null);
    }
  };
  const stop = () => {
    stopped = true;
    channel.port1.close();
  };
  channel.port1.onmessage = slice;
  slice();
  return stop;
}
