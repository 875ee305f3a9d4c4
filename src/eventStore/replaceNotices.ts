/**
 * The `onReplaced` listeners of an EventStore implementation. A listener that throws is reported with
 * console.error, as a throwing subscriber is, and the others are still told: one faulty reader must not keep
 * the rest on a log that no longer exists.
 */
export interface ReplaceNotices {
  /** Adds a listener; returns the function that removes it. */
  listen(listener: () => void): () => void;
  /** Tells every listener that the log was replaced. Call only after the replace has committed. */
  tell(): void;
  /** Removes every listener: nothing is told any more. */
  clear(): void;
}

export function createReplaceNotices(): ReplaceNotices {
  const listeners = new Set<() => void>();
  // A replace told while nobody listened (between opening a store and a session listening to it) is told
  // to the first listener, once: missing it would leave a reader on a log that no longer exists.
  let unheard = false;
  return {
    listen(listener) {
      // A wrapper per call, so that the same function added twice is told twice and removed once per call.
      const entry = () => listener();
      listeners.add(entry);
      if (unheard) {
        unheard = false;
        queueMicrotask(() => listeners.has(entry) && entry());
      }
      return () => void listeners.delete(entry);
    },
    tell() {
      if (listeners.size === 0) unheard = true;
      for (const listener of [...listeners]) {
        try {
          listener();
        } catch (error) {
          console.error('A listener of replaced logs threw; the others are still told.', error);
        }
      }
    },
    clear: () => listeners.clear(),
  };
}
