import { ACCOUNT_STREAM_PREFIX, type AccountState } from '../domain/account';
import type { StoredEvent } from '../eventStore/types';
import type { EventColumns } from '../eventLog/eventColumns';
import { emptyLedgerFact, factFromStored, type LedgerFact } from '../projections/ledgerFact';
import type { LedgerModels } from '../projections/ledgerProjections';
import type { Timeline } from '../timeTravel/timeline';
import { accountStateOf } from '../whatIf/facts';

/** What the session can tell from the log it holds in memory, without asking the store. */
export interface TimelineKnowledge {
  /**
   * A command's first guess at an account's state when this tab has not written it yet: the balances row
   * (status, owner and balance are all `decide` needs) at the version the log in memory holds. Only when
   * the whole history is in memory; a stale guess fails the append's version check and is reloaded.
   */
  seed(streamId: string): { readonly version: number; readonly state: AccountState } | undefined;
  /** Whether a stored event is the one the timeline holds at its position (the log was not replaced). */
  holds(event: StoredEvent): boolean;
}

export function timelineKnowledge(
  timeline: Timeline<LedgerModels, LedgerFact>,
  log: EventColumns,
): TimelineKnowledge {
  return {
    seed(streamId) {
      if (timeline.historyLength !== timeline.head || !streamId.startsWith(ACCOUNT_STREAM_PREFIX))
        return undefined;
      const row = timeline.present.models.balances.get(streamId.slice(ACCOUNT_STREAM_PREFIX.length));
      return row && { version: log.countOfStream(streamId), state: accountStateOf(row) };
    },
    holds(event) {
      if (event.position > log.length) return false;
      const held = log.factAt(event.position, emptyLedgerFact());
      const stored = factFromStored(event);
      return (
        held.streamId === stored.streamId &&
        held.version === stored.version &&
        held.type === stored.type &&
        held.recordedAt === stored.recordedAt
      );
    },
  };
}
