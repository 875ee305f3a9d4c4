import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventColumns } from '../eventLog/eventColumns';
import { emptyLedgerFact, type LedgerFact } from '../projections/ledgerFact';
import { ledgerProjections, type LedgerModels } from '../projections/ledgerProjections';
import { factsOf, freshFold, textbookStory } from '../testing/ledgerFixtures';
import { randomLedger } from '../testing/randomLedger';
import { Timeline } from './timeline';

const timelineOf = (checkpointEvery: number) =>
  new Timeline<LedgerModels, LedgerFact>(ledgerProjections, new EventColumns(), {
    newFact: emptyLedgerFact,
    checkpointEvery,
  });

describe('Timeline', () => {
  it('seeks the textbook story from checkpoints and says where the state came from', () => {
    const timeline = timelineOf(2);
    for (const fact of factsOf(textbookStory())) timeline.append(fact);
    expect(timeline.seek(3).source).toEqual({ checkpoint: 2, replayed: 1 });
    expect(timeline.seek(2).source).toEqual({ checkpoint: 2, replayed: 0 });
    expect(timeline.seek(99).readModels).toBe(timeline.present);
    expect(timeline.seek(-5).readModels.checkpoint).toBe(0);
  });

  it('property: a seek to p equals the fold of the first p events, in any seek order', () => {
    fc.assert(
      fc.property(
        randomLedger(),
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.nat()),
        (events, every, seeks) => {
          const timeline = timelineOf(every);
          for (const fact of factsOf(events)) timeline.append(fact);
          expect(timeline.present).toEqual(freshFold(events));
          for (const seed of seeks) {
            const position = seed % (events.length + 1);
            expect(timeline.seek(position).readModels).toEqual(freshFold(events.slice(0, position)));
          }
        },
      ),
    );
  });

  it('property: a restored present with live events, then its history, ends as the fold of everything', () => {
    fc.assert(
      fc.property(
        randomLedger(),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 50 }),
        (events, cutSeed, liveSeed, chunk) => {
          const restoredAt = cutSeed % (events.length + 1);
          const liveUntil = restoredAt + (liveSeed % (events.length - restoredAt + 1));
          const facts = factsOf(events);
          const timeline = timelineOf(4);
          timeline.restore(freshFold(events.slice(0, restoredAt)));
          for (const fact of facts.slice(restoredAt, liveUntil)) timeline.append(fact);
          expect(timeline.present).toEqual(freshFold(events.slice(0, liveUntil)));
          expect(timeline.head).toBe(liveUntil);
          for (let start = 0; start < restoredAt; start += chunk) {
            timeline.loadHistory(facts.slice(start, Math.min(start + chunk, restoredAt)));
          }
          expect(timeline.loadHistory([])).toBe(true);
          for (const fact of facts.slice(liveUntil)) timeline.append(fact);
          expect(timeline.present).toEqual(freshFold(events));
          expect(timeline.historyLength).toBe(events.length);
          const middle = Math.floor(events.length / 2);
          expect(timeline.seek(middle).readModels).toEqual(freshFold(events.slice(0, middle)));
        },
      ),
    );
  });
});

describe('Timeline without checkpoints', () => {
  it('replays from the first event, with the same result', () => {
    const timeline = timelineOf(2);
    for (const fact of factsOf(textbookStory())) timeline.append(fact);
    const slow = timeline.seek(4, { useCheckpoints: false });
    expect(slow.source).toEqual({ checkpoint: 0, replayed: 4 });
    expect(slow.readModels).toEqual(timeline.seek(4).readModels);
    expect(timeline.seek(3, { useCheckpoints: false }).readModels).toEqual(
      freshFold(textbookStory().slice(0, 3)),
    );
  });
});
