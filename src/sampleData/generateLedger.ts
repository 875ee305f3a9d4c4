import {
  ACCOUNT_EVENT_SCHEMA_VERSION,
  accountDecider,
  accountStreamId,
  type AccountCommand,
  type AccountId,
  type AccountState,
} from '../domain/account';
import type { Cents } from '../domain/money';
import type { AppendRequest } from '../eventStore/types';
import { seededRandom, seededUuid } from './prng';

export interface SampleLedgerOptions {
  /** How many events to generate. */
  readonly events: number;
  /** The time range the events are spread over (ms since the epoch), in order. */
  readonly from: number;
  readonly to: number;
  readonly seed?: number;
  /** Account numbers start here (ACC-NNN), so that sample accounts never collide with existing ones. */
  readonly firstAccountNumber?: number;
  readonly actor?: string;
  /** Positions continue after this many existing events. */
  readonly startPosition?: number;
}

const OWNERS = [
  'Ada Lovelace',
  'Alan Turing',
  'Grace Hopper',
  'Edsger Dijkstra',
  'Barbara Liskov',
  'Ken Thompson',
  'Margaret Hamilton',
  'Donald Knuth',
  'Frances Allen',
  'John Backus',
  'Radia Perlman',
  'Tony Hoare',
];

/**
 * A random but valid ledger, one command at a time: every command is decided by the real decider against
 * the accounts' current states, so the log obeys every rule (no overdraft, nothing on closed accounts).
 * Yields one append request per command, with its expected version and metadata, ready for `appendBatch`.
 */
export function* generateLedger(options: SampleLedgerOptions): Generator<AppendRequest> {
  const random = seededRandom(options.seed ?? 1);
  const plan = {
    target: Math.max(3, Math.min(500, Math.round(options.events / 2000))),
    firstNumber: options.firstAccountNumber ?? 1,
  };
  const accounts: Slot[] = [];
  const open: Slot[] = [];
  const span = Math.max(0, options.to - options.from);
  for (let index = 0; index < options.events; index++) {
    const recordedAt = new Date(
      options.from + Math.floor((span * (index + random())) / options.events),
    ).toISOString();
    const { slot, command } = nextCommand(random, accounts, open, plan, options.events - index);
    const events = accountDecider.decide(command, slot.state);
    const commandId = seededUuid(random);
    const metadata = {
      recordedAt,
      commandId,
      correlationId: commandId,
      causationId: commandId,
      actor: options.actor ?? 'sample-data',
    };
    yield {
      streamId: accountStreamId(slot.id),
      expected: slot.version === 0 ? 'no_stream' : slot.version,
      commandId,
      events: events.map((event) => ({
        id: seededUuid(random),
        type: event.type,
        schemaVersion: ACCOUNT_EVENT_SCHEMA_VERSION,
        data: event.data,
        metadata,
      })),
    };
    slot.state = events.reduce(accountDecider.evolve, slot.state);
    slot.version += events.length;
    if (slot.state.status === 'closed') open.splice(open.indexOf(slot), 1);
  }
}

type Slot = { id: AccountId; state: AccountState; version: number };

/**
 * Opens the accounts first, then moves money with realistic amounts; with two events left, empties one
 * account and closes it (a ledger with a closed account teaches more).
 */
function nextCommand(
  random: () => number,
  accounts: Slot[],
  open: Slot[],
  plan: { readonly target: number; readonly firstNumber: number },
  remaining: number,
): { slot: Slot; command: AccountCommand } {
  if (accounts.length < plan.target) {
    const slot: Slot = {
      id: `ACC-${String(plan.firstNumber + accounts.length).padStart(3, '0')}` as AccountId,
      state: accountDecider.initialState,
      version: 0,
    };
    accounts.push(slot);
    open.push(slot);
    const owner = OWNERS[(accounts.length - 1) % OWNERS.length] as string;
    return {
      slot,
      command: {
        type: 'OpenAccount',
        accountId: slot.id,
        owner,
        initialDeposit: (random() < 0.3 ? 0 : amount(random, 100_000)) as Cents,
      },
    };
  }
  const closing = remaining <= 2 && open.length > 1;
  const slot = (closing ? open[0] : open[Math.floor(random() * open.length)]) as Slot;
  const balance = slot.state.status === 'open' ? slot.state.balance : 0;
  if (closing) {
    return {
      slot,
      command:
        balance === 0
          ? { type: 'CloseAccount', accountId: slot.id }
          : { type: 'WithdrawMoney', accountId: slot.id, amount: balance as Cents },
    };
  }
  const withdrawal = amount(random, 50_000);
  if (random() < 0.45 && withdrawal <= balance)
    return { slot, command: { type: 'WithdrawMoney', accountId: slot.id, amount: withdrawal as Cents } };
  return {
    slot,
    command: { type: 'DepositMoney', accountId: slot.id, amount: amount(random, 250_000) as Cents },
  };
}

/** Mostly small amounts, sometimes large, in whole cents: 1.00 to `largest` cents, skewed low. */
function amount(random: () => number, largest: number): number {
  return Math.max(100, Math.floor(largest * random() ** 3));
}
