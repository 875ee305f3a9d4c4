import { ACCOUNT_EVENT_SCHEMA_VERSION, accountStreamId, type AccountId } from '../src/domain/account';
import { cents } from '../src/domain/money';
import type { StoredEvent } from '../src/eventStore/types';
import { seededRandom, type Random } from './prng';

export interface LedgerSpec {
  /** How many events, exactly; positions are 1..events. */
  readonly events: number;
  readonly seed: number;
  /** Accounts opened first; a closed account is replaced by a new one, so about this many stay open. */
  readonly accounts?: number;
  /** The recorded times spread evenly, with jitter, over this many days from `start`. */
  readonly days?: number;
  readonly start?: string;
}

/**
 * A valid random ledger as the store holds it: `StoredEvent`s, the vocabulary the write and the read side
 * share, so the generator need not follow changes of the read side's own types. Every event decodes as an
 * account event (schema version 2, whole cents), every withdrawal is covered by the balance, only
 * zero-balance accounts are closed and nothing touches a closed account, stream versions and positions have
 * no gaps, and recorded times never go backwards (bench/checkLedger.ts verifies all of it).
 * Pure: the same spec always gives the same events (no clock, no Math.random).
 */
export function generateLedger(spec: LedgerSpec): StoredEvent[] {
  const { events: total, seed, accounts = 50, days = 90, start = '2025-01-01T00:00:00.000Z' } = spec;
  if (!Number.isSafeInteger(total) || total < 0) throw new Error('events must be a whole number ≥ 0');
  const random = seededRandom(seed);
  const ledger = new LedgerBuilder(random, total, seed, Date.parse(start), days * 86_400_000);
  while (ledger.size < Math.min(accounts, total)) ledger.openAccount();
  while (ledger.size < total) {
    const account = random.pick(ledger.open);
    const roll = random.next();
    if (account.balance === 0 && roll < 0.3 && ledger.open.length > 1) {
      ledger.close(account);
      if (ledger.size < total) ledger.openAccount();
    } else if (account.balance > 0 && roll < 0.45) {
      // Now and then an account is emptied, which is what makes closings possible.
      ledger.withdraw(
        account,
        roll < 0.005 ? account.balance : random.int(1, Math.min(account.balance, 150_000)),
      );
    } else {
      ledger.deposit(account, random.int(100, 200_000));
    }
  }
  return ledger.log;
}

interface Account {
  readonly id: AccountId;
  readonly streamId: string;
  version: number;
  /** Cents. */
  balance: number;
}

const FIRST_NAMES = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Radia', 'Tim'];
const SURNAMES = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson'];

/** Appends events to the log and keeps each open account's version and balance. Does not check rules. */
class LedgerBuilder {
  readonly log: StoredEvent[] = [];
  readonly open: Account[] = [];
  private opened = 0;

  constructor(
    private readonly random: Random,
    private readonly total: number,
    private readonly seed: number,
    private readonly startMs: number,
    private readonly spanMs: number,
  ) {}

  get size(): number {
    return this.log.length;
  }

  /** One account in ten starts empty, the others with up to 5,000.00. */
  openAccount(): void {
    this.opened += 1;
    const id = `ACC-${String(this.opened).padStart(3, '0')}` as AccountId;
    const balance = this.random.next() < 0.1 ? 0 : this.random.int(1, 500_000);
    const account: Account = { id, streamId: accountStreamId(id), version: 0, balance };
    const owner = `${this.random.pick(FIRST_NAMES)} ${this.random.pick(SURNAMES)}`;
    const data = { accountId: id, owner, initialDeposit: cents(balance) };
    this.log.push({ ...this.next(account), type: 'AccountCreated', data });
    this.open.push(account);
  }

  deposit(account: Account, amount: number): void {
    account.balance += amount;
    this.log.push({ ...this.next(account), type: 'MoneyDeposited', data: { amount: cents(amount) } });
  }

  withdraw(account: Account, amount: number): void {
    account.balance -= amount;
    this.log.push({ ...this.next(account), type: 'MoneyWithdrawn', data: { amount: cents(amount) } });
  }

  close(account: Account): void {
    this.log.push({ ...this.next(account), type: 'AccountClosed', data: {} });
    this.open.splice(this.open.indexOf(account), 1);
  }

  /** The recorded part of the account's next event. Each position's time lies in its own slice of the span,
   * so times increase but irregularly. */
  private next(account: Account): Omit<StoredEvent, 'type' | 'data'> {
    const position = this.log.length + 1;
    account.version += 1;
    const offset = Math.floor(((position - 1 + this.random.next()) * this.spanMs) / Math.max(this.total, 1));
    return {
      id: `bench-${this.seed}-${position}`,
      position,
      streamId: account.streamId,
      version: account.version,
      schemaVersion: ACCOUNT_EVENT_SCHEMA_VERSION,
      metadata: {
        recordedAt: new Date(this.startMs + offset).toISOString(),
        commandId: `cmd-${this.seed}-${position}`,
      },
    };
  }
}
