/**
 * The browser's Web Locks, shared by every tab and worker of the origin. Where there are none (an old
 * browser, the unit tests' Node), the work runs unlocked: each caller says what that costs.
 */
export const webLocks = (): LockManager | undefined =>
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

/** The DOM's typing nests the callback's promise in the request's; the browser resolves it. */
export const resolved = <Result>(request: Promise<unknown>) => request as Promise<Result>;
