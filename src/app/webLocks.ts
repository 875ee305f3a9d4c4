/**
 * The browser's Web Locks, shared by every tab and worker of the origin. Where there are none (an old
 * browser, the unit tests' Node), the work runs unlocked: each caller says what that costs.
 */
const webLocks = (): LockManager | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.locks;

/** Runs `work` holding the lock `name` (waiting for it), or at once where there are no Web Locks. */
export function holdingLock<Result>(
  name: string,
  options: LockOptions,
  work: () => Promise<Result>,
): Promise<Result> {
  const locks = webLocks();
  return locks ? resolved<Result>(locks.request(name, options, work)) : work();
}

/**
 * Runs `work` holding the lock `name` if it is free, and resolves null at once if it is held; where there
 * are no Web Locks, runs it at once.
 */
export function ifLockFree<Result>(name: string, work: () => Promise<Result>): Promise<Result | null> {
  const locks = webLocks();
  if (!locks) return work();
  return resolved<Result | null>(
    locks.request(name, { ifAvailable: true }, (lock) => (lock ? work() : null)),
  );
}

/** The DOM's typing nests the callback's promise in the request's; the browser resolves it. */
const resolved = <Result>(request: Promise<unknown>) => request as Promise<Result>;
