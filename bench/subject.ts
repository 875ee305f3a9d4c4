/**
 * The read side as the bench drives it: the ONE bench file that knows the read side's API (Timeline, the
 * in-memory log, projections, how stored events become what they fold, what the models look like). When that
 * API changes, only this file changes; the rows keep measuring the same things.
 */
import type { StoredEvent } from '../src/eventStore/types';
import { factsOfChunk, type ColumnChunk } from '../src/eventLog/columnChunk';
import { EventColumns } from '../src/eventLog/eventColumns';
import { listBalances } from '../src/projections/balances/queries';
import { listDays } from '../src/projections/dailySummary/queries';
import { emptyLedgerFact, factFromStored, type LedgerFact } from '../src/projections/ledgerFact';
import { ledgerProjections, type LedgerModels } from '../src/projections/ledgerProjections';
import {
  foldReadModels,
  initialReadModels,
  type ProjectionSet,
  type ReadModels,
} from '../src/projections/projection';
import { accountHistory } from '../src/projections/transactions/queries';
import { foldFactsBetween } from '../src/timeTravel/factLog';
import { DEFAULT_CHECKPOINT_EVERY, Timeline } from '../src/timeTravel/timeline';

/** Checkpoint interval of the measured timelines: the app's own default. */
export const CHECKPOINT_EVERY = DEFAULT_CHECKPOINT_EVERY;

export type ReadState = ReadModels<LedgerModels>;

export interface TimeMachine {
  readonly head: number;
  /** The read models right after event `position`, exactly as the time-travel bar gets them. */
  seek(position: number): ReadState;
}

/**
 * Builds the timeline from stored events as start-up does: decode each event (into one reused fact) and
 * append it. Decoding is part of the cost, as it is for a user opening the app.
 */
export function buildTimeline(events: readonly StoredEvent[]): TimeMachine {
  const timeline = new Timeline(ledgerProjections, new EventColumns(), {
    newFact: emptyLedgerFact,
    checkpointEvery: CHECKPOINT_EVERY,
  });
  const fact = emptyLedgerFact();
  for (const event of events) timeline.append(factFromStored(event, fact));
  return {
    get head() {
      return timeline.head;
    },
    seek: (position) => timeline.seek(position).readModels,
  };
}

/** The baseline of a build: one plain fold of the decoded events, no log kept, no checkpoints. */
export function foldAll(events: readonly StoredEvent[]): ReadState {
  return foldReadModels(ledgerProjections, initialReadModels(ledgerProjections), decodeEach(events));
}

function* decodeEach(events: readonly StoredEvent[]): Generator<LedgerFact> {
  const fact = emptyLedgerFact();
  for (const event of events) yield factFromStored(event, fact);
}

/** Events decoded once, ahead of time, so that a replay baseline pays for folding only. */
export function decodeAll(events: readonly StoredEvent[]): readonly LedgerFact[] {
  return events.map((event) => factFromStored(event));
}

/** The baseline of a seek: fold from position 0 up to `position`, without checkpoints. */
export function replayFromZero(facts: readonly LedgerFact[], position: number): ReadState {
  return foldReadModels(ledgerProjections, initialReadModels(ledgerProjections), facts.slice(0, position));
}

/**
 * What must agree between a seek and a replay: position, every balance row, every day, and the transactions'
 * balance after each event (as a position-weighted checksum, which any difference changes).
 */
export function fingerprint(state: ReadState): string {
  const { balances, dailySummary, transactions } = state.models;
  const { balanceAfter } = transactions;
  let checksum = 0;
  for (let index = 0; index < balanceAfter.length; index++)
    checksum = (checksum * 31 + balanceAfter.at(index) * (index + 1)) % 1_000_000_007;
  return JSON.stringify([
    state.checkpoint,
    listBalances(balances),
    listDays(dailySummary),
    balanceAfter.length,
    checksum,
  ]);
}

/** The log in memory as the session keeps it (compact columns). */
export type MemoryLog = EventColumns;

/**
 * The read models after folding positions 1..`to` of the log in memory from scratch: a full rebuild, by the
 * loop the timeline's fold uses (`foldFactsBetween`).
 */
export function rebuildFromLog(log: MemoryLog, to: number): ReadState {
  return foldFactsBetween(
    ledgerProjections,
    initialReadModels(ledgerProjections),
    log,
    1,
    to,
    emptyLedgerFact(),
  );
}

/** The parts of a rebuild, for the analysis: reading the facts alone, then each projection alone. */
export function rebuildParts(log: MemoryLog, to: number): Record<string, () => unknown> {
  const parts: Record<string, () => unknown> = {
    'reading the facts': () => {
      const fact = emptyLedgerFact();
      let sum = 0;
      for (let position = 1; position <= to; position++) sum += log.factAt(position, fact).amount;
      return sum;
    },
  };
  for (const name of Object.keys(ledgerProjections) as (keyof LedgerModels)[]) {
    const one = { [name]: ledgerProjections[name] } as unknown as ProjectionSet<LedgerModels, LedgerFact>;
    parts[`reading + ${name}`] = () =>
      foldFactsBetween(one, initialReadModels(one), log, 1, to, emptyLedgerFact());
  }
  return parts;
}

/** How many events of the account the log in memory holds, and the position of its `nth` (or 0). */
export function accountEvents(
  log: MemoryLog,
  accountId: string,
  nth: number,
): { count: number; nth: number } {
  const positions = log.positionsOfStream(`account-${accountId}`);
  return { count: positions.length, nth: positions[nth - 1] ?? 0 };
}

/** The account's transactions up to `upTo` with the balance after each, as its history page asks for them. */
export function accountHistoryRows(state: ReadState, log: MemoryLog, accountId: string, upTo?: number) {
  return accountHistory(state.models.transactions, log, accountId, upTo);
}

/** What start-up builds from the log's column chunks without persisted read models: log, checkpoints, models. */
export interface BuiltTimeline {
  readonly head: number;
  /** Bytes of the log's typed arrays (capacity included). */
  readonly logBytes: number;
  /** Bytes of the present transactions model's typed arrays (the checkpoints share its full chunks). */
  readonly modelBytes: number;
  /** The timeline itself, held so that it stays reachable for as long as the caller keeps this object. */
  readonly timeline: unknown;
}

export function buildFromChunks(chunks: readonly ColumnChunk[]): BuiltTimeline {
  const log = new EventColumns();
  const timeline = new Timeline(ledgerProjections, log, {
    newFact: emptyLedgerFact,
    checkpointEvery: CHECKPOINT_EVERY,
  });
  for (const chunk of chunks) timeline.appendAll(factsOfChunk(chunk));
  const balanceAfter = timeline.present.models.transactions.balanceAfter.toData();
  return {
    head: timeline.head,
    logBytes: log.bytes,
    modelBytes: balanceAfter.chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0),
    timeline,
  };
}
