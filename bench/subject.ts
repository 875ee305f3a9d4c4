/**
 * The read side as the bench drives it: the ONE bench file that knows the read side's API (Timeline, the
 * in-memory log, projections, how stored events become what they fold, what the models look like). When that
 * API changes, only this file changes; the rows keep measuring the same things.
 */
import type { StoredEvent } from '../src/eventStore/types';
import { EventColumns } from '../src/eventLog/eventColumns';
import { listBalances } from '../src/projections/balances/queries';
import { listDays } from '../src/projections/dailySummary/queries';
import { emptyLedgerFact, factFromStored, type LedgerFact } from '../src/projections/ledgerFact';
import { ledgerProjections, type LedgerModels } from '../src/projections/ledgerProjections';
import { foldReadModels, initialReadModels, type ReadModels } from '../src/projections/projection';
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

/** What must agree between a seek and a replay: position, every balance row and every day. */
export function fingerprint(state: ReadState): string {
  const { balances, dailySummary } = state.models;
  return JSON.stringify([state.checkpoint, listBalances(balances), listDays(dailySummary)]);
}
