import type { EventStore } from '../eventStore/EventStore';
import type { StoredEvent } from '../eventStore/types';
import { factsOfChunk, type ColumnChunk } from '../eventLog/columnChunk';
import type { LedgerFact } from '../projections/ledgerFact';
import type { LedgerModels } from '../projections/ledgerProjections';
import type { Timeline } from '../timeTravel/timeline';

/** Takes the events of a bulk append (sample data, import) as column chunks, in order. */
export interface BulkIngest {
  accept(chunk: ColumnChunk): void;
  /** Resolves once every chunk is folded and the session follows the store again. */
  finish(): Promise<void>;
}

export interface BulkIngestParts {
  readonly store: EventStore;
  readonly timeline: Timeline<LedgerModels, LedgerFact>;
  readonly receive: (events: readonly StoredEvent[]) => void;
  readonly stopFollowing: () => void;
  readonly follow: () => void;
  readonly persist: () => Promise<void>;
  /** A monotonic clock in milliseconds. */
  readonly now: () => number;
}

/**
 * How often, at most, the views redraw during a bulk append. A million events arrive in about a thousand
 * chunks; redrawing every table for each chunk would cost more main-thread time than folding them, and the
 * progress dialog is what the user watches meanwhile.
 */
export const BULK_REDRAW_EVERY_MS = 250;

/**
 * While another context appends in bulk, the session stops reading new events from the store and folds the
 * chunks it is handed instead, so a million events are never read back one by one. Events that others
 * appended in between are read from the store to fill any gap; following resumes from the head at `finish`.
 * The views are told of the growth at most every BULK_REDRAW_EVERY_MS, and once more at `finish`.
 */
export function beginBulkIngest(parts: BulkIngestParts): BulkIngest {
  parts.stopFollowing();
  let work = Promise.resolve();
  let unshown = false;
  let shownAt = parts.now();
  /** `receive` of nothing: the timeline already holds the chunks; the view is told it grew. */
  const show = () => {
    parts.receive([]);
    unshown = false;
    shownAt = parts.now();
  };
  const ingest = async (chunk: ColumnChunk) => {
    const head = parts.timeline.head;
    if (chunk.first > head + 1)
      parts.receive(await parts.store.readAll({ from: head + 1, to: chunk.first - 1 }));
    parts.timeline.appendAll(factsOfChunk(chunk));
    unshown = true;
    if (parts.now() - shownAt >= BULK_REDRAW_EVERY_MS) show();
  };
  return {
    accept: (chunk) => void (work = work.then(() => ingest(chunk))),
    finish: async () => {
      try {
        await work;
      } finally {
        try {
          if (unshown) show();
        } finally {
          parts.follow();
        }
      }
      await parts.persist().catch(() => undefined);
    },
  };
}
