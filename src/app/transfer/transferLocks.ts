/**
 * Runs `work` holding the lock of one transfer (named by its withdrawal's command id) across every tab of
 * the origin. `'wait'` waits for the lock; `'if free'` gives up at once, resolving null, when it is held.
 */
export type TransferLocks = <Result>(
  withdrawalCommandId: string,
  mode: 'wait' | 'if free',
  work: () => Promise<Result>,
) => Promise<Result | null>;

/**
 * The browser's Web Locks. Where there are none (an old browser, the unit tests' Node), the work runs
 * unlocked: a transfer is then never told apart from a running one, but the store still carries out each
 * of its command ids once.
 */
export const holdingTransfer: TransferLocks = (withdrawalCommandId, mode, work) => {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return work();
  return locks.request(
    `chronoledger.transfer.${withdrawalCommandId}`,
    { ifAvailable: mode === 'if free' },
    async (lock) => (lock ? await work() : null),
    // The DOM's typing nests the callback's promise in the result; the browser resolves it.
  ) as Promise<Awaited<ReturnType<typeof work>> | null>;
};
