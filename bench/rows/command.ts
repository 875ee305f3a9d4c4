import Dexie, { type Table } from 'dexie';
import { loadAccountFromStore, openStore, type AppSession } from '../app';
import { deleteDatabase } from '../fixtures/million';
import { restoredLedger } from '../fixtures/restored';
import { LEDGER_SEED } from '../ledgers';
import { seededRandom, type Random } from '../prng';
import { row, type BenchModule } from '../row';
import { median, percentile, settleHeap, timeAsync } from '../stats';
import { COMMAND_P50_MS, COMMAND_P99_MS } from '../targets';

/** Accounts the commands go to; each one's first command is timed apart (it loads the aggregate). */
const ACCOUNTS = 5;
const COMMANDS = 300;
const WARM_UP = 20;
const BASELINE_DATABASE = 'bench-plain-add';

interface PlainRecord {
  readonly id: number;
  readonly accountId: string;
  readonly amount: number;
  readonly recordedAt: string;
}

/** The baseline's database: one table keyed by id, nothing else. */
class PlainDatabase extends Dexie {
  records!: Table<PlainRecord, number>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ records: 'id' });
  }
}

/**
 * One command on the cold-started 1M session once its history is loaded: a deposit of 1.00, timed from
 * `dispatch` until it is committed AND the view's head has moved past it (the read models include it).
 * Five open accounts are picked at random (seeded) from the present balances. The first command on each is
 * timed apart: it loads the aggregate from the store (snapshot and the events after it), while later ones
 * find it in the session's cache. Then 300 commands (after 20 unmeasured) go to those accounts at random.
 * Baseline: one Dexie `add` of a small record into a plain table of another database (one read-write
 * transaction, the floor of any durable write), interleaved with those 300.
 */
export const commandModule: BenchModule = {
  name: 'One command at 1M events',
  async run({ log }) {
    const { ledger, session } = await restoredLedger(log);
    const random = seededRandom(LEDGER_SEED);
    const open = session.openAccounts();
    const accounts: string[] = [];
    for (let i = 0; i < ACCOUNTS; i += 1) {
      const [accountId] = open.splice(random.int(0, open.length - 1), 1);
      if (accountId === undefined) throw new Error('Too few open accounts.');
      accounts.push(accountId);
    }
    const headBefore = session.head;
    await settleHeap();
    const firsts: number[] = [];
    for (const accountId of accounts) firsts.push(await timeAsync(() => session.deposit(accountId, 100)));
    log(`first command on each of ${ACCOUNTS} accounts: ${firsts.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    await explainFirstCommand(ledger.databaseName, open, random, log);
    const { commands, adds, committed, viewed } = await measureLoaded(session, accounts, random);
    if (session.head !== headBefore + ACCOUNTS + WARM_UP + COMMANDS)
      throw new Error(`The view shows ${session.head - headBefore} new events.`);
    log(
      `account loaded: p50 ${median(commands).toFixed(3)} ms; from dispatch, committed at p50 ` +
        `${median(committed).toFixed(3)} ms, the view updated at p50 ${median(viewed).toFixed(3)} ms`,
    );

    const p = (samples: number[], rank: number) => percentile(samples, rank);
    const name = (stat: string) => `Command ${stat} at 1M, account loaded (dispatch → read models)`;
    return [
      row({
        name: name('p50'),
        value: p(commands, 50),
        unit: 'ms',
        target: COMMAND_P50_MS,
        baseline: p(adds, 50),
      }),
      row({
        name: name('p99'),
        value: p(commands, 99),
        unit: 'ms',
        target: COMMAND_P99_MS,
        baseline: p(adds, 99),
      }),
      row({
        name: `Command at 1M, first on an account (median of ${ACCOUNTS})`,
        value: median(firsts),
        unit: 'ms',
        target: COMMAND_P99_MS,
      }),
    ];
  },
};

/** Commands to accounts already loaded, alternating with the baseline's adds. */
async function measureLoaded(session: AppSession, accounts: string[], random: Random) {
  await deleteDatabase(BASELINE_DATABASE);
  const plain = new PlainDatabase(BASELINE_DATABASE);
  const commands: number[] = [];
  const adds: number[] = [];
  const committed: number[] = [];
  const viewed: number[] = [];
  try {
    await plain.open();
    await settleHeap();
    for (let i = 0; i < WARM_UP + COMMANDS; i += 1) {
      const accountId = random.pick(accounts);
      let split = { committedMs: 0, viewMs: 0 };
      const commandMs = await timeAsync(async () => (split = await session.deposit(accountId, 100)));
      const record = { id: i, accountId, amount: 100, recordedAt: new Date().toISOString() };
      const addMs = await timeAsync(() => plain.records.add(record));
      if (i < WARM_UP) continue;
      commands.push(commandMs);
      adds.push(addMs);
      committed.push(split.committedMs);
      viewed.push(split.viewMs);
    }
  } finally {
    plain.close();
    await deleteDatabase(BASELINE_DATABASE);
  }
  return { commands, adds, committed, viewed };
}

/**
 * For the analysis: how the store serves a first command's aggregate load, for an open account no command
 * has touched, on a connection of its own (reads only, so the session is not disturbed).
 */
async function explainFirstCommand(
  databaseName: string,
  open: string[],
  random: Random,
  log: (m: string) => void,
) {
  const accountId = random.pick(open);
  const store = await openStore(databaseName);
  try {
    const load = await loadAccountFromStore(store, accountId);
    log(
      `${accountId} from the store: snapshot at version ${load.snapshotVersion} in ${load.snapshotMs.toFixed(1)} ms, ` +
        `then readStream of ${load.events} events in ${load.readMs.toFixed(0)} ms`,
    );
  } finally {
    store.close();
  }
}
