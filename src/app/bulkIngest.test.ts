import { describe, expect, it } from 'vitest';
import { createInMemoryEventStore } from '../eventStore/inMemoryEventStore';
import { EventColumns } from '../eventLog/eventColumns';
import { encodeChunk } from '../eventLog/columnChunk';
import { emptyLedgerFact, type LedgerFact } from '../projections/ledgerFact';
import { ledgerProjections, type LedgerModels } from '../projections/ledgerProjections';
import { factsOf, textbookStory } from '../testing/ledgerFixtures';
import { Timeline } from '../timeTravel/timeline';
import { BULK_REDRAW_EVERY_MS, beginBulkIngest } from './bulkIngest';

function setUp(clockStep: number) {
  const timeline = new Timeline<LedgerModels, LedgerFact>(ledgerProjections, new EventColumns(), {
    newFact: emptyLedgerFact,
  });
  const shownHeads: number[] = [];
  let clock = 0;
  const ingest = beginBulkIngest({
    store: createInMemoryEventStore(),
    timeline,
    receive: () => void shownHeads.push(timeline.head),
    stopFollowing: () => undefined,
    follow: () => undefined,
    persist: () => Promise.resolve(),
    now: () => (clock += clockStep),
  });
  // The textbook story's four events, one chunk each.
  for (const fact of factsOf(textbookStory())) ingest.accept(encodeChunk([fact], 1));
  return { ingest, shownHeads, timeline };
}

describe('a bulk ingest', () => {
  it('folds every chunk, but tells the views at most every so often while chunks arrive quickly', async () => {
    const { ingest, shownHeads, timeline } = setUp(1);
    await ingest.finish();
    expect(timeline.head).toBe(4);
    expect(shownHeads).toEqual([4]);
  });

  it('tells the views of each chunk when chunks arrive slowly, and not again at the end', async () => {
    const { ingest, shownHeads } = setUp(BULK_REDRAW_EVERY_MS);
    await ingest.finish();
    expect(shownHeads).toEqual([1, 2, 3, 4]);
  });
});
