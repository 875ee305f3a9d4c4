import { describe, expect, it } from 'vitest';
import { createInMemoryEventStore } from '../eventStore/inMemoryEventStore';
import { EventColumns } from '../eventLog/eventColumns';
import { encodeChunk } from '../eventLog/columnChunk';
import { emptyLedgerFact, type LedgerFact } from '../projections/ledgerFact';
import { ledgerProjections, type LedgerModels } from '../projections/ledgerProjections';
import { factsOf, textbookStory } from '../testing/ledgerFixtures';
import { manualClock } from '../testing/manualClock';
import { Timeline } from '../timeTravel/timeline';
import { BULK_REDRAW_EVERY_MS, beginBulkIngest } from './bulkIngest';

/** A bulk ingest of the textbook story's four events, one chunk each, `gap` ms apart on a manual clock. */
async function ingestStory(gap: number) {
  const timeline = new Timeline<LedgerModels, LedgerFact>(ledgerProjections, new EventColumns(), {
    newFact: emptyLedgerFact,
  });
  const shownHeads: number[] = [];
  const { clock, advance } = manualClock();
  const ingest = beginBulkIngest({
    store: createInMemoryEventStore(),
    timeline,
    receive: () => void shownHeads.push(timeline.head),
    stopFollowing: () => undefined,
    follow: () => undefined,
    persist: () => Promise.resolve(),
    now: clock.now,
  });
  for (const fact of factsOf(textbookStory())) {
    advance(gap);
    ingest.accept(encodeChunk([fact], 1));
    await new Promise((resume) => setTimeout(resume, 0)); // the chunk is folded before the clock moves on
  }
  await ingest.finish();
  return { shownHeads, timeline };
}

describe('a bulk ingest', () => {
  it('folds every chunk, but tells the views at most every so often while chunks arrive quickly', async () => {
    const { shownHeads, timeline } = await ingestStory(1);
    expect(timeline.head).toBe(4);
    expect(shownHeads).toEqual([4]);
  });

  it('tells the views of each chunk when chunks arrive slowly, and not again at the end', async () => {
    const { shownHeads } = await ingestStory(BULK_REDRAW_EVERY_MS);
    expect(shownHeads).toEqual([1, 2, 3, 4]);
  });
});
