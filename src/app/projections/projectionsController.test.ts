import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventColumns } from '../../eventLog/eventColumns';
import { addedProjections } from '../../projections/addedProjections';
import { emptyLedgerFact, type LedgerFact } from '../../projections/ledgerFact';
import { ledgerProjections, type LedgerModels } from '../../projections/ledgerProjections';
import { foldReadModels, initialReadModels } from '../../projections/projection';
import { factsOf, textbookStory } from '../../testing/ledgerFixtures';
import { randomLedger } from '../../testing/randomLedger';
import { Timeline } from '../../timeTravel/timeline';
import { createProjectionsController } from './projectionsController';
import { inMemoryRegistrations } from './registrations';

function setUp(options: { registered?: string[]; pause?: () => Promise<void> } = {}) {
  const log = new EventColumns();
  const timeline = new Timeline<LedgerModels, LedgerFact>(ledgerProjections, log, {
    newFact: emptyLedgerFact,
  });
  let shown = 0;
  let clock = 0;
  const registrations = inMemoryRegistrations(options.registered);
  const controller = createProjectionsController({
    timeline,
    log,
    // Every look at the clock finds a slice's time used up: one run of `sliceEvents` per slice.
    now: () => (clock += 10),
    registrations,
    sliceEvents: 3,
    pause: options.pause ?? (() => Promise.resolve()),
    showRebuiltPresent: () => void shown++,
  });
  /** Appends, then lets the projections that fold on their own catch up (slices pause on microtasks). */
  const append = async (facts: LedgerFact[]) => {
    timeline.appendAll(facts);
    controller.follow();
    await new Promise((resume) => setTimeout(resume, 0));
  };
  return { log, timeline, controller, registrations, append, shown: () => shown };
}

const statusOf = (controller: ReturnType<typeof setUp>['controller'], key: string) =>
  controller.view.getState().entries.find((entry) => entry.key === key);

describe('the projections controller', () => {
  it('lists every projection; Statement follows the log from the start, Largest movements waits', async () => {
    const { controller, append } = setUp();
    await append(factsOf(textbookStory()));
    expect(
      controller.view
        .getState()
        .entries.map((entry) => [entry.name, entry.registered, entry.status, entry.checkpoint]),
    ).toEqual([
      ['Balances', 'at start', 'live', 4],
      ['Transactions', 'at start', 'live', 4],
      ['Daily summary', 'at start', 'live', 4],
      ['Statement', 'at start', 'live', 4],
      ['Largest movements', 'no', 'not registered', 0],
    ]);
    expect(controller.modelAt('largestMovements', 4)).toBeUndefined();
    expect(controller.modelAt('statement', 2)?.monthsOf('ACC-001')[0]?.closing).toBe(100_000);
  });

  it('registering later builds from the whole history, remembers it, and then follows', async () => {
    const { controller, append, registrations } = setUp();
    const story = factsOf(textbookStory());
    await append(story.slice(0, 3));
    await controller.register('largestMovements');
    expect(statusOf(controller, 'largestMovements')).toMatchObject({
      registered: 'later',
      status: 'live',
      checkpoint: 3,
    });
    expect(controller.modelAt('largestMovements', 3)?.map((movement) => movement.position)).toEqual([2, 3]);
    expect(registrations.load()).toEqual(['largestMovements']);
    await append(story.slice(3));
    expect(controller.modelAt('largestMovements', 4)).toHaveLength(3);
    controller.unregister('largestMovements');
    expect(statusOf(controller, 'largestMovements')?.status).toBe('not registered');
    expect(registrations.load()).toEqual([]);
  });

  it('a projection registered on an earlier visit is there from the start', async () => {
    const { controller, append } = setUp({ registered: ['largestMovements', 'nonsense'] });
    await append(factsOf(textbookStory()));
    expect(statusOf(controller, 'largestMovements')).toMatchObject({ registered: 'later', status: 'live' });
  });

  it('a cancelled rebuild leaves the projection exactly as it was, and says so', async () => {
    let release: () => void = () => undefined;
    const { controller, append, timeline } = setUp({
      pause: () => new Promise((resume) => (release = resume)),
    });
    await append(factsOf(textbookStory()));
    const before = timeline.present.models.balances;
    const rebuilding = controller.rebuild('balances');
    expect(statusOf(controller, 'balances')).toMatchObject({
      status: 'rebuilding',
      progress: { done: 3, total: 4 },
    });
    controller.cancel('balances');
    release();
    await rebuilding;
    expect(statusOf(controller, 'balances')).toMatchObject({
      status: 'live',
      progress: null,
      message: expect.stringContaining('cancelled'),
    });
    expect(timeline.present.models.balances).toBe(before);
  });

  it('a long gap is folded in slices between paints, and the projection says it is catching up', async () => {
    const pauses: (() => void)[] = [];
    const { controller, append } = setUp({ pause: () => new Promise((resume) => pauses.push(resume)) });
    const facts = factsOf(textbookStory());
    const longer = [...facts, ...facts.slice(1).map((fact, index) => ({ ...fact, position: 5 + index }))];
    await append(longer);
    expect(statusOf(controller, 'statement')).toMatchObject({ status: 'catching up', checkpoint: 3 });
    expect(controller.modelAt('statement', 7)).toBeUndefined();
    expect(statusOf(controller, 'balances')?.status).toBe('live');
    for (let paints = 0; statusOf(controller, 'statement')?.status !== 'live'; paints++) {
      expect(paints).toBeLessThan(5);
      pauses.shift()?.();
      await new Promise((resume) => setTimeout(resume, 0));
    }
    expect(statusOf(controller, 'statement')?.checkpoint).toBe(7);
    const statementOnly = { statement: addedProjections.statement };
    expect(controller.modelAt('statement', 7)).toEqual(
      foldReadModels(statementOnly, initialReadModels(statementOnly), longer).models.statement,
    );
  });

  it('a rebuild that takes over from a fold still catching up stops it: only the new fold reports', async () => {
    const pauses: (() => void)[] = [];
    const { controller, append } = setUp({ pause: () => new Promise((resume) => pauses.push(resume)) });
    const facts = factsOf(textbookStory());
    const more = (from: number) => facts.slice(1).map((fact, index) => ({ ...fact, position: from + index }));
    await append([...facts, ...more(5), ...more(8)]);
    expect(statusOf(controller, 'statement')).toMatchObject({ status: 'catching up', checkpoint: 3 });
    // The catch-up waits at its first pause (the oldest), while the rebuild's pauses are let through.
    const heldCatchUp = pauses.shift();
    let rebuilt = false;
    const rebuilding = controller.rebuild('statement').then(() => void (rebuilt = true));
    for (let paints = 0; !rebuilt; paints++) {
      expect(paints).toBeLessThan(20);
      pauses.pop()?.();
      await new Promise((resume) => setTimeout(resume, 0));
    }
    await rebuilding;
    expect(statusOf(controller, 'statement')).toMatchObject({ status: 'live', checkpoint: 10 });
    // Let the old fold's catch-up go on: it must neither report its own (older) checkpoints nor hold up the
    // new fold.
    heldCatchUp?.();
    for (const resume of pauses.splice(0)) resume();
    await new Promise((resume) => setTimeout(resume, 0));
    expect(statusOf(controller, 'statement')).toMatchObject({ status: 'live', checkpoint: 10 });
    await append(more(11).slice(0, 1));
    expect(statusOf(controller, 'statement')).toMatchObject({ status: 'live', checkpoint: 11 });
    expect(controller.modelAt('statement', 11)).toBeDefined();
  });

  it('after dispose nothing goes on folding', async () => {
    const pauses: (() => void)[] = [];
    const { controller, append } = setUp({ pause: () => new Promise((resume) => pauses.push(resume)) });
    await append(factsOf(textbookStory()));
    expect(statusOf(controller, 'statement')).toMatchObject({ status: 'catching up', checkpoint: 3 });
    controller.dispose();
    for (const resume of pauses.splice(0)) resume();
    await new Promise((resume) => setTimeout(resume, 0));
    expect(statusOf(controller, 'statement')).toMatchObject({ status: 'catching up', checkpoint: 3 });
    expect(pauses).toHaveLength(0);
  });

  it('property: every projection rebuilt from the log equals the one folded incrementally', async () => {
    await fc.assert(
      fc.asyncProperty(randomLedger(), fc.array(fc.integer({ min: 1, max: 7 })), async (events, batches) => {
        const { controller, append, timeline, shown } = setUp();
        await controller.register('largestMovements');
        const facts = factsOf(events);
        for (let at = 0, batch = 0; at < facts.length; batch++) {
          const size = batches[batch % Math.max(1, batches.length)] ?? 1;
          await append(facts.slice(at, at + size));
          at += size;
        }
        const incremental = { ...timeline.present.models };
        const added = {
          statement: controller.modelAt('statement', facts.length),
          largestMovements: controller.modelAt('largestMovements', facts.length),
        };
        for (const key of [...Object.keys(ledgerProjections), ...Object.keys(addedProjections)])
          await controller.rebuild(key);
        expect(shown()).toBe(3);
        expect(timeline.present.models).toEqual(incremental);
        expect(timeline.present.models).toEqual(
          foldReadModels(ledgerProjections, initialReadModels(ledgerProjections), facts).models,
        );
        expect(controller.modelAt('statement', facts.length)).toEqual(added.statement);
        expect(controller.modelAt('largestMovements', facts.length)).toEqual(added.largestMovements);
        expect(
          controller.view
            .getState()
            .entries.every((entry) => entry.status === 'live' && entry.lastRebuildMilliseconds !== null),
        ).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
