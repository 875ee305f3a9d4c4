import { restoredLedger } from '../fixtures/restored';
import { row, type BenchModule } from '../row';
import { median, settleHeap, timeSync } from '../stats';
import { accountEvents, accountHistoryRows } from '../subject';
import { ACCOUNT_HISTORY_MS } from '../targets';

const HISTORY_EVENTS = 1_000;
const REPETITIONS = 20;
const WARM_UP = 3;

/**
 * One account's history on the cold-started 1M session: `accountHistory` (its transactions with the balance
 * after each) for the first account, by id, with at least 1,000 events. The ledger spreads 1M events over
 * about 500 accounts, so each has some 2,000: the target row asks for the history up to the account's
 * 1,000th event (exactly 1,000 rows), and a second row gives its whole history. Median of 20, after 3
 * unmeasured.
 */
export const accountHistoryModule: BenchModule = {
  name: 'One account’s history at 1M events',
  async run({ log }) {
    const { session } = await restoredLedger(log);
    const state = session.present;
    const accountId = [...state.models.balances.keys()]
      .sort()
      .find((id) => accountEvents(session.log, id, HISTORY_EVENTS).count >= HISTORY_EVENTS);
    if (accountId === undefined) throw new Error(`No account has ${HISTORY_EVENTS} events.`);
    const { count, nth } = accountEvents(session.log, accountId, HISTORY_EVENTS);

    const measure = (upTo: number | undefined, expected: number) => {
      const samples: number[] = [];
      for (let i = 0; i < WARM_UP + REPETITIONS; i += 1) {
        let rows = 0;
        const ms = timeSync(() => (rows = accountHistoryRows(state, session.log, accountId, upTo).length));
        if (rows !== expected) throw new Error(`${accountId}'s history has ${rows} rows, not ${expected}.`);
        if (i >= WARM_UP) samples.push(ms);
      }
      return median(samples);
    };
    await settleHeap();
    const first = measure(nth, HISTORY_EVENTS);
    await settleHeap();
    const whole = measure(undefined, count);
    log(`${accountId}: ${count} events; its 1,000th at position ${nth.toLocaleString('en-US')}`);
    return [
      row({
        name: 'One account’s history, 1,000 events',
        value: first,
        unit: 'ms',
        target: ACCOUNT_HISTORY_MS,
      }),
      row({ name: `↳ its whole history, ${count.toLocaleString('en-US')} events`, value: whole, unit: 'ms' }),
    ];
  },
};
